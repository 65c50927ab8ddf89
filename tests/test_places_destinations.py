"""A place a text names only as where someone goes (``посетят Москву``, ``улетел в Москву``) says nothing of the
region the text is about: a body named by the generic word of a region is the region's the text names otherwise."""

from __future__ import annotations

import pytest

from .conftest import analyze, places_of


def regional_bodies(text: str, models) -> set[tuple[str, str | None]]:
    return {(o.name, o.region_code) for o in analyze(text, models).organizations if o.name.startswith("Правительство")}


@pytest.mark.parametrize("text, expected", [
    # the capital only as a destination, after ``в`` and as a verb's object: the region named otherwise
    ("Министры Тамбовской области посетят Москву. Заместитель председателя правительства региона Пётр Кедров "
     "сказал, что они поедут в Москву за деньгами. «Мы посылаем министров в Москву», — сказал он.",
     {("Правительство Тамбовской области", "RU-TAM")}),
    ("Губернатор Курской области Иван Ельцов улетел в Москву. В Москву он повёз проект бюджета. "
     "Правительство региона ждёт его возвращения.",
     {("Правительство Курской области", "RU-KRS")}),
    # a text that names no other region keeps its destination
    ("Делегация выехала в Тамбовскую область. Правительство региона встретило её на вокзале.",
     {("Правительство Тамбовской области", "RU-TAM")}),
    # the capital where things happen counts
    ("В Москве прошло совещание. Министры Тамбовской области побывали в Москве, в Москве их принял мэр. "
     "Правительство региона обсудило итоги.",
     {("Правительство Москвы", "RU-MOW")}),
    # a text naming its region only where people go, and another only where they come from: its region
    ("Делегация из Москвы прибыла в Казань. Гости посетили Казань впервые. Правительство республики устроило "
     "им приём.", {("Правительство Республики Татарстан", "RU-TA")}),
    # a region chosen, not gone to (``выбирают Крым``), and named otherwise too: the region of the text
    ("Жители Тамбовской области выбирают Крым. Власти Крыма ждут гостей. Правительство республики ждёт роста "
     "турпотока в Крым.", {("Правительство Республики Крым", "RU-CR")}),
])
def test_a_destination_is_no_region_of_the_text(models, text, expected):
    assert regional_bodies(text, models) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a region named as the neighbour is no region of the text: a district of it gets none
    ("В Кедровском районе началась эвакуация жителей деревни Сосновка. Ранее сообщалось, что в соседней, "
     "Тамбовской области, подтоплены 20 домов.", "Кедровском районе", ("Кедровский район", None, None)),
    ("В Кедровском районе начался паводок. В соседней Тамбовской области вода пока не поднялась.",
     "Кедровском районе", ("Кедровский район", None, None)),
    # the ends of a route are no region of the text: the region named otherwise is
    ("В Ставропольском крае столкнулись автобусы «Москва – Нальчик» и «Нальчик – Сочи». Пострадавших доставили "
     "в больницу Кедровского района.", "Кедровского района", ("Кедровский район", "RU-STA", "RU")),
    ("Автобус, следовавший по маршруту Нальчик–Сочи, перевернулся в Ставропольском крае. Рейс Нальчик — Москва "
     "отменён. Пострадавших доставили в больницу Кедровского района.", "Кедровского района",
     ("Кедровский район", "RU-STA", "RU")),
    # a region named otherwise stays the text's
    ("В Кедровском районе Тамбовской области начался паводок. Тамбовской области выделят деньги.",
     "Кедровском районе", ("Кедровский район", "RU-TAM", "RU")),
    # a word that only begins like a route's noun names no route (поездка, маршрутка, трассировка)
    ("Губернатор совершил поездку Тверь – Ржев. Он посетил больницу Кедровского района.", "Кедровского района",
     ("Кедровский район", "RU-TVE", "RU")),
    ("Маршрутка Тверь – Ржев сломалась на въезде в Кедровский район.", "Кедровский район",
     ("Кедровский район", "RU-TVE", "RU")),
    # a route whose ends lie in one region is of that region
    ("Автобус Тверь – Ржев сломался на въезде в Кедровский район.", "Кедровский район",
     ("Кедровский район", "RU-TVE", "RU")),
    ("Пассажиров поезда Тверь – Ржев пересадили на автобусы. Вокзал Кедровского района закрыт.",
     "Кедровского района", ("Кедровский район", "RU-TVE", "RU")),
])
def test_neighbours_and_routes_are_no_region_of_the_text(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
