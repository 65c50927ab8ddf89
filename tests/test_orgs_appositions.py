"""Names written right after the word that says what they are: unquoted names no dictionary knows
after a word of a kind of organization, and names after a legal form the tagger takes for people."""

from __future__ import annotations

import pytest

from .conftest import analyze


def spans_of(text, models, kind) -> list[str]:
    return [m.text for m in analyze(text, models).mentions if m.type == kind]


@pytest.mark.parametrize("text, expected", [
    ("Компания Зентрикс выпустила обновление.", "Компания Зентрикс"),
    ("Концерн Вельмарк объявил о сокращениях.", "Концерн Вельмарк"),
    ("Сотрудники холдинга Ноктюрн Групп получили премии.", "холдинга Ноктюрн Групп"),
    ("Акции корпорации Торнвуд подешевели.", "корпорации Торнвуд"),
])
def test_unquoted_names_after_their_kind(models, text, expected):
    assert expected in spans_of(text, models, "ORG")


@pytest.mark.parametrize("text", [
    # a person's name in the genitive: whose the body is, no name of it
    "Эксперты фонда Орлова подготовили доклад.",
])
def test_owners_are_no_names(models, text):
    assert not spans_of(text, models, "ORG")


@pytest.mark.parametrize("text, expected", [
    ("Генеральный директор ООО Вектор-Плюс арестован.", "ООО Вектор-Плюс"),
    ("Гендиректор ЗАО Северстрой-Инвест подал в отставку.", "ЗАО Северстрой-Инвест"),
])
def test_names_after_legal_forms(models, text, expected):
    assert expected in spans_of(text, models, "ORG")
    assert not any("Вектор" in p or "Северстрой" in p for p in spans_of(text, models, "PER"))


def test_entrepreneur_is_a_person(models):
    people = spans_of("Торговую точку открыл ИП Орлов Пётр Ильич.", models, "PER")
    assert any("Орлов" in p for p in people)
    assert not any("Орлов" in o for o in spans_of("Торговую точку открыл ИП Орлов Пётр Ильич.", models, "ORG"))


@pytest.mark.parametrize("text, expected", [
    # a quoted name after a player, a coach or a fan is the club
    ("Хоккеисты «Северной звезды» проиграли в овертайме.", "Северной звезды"),
    ("Вратарь «Полярного медведя» отразил пенальти.", "Полярного медведя"),
    ("Нападающий «Северного ветра» забил дважды.", "Северного ветра"),
    ("Болельщики «Уральских волков» устроили шествие.", "Уральских волков"),
])
def test_quoted_clubs_after_players(models, text, expected):
    assert expected in spans_of(text, models, "ORG")


@pytest.mark.parametrize("text", [
    # a race after a racer, a play after its actors
    "Гонщики «Северного ралли» вышли на старт.",
    "Актёры «Вишнёвого сада» вышли на поклон.",
])
def test_quoted_names_of_no_club(models, text):
    assert not spans_of(text, models, "ORG")


@pytest.mark.parametrize("text, unit, body", [
    # an abbreviation of a unit before an organization's abbreviation, with the place it serves
    ("Об этом говорится в сообщении ГУ МВД по Твери.", "ГУ МВД по Твери", "МВД"),
    ("Сотрудники ГУ МЧС по Курской области потушили пожар.", "ГУ МЧС по Курской области", "МЧС"),
])
def test_unit_abbreviations(models, text, unit, body):
    found = spans_of(text, models, "ORG")
    assert unit in found
    assert body in found
