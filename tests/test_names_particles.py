"""The particle of a surname (``ван``, ``фон``, ``де``, ``бин``, ``аль-``) is the surname's, never a
middle or first name, and a surname-only mention with it is the same person (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _fields(person) -> tuple:
    return person.first, person.middle, person.last


@pytest.mark.parametrize("text, expected", [
    ("Гроссмейстер Тийс ван Гервен выиграл турнир.", [("Тийс", None, "ван Гервен")]),
    ("В финале сыграли Тийс Ван Гервен и Олег Мартынов.", [("Тийс", None, "Ван Гервен"), ("Олег", None, "Мартынов")]),
    ("Председатель Густав фон Эшенбах заявил о выборах.", [("Густав", None, "фон Эшенбах")]),
    ("Агентство сообщило о смерти Салима бин Хамдана.", [("Салим", None, "бин Хамдан")]),
    # ``бинт`` (daughter of) is a particle too, in lower case
    ("Жена эмира Зульфия бинт Рашад приехала в столицу.", [("Зульфия", None, "бинт Рашад")]),
    ("Речь Лейлы бинт Мансур опубликовали вчера.", [("Лейла", None, "бинт Мансур")]),
    ("Защитник Пьер Де Брие забил дважды.", [("Пьер", None, "Де Брие")]),
    # a first name and a second one, no particle: the second stays the middle name
    ("Нападающий Хуан Пабло Ортега забил дважды.", [("Хуан", "Пабло", "Ортега")]),
    # a particle and a hyphen open a surname alone
    ("Как заявил аль-Захири, переговоры продолжатся.", [(None, None, "аль-Захири")]),
    ("Об этом сообщил фон Эшенбах.", [(None, None, "фон Эшенбах")]),
])
def test_particle_is_the_surnames(models, text, expected):
    assert [_fields(p) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    ("Председатель Густав фон Эшенбах заявил о выборах. Фон Эшенбах уехал.", ["Густав фон Эшенбах"]),
    ("Лидер группировки Салим бин Хамдан скрывается. Агентство сообщило о смерти бин Хамдана.",
     ["Салим бин Хамдан"]),
    ("Эксперт Омар аль-Захири заявил об этом. Аль-Захири добавил, что рад.", ["Омар аль-Захири"]),
    ("Гроссмейстер Тийс ван Гервен выиграл турнир. Гервену вручили кубок.", ["Тийс ван Гервен"]),
    # two particles opening a sentence: no first name ``Ван``
    ("Посол Рутгер ван дер Мейлен заявил о визите. Ван дер Мейлен отметил, что рад.", ["Рутгер ван дер Мейлен"]),
])
def test_surname_with_particle_is_one_person(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    ("Позже де Брие уехал.", [("де Брие", "де Брие")]),
    ("Пьер де Брие приехал в город. Позже де Брие уехал.",
     [("Пьер де Брие", "Пьер де Брие"), ("де Брие", "Пьер де Брие")]),
    ("По словам ван Дорна, проект окупится.", [("ван Дорна", "ван Дорн")]),
    # ``да`` is a Russian word
    ("Он сказал, да Петров прав.", [("Петров", "Петров")]),
])
def test_span_takes_the_particle(models, text, expected):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    assert [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "PER"] == expected
