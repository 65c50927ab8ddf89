"""A club named after a region, after the lower-case adjective of its town or region, is a club
(``краснодарская Кубань``, ``новосибирской Сибири``); a region after a country's adjective or within a name of
its own stays a place."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _typed(text: str, models) -> dict[str, str]:
    return {m.text: m.type for m in analyze(text, models).mentions if m.type in ("ORG", "LOC")}


@pytest.mark.parametrize("text, club", [
    ("В субботу краснодарская Кубань обыграла гостей из Заречья со счётом 2:0.", "Кубань"),
    ("Защитник Пётр Орлов перешёл в саранскую Мордовию.", "Мордовию"),
    ("Полузащитник вернулся из новосибирской Сибири в родной клуб.", "Сибири"),
    ("Нападающий забил за кемеровский Кузбасс три мяча.", "Кузбасс"),
])
def test_region_after_town_adjective_is_club(models, text, club):
    assert _typed(text, models).get(club) == "ORG"


@pytest.mark.parametrize("text, place", [
    ("Губернатор Заречья посетил российскую Карелию.", "Карелию"),
    ("Фестиваль прошёл в Тверской Карелии.", "Тверской Карелии"),
])
def test_region_stays_place(models, text, place):
    assert _typed(text, models).get(place) == "LOC"
