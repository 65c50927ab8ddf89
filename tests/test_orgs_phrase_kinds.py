"""A quoted name after a kind of organization of two words, with its abbreviation in brackets between them,
is one organization with its full name, the same as the abbreviation and the quoted name."""

from __future__ import annotations

import pytest

from .conftest import analyze


def organizations(text: str, models) -> set[tuple[str, str | None]]:
    return {(o.name, o.abbr) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    ("Полномочия по управлению особой экономической зоной (ОЭЗ) «Березка» передали области.",
     {("Особая экономическая зона «Березка»", "ОЭЗ")}),
    ("В особой экономической зоне (ОЭЗ) «Северная» открыли завод. Резиденты ОЭЗ «Северная» получили льготы.",
     {("Особая экономическая зона «Северная»", "ОЭЗ")}),
])
def test_a_zone_named_with_its_abbreviation_in_brackets(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text", [
    "Резиденты ОЭЗ «Северная» получили льготы. В особой экономической зоне «Северная» открыли завод.",
    "Резиденты ОЭЗ «Северная» получили льготы. Позже «Северная» привлекла инвесторов.",
])
def test_a_zone_by_its_abbreviation_and_by_its_name_is_one(models, text):
    assert len(analyze(text, models).organizations) == 1


@pytest.mark.parametrize("text, expected", [
    # a kind of one word, or no quoted name after the kind: as it was
    ("Компания «Вектор» открыла завод.", {("Вектор", None)}),
    ("Особые экономические зоны (ОЭЗ) привлекают инвесторов.", set()),
])
def test_other_names_stay(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a name, its abbreviation in brackets and a place in the genitive: the place's body, the abbreviation its
    ("Фонд развития промышленности (ФРП) Тверской области выдал займы. ФРП поддержал 14 проектов.",
     {("Фонд развития промышленности Тверской области", "RU-TVE", "ФРП")}),
    ("Агентство сельских инициатив (АСИ) Тверской области подписало соглашение.",
     {("Агентство сельских инициатив Тверской области", "RU-TVE", "АСИ")}),
    # the place no genitive after the brackets: not the body's
    ("Агентство сельских инициатив (АСИ) выдало займы предприятиям Тверской области.",
     {("Агентство сельских инициатив", None, "АСИ")}),
])
def test_a_body_with_its_abbreviation_in_brackets_before_its_place(models, text, expected):
    assert {(o.name, o.region_code, o.abbr) for o in analyze(text, models).organizations} == expected
