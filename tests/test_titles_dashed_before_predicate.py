"""Two titles joined by a dash before the predicate and the name they are given to (``Первым заместителем
председателя правительства – министром финансов назначен Пётр Орлов``): both are the name's posts. Every sentence
and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Первым заместителем председателя правительства – министром финансов назначен Пётр Орлов.",
     {("Пётр Орлов", "первый заместитель председателя правительства"), ("Пётр Орлов", "министр финансов")}),
    ("Заместителем председателя правительства – руководителем аппарата назначен Пётр Орлов.",
     {("Пётр Орлов", "заместитель председателя правительства"), ("Пётр Орлов", "руководитель аппарата")}),
    # near case: the title after the dash opens a clause of its own
    ("Пётр Орлов стал министром финансов — директором назначен Глеб Лаптев.",
     {("Пётр Орлов", "министр финансов"), ("Глеб Лаптев", "директор")}),
])
def test_dashed_titles_before_predicate(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, conferred_on", [
    ("Петру Орлову присвоено звание генерал-майора – врио начальника управления назначен Глеб Лаптев.",
     {"Петру Орлову"}),
    # a rank not yet conferred is no one's
    ("Петру Орлову будет присвоено звание генерал-майора – врио начальника управления назначен Глеб Лаптев.",
     set()),
])
def test_conferred_rank_before_dash_keeps_its_holders(models, text, conferred_on):
    """A rank after ``звание`` is held by whom it is conferred on, even where the parser hangs the title after the
    dash on it as an apposition: the predicate's holder of that title is not shared back to the rank."""
    from dataclasses import replace

    from nerpipe.ner import analyze_text
    from nerpipe.titles.grammar import find_titles
    from nerpipe.titles.holders import attach_titles
    from nerpipe.titles.trimming import inner_title, trim_title

    analysis = analyze_text(text, models.tagger)
    tokens = list(analysis.tokens)
    rank = next(t.index for t in tokens if t.text == "генерал-майора")
    head = next(t.index for t in tokens if t.text == "начальника")
    tokens[head] = replace(tokens[head], rel="appos", head=rank)  # as the parser may hang it
    analysis = replace(analysis, tokens=tuple(tokens))
    spans, lexicon = list(analysis.spans), models.titles
    titles = [trim_title(analysis, t) for t in find_titles(analysis, spans, lexicon)]
    inner = {t: found for t in titles if (found := inner_title(analysis, t, lexicon)) is not None}
    persons = [s for s in spans if s.type == "PER"]
    rows = {(text[a.title.start:a.title.end], text[a.person.start:a.person.end])
            for a in attach_titles(analysis, titles, spans, persons, lexicon.morph, inner)}
    assert {p for t, p in rows if t == "генерал-майора"} == conferred_on
    assert ("врио начальника управления", "Глеб Лаптев") in rows
