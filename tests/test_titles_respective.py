"""A plural title of coordinated places gives each holder his own place (:mod:`nerpipe.titles.respective`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> list[tuple[str, str, str | None, str | None]]:
    """``(person, position, organization, country)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return sorted((names[f.person_id], f.position, orgs.get(f.org_id), f.country) for f in result.positions)


@pytest.mark.parametrize("text, expected", [
    ("Министры иностранных дел Франции и Германии Пьер Дюваль и Андреас Беккер встретились в Риме.",
     [("Андреас Беккер", "министр иностранных дел Германии", "Министерство иностранных дел Германии", "DE"),
      ("Пьер Дюваль", "министр иностранных дел Франции", "Министерство иностранных дел Франции", "FR")]),
    ("Вчера состоялся разговор министров обороны Польши и Чехии Яна Ковальского и Петра Новака.",
     [("Пётр Новак", "министр обороны Чехии", "Министерство обороны Чехии", "CZ"),
      ("Ян Ковальский", "министр обороны Польши", "Министерство обороны Польши", "PL")]),
    # a body named with the first place is not the second holder's
    ("Началась встреча глав МИД Франции и Германии Пьера Дюваля и Андреаса Беккера.",
     [("Андреас Беккер", "глава МИД Германии", None, "DE"),  # no body found for him: not the other ministry
      ("Пьер Дюваль", "глава МИД Франции", "МИД Франции", "FR")]),
])
def test_each_holder_takes_his_own_country(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, position", [
    # one holder of a title of two countries keeps it whole: no pairing to make
    ("Министр иностранных дел Франции и Италии Пьер Дюваль выступил в Риме.",
     "министр иностранных дел Франции и Италии"),
    # places that are no dependents of the title: the title has one place, each holder keeps it
    ("Послы Франции Пьер Дюваль и Андре Моро прибыли в Италию и Германию.", "посол Франции"),
])
def test_one_holder_keeps_the_whole_title(models, text, position):
    assert {r[1] for r in rows(text, models)} == {position}
