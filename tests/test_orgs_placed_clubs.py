"""A club named after a region, after the lower-case adjective of its town or region, is a club
(``краснодарская Кубань``, ``новосибирской Сибири``) where the sentence speaks of team sports; a region after a
country's adjective or within a name of its own, in a sentence on no team sport, or after a preposition of where a
thing is (``на башкирском Урале``, ``в пермском Прикамье``) stays a place."""

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
    # no word of team sports: the adjective places the region
    ("Лыжники из Заречья провели сборы на башкирском Урале.", "Урале"),
    ("Туристы из Перми всё чаще отдыхают в пермском Прикамье.", "Прикамье"),
    ("Учёные изучают льды в мурманской Арктике.", "Арктике"),
    ("Новосибирские учёные изучают алтайскую Сибирь.", "Сибирь"),
    ("Болельщики из Заречья посетили алтайскую Сибирь.", "Сибирь"),
    # a word of team sports, but a preposition of where the thing is
    ("Хоккеисты из Заречья провели матч на башкирском Урале.", "Урале"),
    ("Матч сезона пройдёт в пермском Прикамье.", "Прикамье"),
])
def test_region_stays_place(models, text, place):
    assert _typed(text, models).get(place) == "LOC"
