"""A district or a part of a town written by its own name right after its noun (``района Зелёный Бор``) is a
place of the region its text is about, as ``Зеленоборского района`` is: its bodies and their heads' titles take
that region. Every sentence, place and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_region_rows, places_of


@pytest.mark.parametrize("text, expected", [
    ("Мэр Москвы Олег Сидоров назначил глав районов. Главой управы района Зелёный Бор назначен Пётр Орлов.",
     {("Олег Сидоров", "мэр Москвы", "RU-MOW"), ("Пётр Орлов", "глава управы района Зелёный Бор", "RU-MOW")}),
    ("Губернатор Тверской области Олег Сидоров провёл совещание. Главой администрации микрорайона Ясный Луг "
     "назначен Пётр Орлов.",
     {("Олег Сидоров", "губернатор Тверской области", "RU-TVE"),
      ("Пётр Орлов", "глава администрации микрорайона Ясный Луг", "RU-TVE")}),
])
def test_heads_of_a_district_named_after_its_noun(models, text, expected):
    assert holder_region_rows(text, models) == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Мэр Москвы назначил глав районов. Управу района Зелёный Бор возглавил Пётр Орлов.", "Зелёный Бор",
     ("Зелёный Бор", "RU-MOW", "RU")),
    # a text about no one region: the district stays of none
    ("Управу района Зелёный Бор возглавил Пётр Орлов.", "Зелёный Бор", ("Зелёный Бор", None, None)),
])
def test_a_district_named_after_its_noun_is_of_the_texts_region(models, text, mention, expected):
    assert places_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # ``в районе`` before a name in the genitive is "near it", no district of the text's region
    ("Рыбаки из Тверской области вышли в море. Их лодка попала в шторм в районе Бермудских островов.",
     "Бермудских островов", ("Бермудские острова", None, None)),
    ("Власти Калужской области открыли санаторий. Отдыхающие из Калуги едут в район Кавказских Минеральных Вод.",
     "Кавказских Минеральных Вод", ("Кавказские Минеральные Воды", None, None)),
    ("Моряки из Псковской области рассказали о походе. В районе Саргассова моря их судно потеряло ход.",
     "Саргассова моря", ("Саргассово море", None, None)),
])
def test_a_place_near_which_something_happens_is_no_district(models, text, mention, expected):
    assert places_of(text, models)[mention] == expected
