"""``столицы`` after a title (``мэр столицы``) in a text about Moscow is Moscow, as ``столичный мэр`` is; in a text
about another region it names no region. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("Префектом округа Москвы назначен Пётр Орлов. Об этом заявил мэр столицы Иван Зорин.",
     {("Пётр Орлов", "префект округа Москвы", "RU-MOW"), ("Иван Зорин", "мэр столицы", "RU-MOW")}),
    ("Власти Москвы ввели ограничения. Вице-мэр столицы Пётр Орлов объяснил меры.",
     {("Пётр Орлов", "вице-мэр столицы", "RU-MOW")}),
    ("Губернатор Тверской области Пётр Орлов встретился с мэром столицы Иваном Зориным.",
     {("Пётр Орлов", "губернатор Тверской области", "RU-TVE"), ("Иван Зорин", "мэр столицы", None)}),
])
def test_the_capital_word_of_a_text_about_moscow(models, text, expected):
    assert holder_region_rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign capital or country named in the sentence or the one before: the capital may be that one
    ("Делегация Москвы во главе с Иваном Котовым прилетела в Минск. Мэр столицы Пётр Зорин встретил гостей в "
     "аэропорту.", {("Пётр Зорин", "мэр столицы", None)}),
    ("Мэр Москвы Олег Сидоров прилетел в Сербию. Вице-мэр столицы Пётр Орлов встретил его в аэропорту.",
     {("Олег Сидоров", "мэр Москвы", "RU-MOW"), ("Пётр Орлов", "вице-мэр столицы", None)}),
])
def test_the_capital_word_near_a_place_abroad(models, text, expected):
    assert holder_region_rows(text, models) == expected
