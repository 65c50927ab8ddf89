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


@pytest.mark.parametrize("text, expected", [
    # the second place is Russia: its holder's title is Russia's, not the first country's taken from his other title
    ("Министры иностранных дел Германии и России Анна Беккер и Пётр Орлов провели телефонный разговор.",
     [("Анна Беккер", "министр иностранных дел Германии", "DE"),
      ("Пётр Орлов", "министр иностранных дел России", None)]),
    # "Главы" opening the sentence, read as a genitive singular: a plural before a list of names all the same
    ("Главы МИД Франции и России Пьер Дюваль и Пётр Орлов встретились в Париже.",
     [("Пьер Дюваль", "глава МИД Франции", "FR"), ("Пётр Орлов", "глава МИД России", None)]),
    # the names set off by commas; "Президенты" opening the sentence read as a name's genitive singular
    ("Президенты России и Франции, Пётр Орлов и Пьер Дюваль, провели переговоры в Москве.",
     [("Пётр Орлов", "президент России", None), ("Пьер Дюваль", "президент Франции", "FR")]),
    ("Вчера президенты Франции и Италии, Пьер Дюваль и Марко Росси, встретились в Риме.",
     [("Марко Росси", "президент Италии", "IT"), ("Пьер Дюваль", "президент Франции", "FR")]),
])
def test_coordinated_countries_of_a_plural_title(models, text, expected):
    assert sorted((name, position, country) for name, position, _, country in rows(text, models)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a plural title with its names in commas, its clause going on with the verb
    ("Губернаторы, Пётр Орлов и Иван Седов, провели встречу в Твери.",
     {("Иван Седов", "губернатор"), ("Пётр Орлов", "губернатор")}),
    # names in commas after a title in another case, or a list that goes on: no holders
    ("Министр встретился с губернаторами, Петром Орловым и Иваном Седовым, в Твери.", set()),
    ("Депутаты, Пётр Орлов и Иван Седов, а также эксперты обсудили бюджет.", set()),
    # a singular head before two names: the first holds it alone
    ("Глава МИД России Пётр Орлов и Карл Мюллер встретились в Берлине.", {("Пётр Орлов", "глава МИД России")}),
])
def test_plural_title_with_names_in_commas(models, text, expected):
    assert {(name, position) for name, position, _, _ in rows(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    # places named by adjectives before one plural noun: each holder his own, the noun in the singular
    ("Главы Ржевского и Торжокского районов Пётр Орлов и Иван Седов провели встречу.",
     {("Пётр Орлов", "глава Ржевского района"), ("Иван Седов", "глава Торжокского района")}),
])
def test_adjectives_of_places_share_one_noun(models, text, expected):
    assert {(name, position) for name, position, _, _ in rows(text, models)} == expected


def test_places_of_several_words_opening_with_an_adjective(models):
    text = "Президенты Российской Федерации и Французской Республики, Пётр Орлов и Пьер Дюваль, провели переговоры."
    assert {(name, country) for name, _, _, country in rows(text, models)} == {("Пётр Орлов", None),
                                                                               ("Пьер Дюваль", "FR")}


@pytest.mark.parametrize("text, expected", [
    # the second place carries the plural noun both share: no list of each holder's place
    ("Главы Ржевского и Торжокского муниципальных округов Пётр Орлов и Иван Седов провели встречу.",
     {("Пётр Орлов", None), ("Иван Седов", None)}),
    # a plural place name after a country keeps the list
    ("Президенты России и Соединённых Штатов, Пётр Орлов и Джон Смит, провели переговоры.",
     {("Пётр Орлов", None), ("Джон Смит", "US")}),
])
def test_places_sharing_a_plural_noun(models, text, expected):
    found = rows(text, models)
    assert {(name, country) for name, _, _, country in found} == expected
    assert len({position for _, position, _, _ in found}) == (1 if "Главы" in text else 2)


@pytest.mark.parametrize("text, expected", [
    # each holder the minister of his own remit, in the order written
    ("Министрами иностранных дел, обороны и финансов остались Котов, Орлов и Лаптев.",
     [("Котов", "министр иностранных дел", "Министерство иностранных дел Российской Федерации", None),
      ("Лаптев", "министр финансов", "Министерство финансов Российской Федерации", None),
      ("Орлов", "министр обороны", "Министерство обороны Российской Федерации", None)]),
    # a place that ends the title is all the remits'
    ("Министры иностранных дел, обороны и финансов Польши Котов, Орлов и Лаптев сохранили посты.",
     [("Котов", "министр иностранных дел Польши", "Министерство иностранных дел Польши", "PL"),
      ("Лаптев", "министр финансов Польши", "Министерство финансов Польши", "PL"),
      ("Орлов", "министр обороны Польши", "Министерство обороны Польши", "PL")]),
    # the remits of one ministry are no list: each keeps the whole title
    ("Министры промышленности и торговли Котов и Орлов встретились в Москве.",
     [("Котов", "министр промышленности и торговли", "Министерство промышленности и торговли Российской Федерации",
       None),
      ("Орлов", "министр промышленности и торговли", "Министерство промышленности и торговли Российской Федерации",
       None)]),
])
def test_each_holder_takes_his_own_remit(models, text, expected):
    assert rows(text, models) == expected
