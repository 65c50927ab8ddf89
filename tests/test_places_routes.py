"""A route natasha tags as one place is two places, its ends (:mod:`nerpipe.spans.routes`); a place whose name has
a dash stays one."""

from __future__ import annotations

import pytest

from .conftest import places_of


@pytest.mark.parametrize("text, expected", [
    ("Автобус столкнулся с грузовиком на трассе Казань-Оренбург.",
     {"Казань": ("Казань", "RU-TA", "RU"), "Оренбург": ("Оренбург", "RU-ORE", "RU")}),
    ("Поезд по маршруту Махачкала–Ростов-на-Дону задержался.",
     {"Махачкала": ("Махачкала", "RU-DA", "RU"), "Ростов-на-Дону": ("Ростов-на-Дону", "RU-ROS", "RU")}),
    ("Трасса Москва — Казань закрыта из-за снегопада.",
     {"Москва": ("Москва", "RU-MOW", "RU"), "Казань": ("Казань", "RU-TA", "RU")}),
    # a place whose own name has a dash: one place
    ("Жители Ростова-на-Дону и Улан-Удэ проголосовали.",
     {"Ростова-на-Дону": ("Ростов-на-Дону", "RU-ROS", "RU"), "Улан-Удэ": ("Улан-Удэ", "RU-BU", "RU")}),
])
def test_a_route_is_its_two_ends(models, text, expected):
    assert places_of(text, models) == expected
