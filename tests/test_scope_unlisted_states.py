"""A state ISO 3166-1 does not list (a partly recognised or unrecognised one) is a country of its own, under the
user-assigned code ``countries.csv`` gives it: its bodies and titles take that code, never the code of the state
it broke from nor none at all. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows, org_countries, places_of


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Абхазии Пётр Орлов прибыл в Москву.",
     {("Пётр Орлов", "министр иностранных дел Абхазии", "XA")}),
    ("Министр иностранных дел Приднестровской Молдавской Республики Иван Зорин встретился с послом.",
     {("Иван Зорин", "министр иностранных дел Приднестровской Молдавской Республики", "XT")}),
    ("Исполняющий обязанности министра юстиции ПМР Олег Лунин подписал приказ.",
     {("Олег Лунин", "исполняющий обязанности министра юстиции ПМР", "XT")}),
    ("Посол Южной Осетии в Москве Игорь Дзиов вручил грамоты.",
     {("Игорь Дзиов", "посол Южной Осетии в Москве", "XO")}),
])
def test_titles_of_a_state_iso_does_not_list(models, text, expected):
    assert holder_country_rows(text, models) == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Министерство иностранных дел Республики Абхазия направило ноту.",
     "Министерство иностранных дел Республики Абхазия", "XA"),
    ("В Тирасполе открылось представительство Абхазии.", "представительство Абхазии", "XA"),
    ("МИД Приднестровья выступил с заявлением.", "МИД Приднестровья", "XT"),
])
def test_bodies_of_a_state_iso_does_not_list(models, text, mention, expected):
    assert org_countries(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Делегация прибыла в Сухум.", "Сухум", ("Сухум", None, "XA")),
    ("В Тирасполе прошёл митинг.", "Тирасполе", ("Тирасполь", None, "XT")),
    ("Посол вернулся в Косово.", "Косово", ("Косово", None, "XK")),
])
def test_places_of_a_state_iso_does_not_list(models, text, mention, expected):
    assert places_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a Russian village of a state's name: the village, of the text's region
    ("В деревне Косово Калужской области открыли новый клуб. Жители деревни Косово поблагодарили губернатора "
     "Ивана Зорина.", "деревни Косово", ("деревня Косово", "RU-KLU", "RU")),
    ("Жители села Косово Тверской области отремонтировали мост.", "села Косово", ("село Косово", "RU-TVE", "RU")),
])
def test_a_village_of_a_states_name_is_no_state(models, text, mention, expected):
    assert places_of(text, models)[mention] == expected


@pytest.mark.parametrize("text, expected", [
    ("В деревне Косово Калужской области открыли новый клуб. Жители деревни Косово поблагодарили губернатора "
     "Ивана Зорина.", {("Иван Зорин", "губернатор", None)}),
])
def test_titles_in_a_village_of_a_states_name(models, text, expected):
    assert holder_country_rows(text, models) == expected
