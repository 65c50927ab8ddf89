"""A surname alone the text misspells by one vowel is the person named in full with it, no person of its own
(invented people)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Директор школы Марина Лисицына рассказала о ремонте. По словам Лисициной, работы закончат в мае.",
     {"Марина Лисицына"}),
    ("Губернатор Пётр Кормилов открыл форум. Кормелов заявил, что доволен.", {"Пётр Кормилов"}),
    # a consonant apart: another person
    ("Губернатор Пётр Кормилов открыл форум. Корнилов заявил, что доволен.", {"Пётр Кормилов", "Корнилов"}),
    # a vowel apart that sounds otherwise, or a surname of its own: another person
    ("Министр сельского хозяйства Пётр Куликов встретился с фермерами в Заречье. Депутат Кулаков раскритиковал "
     "программу.", {"Пётр Куликов", "Кулаков"}),
    ("Вице-губернатор Анна Минеева открыла выставку. Депутат Минаева выступила против.",
     {"Анна Минеева", "Минаева"}),
    ("Глава района Олег Баранов открыл школу. Буранов заявил, что доволен.", {"Олег Баранов", "Буранов"}),
])
def test_surname_misspelt_by_a_vowel(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
