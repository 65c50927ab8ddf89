"""A noun of an institution natasha takes in before a surname (invented names): no first name; the
surname is the person the institution is named after, or whose it is."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


def _names(text, models) -> set[str]:
    return {name for name, _texts in person_mentions(text, models)}


@pytest.mark.parametrize("text, expected", [
    ("Ученики пришли утром. Директор Лицея Кравцова выступил.", {"Кравцов"}),
    # near cases: a full name after the noun stays whole
    ("Школа Анны Котовой открылась в мае.", {"Анна Котова"}),
    ("Директор школы Роза Зимина выступила.", {"Роза Зимина"}),
])
def test_a_body_noun_is_no_first_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, span_text, expected", [
    ("Выпускники Гимназии Зиминой собрались.", "Гимназии Зиминой", "Зиминой"),
    ("Работники Завода Кравцова получили премии.", "Завода Кравцова", "Кравцова"),
    ("Сотрудники Клиники Лапиной приняли пациентов.", "Клиники Лапиной", "Лапиной"),
    # near cases: a first name, and a noun that names no institution
    ("Выступила Роза Зимина.", "Роза Зимина", "Роза Зимина"),
    ("Выступил Лев Кравцов.", "Лев Кравцов", "Лев Кравцов"),
])
def test_cut_body_nouns(models, text, span_text, expected):
    from nerpipe.ner import analyze_text
    from nerpipe.records import PER, Span
    from nerpipe.spans.people.bodies import cut_body_nouns

    analysis = analyze_text(text, models.tagger)
    start = text.index(span_text)
    [span] = cut_body_nouns(analysis, [Span(start, start + len(span_text), PER)], models.orgs)
    assert text[span.start:span.end] == expected
