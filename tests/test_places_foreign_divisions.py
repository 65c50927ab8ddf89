"""A first-level division the gazetteer does not know (``Хмельницкая область``) is no region of Russia's: a
town's adjective (``Николаевская`` of the town ``Николаевск``) does not place it; in a text about one foreign
country it is that country's (:func:`nerpipe.resolve.unknown_places.name_unknown_place`)."""

from __future__ import annotations

import pytest

from .conftest import places_of


@pytest.mark.parametrize("text, surface, expected", [
    ("Власти Украины сообщили о пожаре. В Николаевской области объявлена тревога, сообщает МВД Украины.",
     "Николаевской области", ("Николаевская область", None, "UA")),
    ("Власти Украины сообщили о ливнях. В Одесской области закрыты дороги, сообщают СМИ Украины.",
     "Одесской области", ("Одесская область", None, "UA")),
    # a region of Ukraine the gazetteer knows is Ukraine's in any text
    ("Фермеры Заречного района празднуют урожай. В Николаевской области собрали больше зерна, чем год назад.",
     "Николаевской области", ("Николаевская область", None, "UA")),
])
def test_an_unknown_division_is_no_region_of_a_towns_adjective(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a district, a town's okrug and a land keep the region their adjective names
    ("В Гусевском городском округе открыли школу.", "Гусевском городском округе",
     ("Гусевский городской округ", "RU-KGD", "RU")),
    ("Праздник прошёл на Амурской земле.", "Амурской земле", ("Амурская земля", "RU-AMU", "RU")),
    # a Russian region is known by its name
    ("В Волгоградской области прошёл праздник.", "Волгоградской области", ("Волгоградская область", "RU-VGG", "RU")),
])
def test_a_part_named_by_an_adjective_keeps_its_region(models, text, surface, expected):
    assert places_of(text, models).get(surface, expected) == expected
