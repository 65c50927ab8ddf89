"""``столичный`` is Moscow in a text about Russia, and the one capital abroad a text names when it names no other
place of Russia (:mod:`nerpipe.resolve.capitals`)."""

from __future__ import annotations

import pytest

from .test_places_settlements import places_of


@pytest.mark.parametrize("text, surface, expected", [
    ("Президент Бельгии Жан Кедр прибыл в Брюссель. Встреча прошла в столичной резиденции короля.", "столичной",
     ("Брюссель", None, "BE")),
    ("Министр прилетел в Варшаву. Переговоры прошли в столичном отеле, сообщили в Польше.", "столичном",
     ("Варшава", None, "PL")),
    # a text naming a place of Russia too: Moscow
    ("Министр прилетел в Варшаву из Тамбова. Переговоры прошли в столичном отеле.", "столичном",
     ("Москва", "RU-MOW", "RU")),
    # two capitals abroad: which one is not said, Moscow as before
    ("Министр прилетел в Варшаву из Берлина. Переговоры прошли в столичном отеле.", "столичном",
     ("Москва", "RU-MOW", "RU")),
    ("Циклон принёс тепло в столичный регион. В Тамбовской области выпал снег.", "столичный",
     ("Москва", "RU-MOW", "RU")),
    # a capital abroad named only as where someone comes from, or with no word of its country: Moscow as before
    ("Встреча прошла в столичной резиденции президента. Он беседовал с делегацией из Вашингтона.", "столичной",
     ("Москва", "RU-MOW", "RU")),
    ("Пробки в столичном регионе выросли. Мэр Парижа Жан Кедр предложил платные дороги.", "столичном",
     ("Москва", "RU-MOW", "RU")),
])
def test_the_capital_of_a_text_abroad(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected

