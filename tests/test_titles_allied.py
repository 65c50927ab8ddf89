"""A title joined by ``и`` to another country's title takes its country (:mod:`nerpipe.titles.allied`); two
kinds of leader of a state joined by ``и`` before one name are two people (:mod:`nerpipe.titles.sharing`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str | None, str | None]]:
    """``(person, position, organization, country)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], f.position, orgs.get(f.org_id), f.country) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Канцлер ФРГ Карл Мюллер и глава МИД Ганс Шмидт обсудили в Берлине с министром иностранных дел РФ "
     "Петром Орловым ситуацию в регионе.",
     {("Карл Мюллер", "канцлер ФРГ", None, "DE"),
      ("Ганс Шмидт", "глава МИД", "Министерство иностранных дел Германии", "DE"),
      ("Пётр Орлов", "министр иностранных дел РФ", "Министерство иностранных дел Российской Федерации", None)}),
    ("Президент Франции Пьер Дюваль и глава МВД Жак Моро прибыли в Москву на встречу с министром внутренних дел "
     "России Петром Орловым.",
     {("Пьер Дюваль", "президент Франции", None, "FR"),
      ("Жак Моро", "глава МВД", "Министерство внутренних дел Франции", "FR"),
      ("Пётр Орлов", "министр внутренних дел России", "Министерство внутренних дел Российской Федерации", None)}),
])
def test_title_after_a_foreign_title_and_its_holder(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title that states its own country keeps it
    ("Канцлер ФРГ Карл Мюллер и глава МИД России Пётр Орлов обсудили ситуацию в регионе.",
     {("Карл Мюллер", "канцлер ФРГ", None, "DE"),
      ("Пётр Орлов", "глава МИД России", "Министерство иностранных дел Российской Федерации", None)}),
    # a Russian title before: nothing to take
    ("Министр иностранных дел России Пётр Орлов и глава МВД Иван Седов обсудили ситуацию в регионе.",
     {("Пётр Орлов", "министр иностранных дел России", "Министерство иностранных дел Российской Федерации", None),
      ("Иван Седов", "глава МВД", "Министерство внутренних дел Российской Федерации", None)}),
])
def test_title_that_takes_no_country(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Договорённость была заключена между канцлером и российским президентом Петром Орловым.",
     {("Пётр Орлов", "российский президент")}),
    ("Переговоры прошли между президентом и премьер-министром Италии Марко Росси.",
     {("Марко Росси", "премьер-министр Италии")}),
    # one person's two posts still share the name
    ("Президент и председатель правления банка «Вектор» Пётр Орлов подписал договор.",
     {("Пётр Орлов", "президент"), ("Пётр Орлов", "председатель правления банка «Вектор»")}),
])
def test_two_leaders_of_a_state_are_two_people(models, text, expected):
    assert {(name, position) for name, position, _, _ in rows(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    # a state's title that names no body takes the country of the title before it and its holder
    ("Президент России встретился с президентом Индии Анитой Шарма и премьер-министром Раджем Капуром.",
     {("Анита Шарма", "президент Индии", "IN"), ("Радж Капур", "премьер-министр", "IN")}),
    ("Президент Франции Пьер Дюваль и премьер-министр Жак Моро прибыли в Москву.",
     {("Пьер Дюваль", "президент Франции", "FR"), ("Жак Моро", "премьер-министр", "FR")}),
    # not an occupation, nor after a Russian title
    ("Президент Франции Пьер Дюваль и бизнесмен Жак Моро прибыли в Москву.",
     {("Пьер Дюваль", "президент Франции", "FR"), ("Жак Моро", "бизнесмен", None)}),
    ("Губернатор Тверской области Пётр Орлов и министр Иван Седов прибыли в Москву.",
     {("Пётр Орлов", "губернатор Тверской области", None), ("Иван Седов", "министр", None)}),
])
def test_state_title_after_a_foreign_title(models, text, expected):
    assert {(name, position, country) for name, position, _, country in rows(text, models)} == expected
