"""A full name written alike in two spans (invented names), one of them the subject of a verb of a gender that reads it
as written: every span so written is that name in the nominative, not the case form another span was read as (a stage
name ``Ани Ларук`` is no genitive of ``Аня``; ``Александра Бойцова рассказала`` is no man's genitive)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple]:
    result = analyze(text, models)
    return [(p.name, sum(m.entity_id == p.person_id for m in result.mentions)) for p in result.persons]


@pytest.mark.parametrize("text, expected", [
    ("Концерт Ани Ларук прошёл в Москве. Ани Ларук исполнила новые песни.", [("Ани Ларук", 2)]),
    ("Выступление Ани Ларук прошло в Москве. Позже Ани Ларук исполнила новые песни.", [("Ани Ларук", 2)]),
    ("Интервью Альберта Ринальди вышло в пятницу. Альберта Ринальди рассказала о планах.", [("Альберта Ринальди", 2)]),
    ("Интервью Александра Бойцова вышло в пятницу. Александра Бойцова рассказала о планах.",
     [("Александра Бойцова", 2)]),
])
def test_the_subjects_spelling_is_the_name(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # written otherwise: his genitive and his nominative
    ("Интервью Александра Бойцова вышло в пятницу. Александр Бойцов рассказал о планах.",
     [("Александр Бойцов", 2)]),
    # no subject: the case the span is read in
    ("Концерт Ани Ларук прошёл в Москве. Билеты на выступление Ани Ларук раскупили.", [("Аня Ларук", 2)]),
])
def test_other_spellings_stay(models, text, expected):
    assert _people(text, models) == expected
