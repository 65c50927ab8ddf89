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
