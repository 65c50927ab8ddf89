"""A nickname in quotes between a first name and a surname is no part of the name, and the two are one person; a
first name in ``-ы`` that only looks like a Turkic patronymic's ending is the genitive of one in ``-а`` (invented
names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("Колумбиец Сауль «Кордеро» Гальдамес выиграл бой. Гальдамес доволен.",
     [("Сауль", "Сауль Гальдамес"), ("Гальдамес", "Сауль Гальдамес")]),
    ('Чемпиону мира Хулио "Торо" Гонсалвесу предстоит бой.',
     [('Хулио "Торо', "Хулио Гонсалвес"), ("Гонсалвесу", "Хулио Гонсалвес")]),
    ('Нападающий Андре "Кондор" Суарес забил гол.', [('Андре "Кондор', "Андре Суарес"), ("Суарес", "Андре Суарес")]),
    # the nickname inside one span
    ('Нападающий Эдсон "Малыш" Каррейра забил гол.', [('Эдсон "Малыш" Каррейра', "Эдсон Каррейра")]),
    ("Нападающий Эдсон «Малыш» Каррейра забил гол.", [("Эдсон «Малыш» Каррейра", "Эдсон Каррейра")]),
    # a surname of the Russian families before the quotes: no first name
    ("Защитник Орлов «Вектор» Котов забил гол.", [("Котов", "Котов")]),
])
def test_nickname_between_first_name_and_surname(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В период правления Зулы да Мотты отношения улучшились.", [("Зулы да Мотты", "Зула да Мотта")]),
    ("В период правления Зулы Мотты отношения улучшились.", [("Зулы Мотты", "Зула Мотта")]),
    # a patronymic of ``-улы`` after a father's name stays
    ("Заявление Асылбека Жомартулы опубликовали.", [("Асылбека Жомартулы", "Асылбек Жомартулы")]),
])
def test_short_first_name_in_y(models, text, expected):
    assert _people(text, models) == expected
