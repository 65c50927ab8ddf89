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
