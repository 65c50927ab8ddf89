"""A woman's first name that is also a man's genitive (``Александра``, ``Евгения``) before a name of the same list
in the nominative only (invented names): names joined by ``и`` share their case, so hers is a nominative; and a
first name pymorphy does not know in an accusative ``-ею``, ``-ию``, which no man's name of the second declension
ends in (``Тимею`` → ``Тимея``)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _names(text: str, models) -> list[str]:
    return [p.name for p in analyze(text, models).persons]


@pytest.mark.parametrize("text, expected", [
    ("Александра Лопатова и Денис Гроховский почувствовали вкус победы.",
     ["Александра Лопатова", "Денис Гроховский"]),
    ("Только Александра Лопатова и Денис Гроховский выиграли турнир.",
     ["Александра Лопатова", "Денис Гроховский"]),
    ("Только Евгения Лаптева и Игорь Сомов выиграли турнир.", ["Евгения Лаптева", "Игорь Сомов"]),
    ("Александра Бойцова и Дмитрий Козлов почувствовали вкус победы.", ["Александра Бойцова", "Дмитрий Козлов"]),
])
def test_a_womans_name_before_a_nominative_mate(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # his genitive or accusative beside a mate in the same case stays his
    ("Мы поздравили Александра Лопатова и Дениса Гроховского с победой.",
     ["Александр Лопатов", "Денис Гроховский"]),
    ("Для Александра Лопатова и его брата Дениса Гроховского турнир стал первым.",
     ["Александр Лопатов", "Денис Гроховский"]),
    # a name the parser hangs on a noun: his genitive (the daughter of his), whatever the mate's case
    ("Дочь Евгения Лаптева и Игорь Сомов пришли на концерт.", ["Евгений Лаптев", "Игорь Сомов"]),
])
def test_his_oblique_name_stays(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Зрители увидели Лорею Бачински на корте.", ["Лорея Бачински"]),
    ("Судьи дисквалифицировали Тимею Радовски за фальстарт.", ["Тимея Радовски"]),
    ("Чемпионка преподнесла сюрприз, обыграв Тимею Радовски из Словакии.", ["Тимея Радовски"]),
])
def test_an_unknown_first_name_in_the_accusative(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Полиция задержала Эрнеста Ковальски на границе.", ["Эрнест Ковальски"]),
    ("Журналисты видели Олафа Бачински у входа.", ["Олаф Бачински"]),
    ("Премию вручили Олафу Бачински в Берлине.", ["Олаф Бачински"]),
    # a name that does not decline
    ("Комиссия пригласила Мэттью Кроули на заседание.", ["Мэттью Кроули"]),
])
def test_a_mans_name_stays(models, text, expected):
    assert _names(text, models) == expected
