"""A title of a municipality named by no place (``глава муниципалитета``, ``глава муниципального образования``,
``глава сельского поселения``) in a text about one region is that region's; in a text about none it names no
region. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Иван Зорин заявил о переменах. Обязанности главы администрации муниципалитета "
     "будет исполнять Пётр Орлов.",
     ("Пётр Орлов", "глава администрации муниципалитета", "RU-TVE")),
    ("Губернатор Тверской области Иван Зорин назначил Петра Орлова главой муниципального образования.",
     ("Пётр Орлов", "глава муниципального образования", "RU-TVE")),
    ("В Тверской области сменился глава сельского поселения. Главой поселения избран Пётр Орлов.",
     ("Пётр Орлов", "глава поселения", "RU-TVE")),
    ("Глава муниципалитета Пётр Орлов открыл новую школу.",
     ("Пётр Орлов", "глава муниципалитета", None)),
])
def test_a_municipal_title_of_the_texts_region(models, text, expected):
    assert expected in holder_region_rows(text, models)
