"""A plural title whose places are adjectives before one plural noun (``губернаторы Тверской и Псковской
областей``) and as many holders: each holds the title of his own place, the noun in the singular (``губернатор
Тверской области``), in the order written."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows, holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("Губернаторы Тверской и Псковской областей Игорь Валов и Пётр Кротов подписали соглашение.",
     {("Игорь Валов", "губернатор Тверской области", False), ("Пётр Кротов", "губернатор Псковской области", False)}),
    ("Соглашение подписали губернаторы Тверской и Псковской областей Игорь Валов и Пётр Кротов.",
     {("Игорь Валов", "губернатор Тверской области", False), ("Пётр Кротов", "губернатор Псковской области", False)}),
])
def test_respective_adjective_places(models, text, expected):
    assert expected <= holder_former_rows(text, models)


def test_respective_adjective_regions(models):
    rows = holder_region_rows("Губернаторы Тверской и Псковской областей Игорь Валов и Пётр Кротов подписали "
                              "соглашение.", models)
    assert {("Игорь Валов", "губернатор Тверской области", "RU-TVE"),
            ("Пётр Кротов", "губернатор Псковской области", "RU-PSK")} <= rows
