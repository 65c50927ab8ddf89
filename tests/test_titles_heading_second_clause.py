"""A verb of heading in the second clause of a sentence, its subject a titled name after ``а`` (``Пётр Орлов будет
министром по делам молодёжи, а профессор экономики Глеб Лаптев возглавит Министерство финансов``): the parser may
give the verb the first clause's subject; the post is the second name's. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Кроме того экономист Пётр Орлов будет министром по европейским делам, а профессор экономики Глеб Лаптев "
     "возглавит Министерство экономики и финансов.",
     ("Глеб Лаптев", "министр экономики и финансов")),
    ("Профессор экономики Глеб Лаптев возглавит Министерство экономики и финансов.",
     ("Глеб Лаптев", "министр экономики и финансов")),
])
def test_heading_of_second_clause(models, text, expected):
    found = holder_titles(text, models)
    assert expected in found and not {row for row in found if row[1] == expected[1] and row != expected}


def test_first_token_of_document_opens_no_clause(models):
    """A noun at the document's first token that the parser hangs on the verb of heading as a conjunct has no
    ``а`` before it, whatever the document's last token is (an index before 0 is no token): the verb's own
    subject holds the post."""
    from dataclasses import replace

    from nerpipe.ner import analyze_text
    from nerpipe.titles.heading import _holder

    analysis = analyze_text("Декан Пётр Орлов уйдёт, профессор Глеб Лаптев возглавит кафедру, а", models.tagger)
    verb = next(t.index for t in analysis.tokens if t.text == "возглавит")
    noun = next(t.index for t in analysis.tokens if t.text == "профессор")
    assert analysis.tokens[-1].text == "а"
    tokens = list(analysis.tokens)
    tokens[0] = replace(tokens[0], pos="NOUN", rel="conj", head=verb)  # "Декан", as the parser may hang it
    tokens[noun] = replace(tokens[noun], rel="nsubj", head=verb)
    analysis = replace(analysis, tokens=tuple(tokens))
    persons = [s for s in analysis.spans if s.type == "PER"]
    holder = _holder(analysis, analysis.tokens[verb], persons)
    assert holder is not None and analysis.text[holder.start:holder.end] == "Глеб Лаптев"
