"""A surname written as a woman's right after a noun of a relative is the genitive of the man whose relative is
named (invented names): his when a man of that surname is named in the document or the noun is of a wife, and
when a man's first name in the genitive comes with it; a woman named in full keeps hers."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    # a man of that surname named alone in the document
    ("Вдова Орлова рассказала журналистам о последних годах жизни мужа. Сам Орлов до конца работал "
     "в лаборатории.",
     {("Орлов", ("Орлова", "Орлов"))}),
    ("Сестра Орлова выиграла турнир. Орлов поздравил её в соцсетях.",
     {("Орлов", ("Орлова", "Орлов"))}),
    ("Дочь Лыкина поступила в университет. По словам Лыкина, она выбрала медицину.",
     {("Лыкин", ("Лыкина", "Лыкина"))}),
    # a man's first name in the genitive with it
    ("Вдова Ивана Кормилова передала музею архив.",
     {("Иван Кормилов", ("Ивана Кормилова",))}),
    ("Вдова Олега Лыкина открыла кафе в Тамбове.",
     {("Олег Лыкин", ("Олега Лыкина",))}),
    # a woman named in full is herself, her first name a man's genitive too (``Дина``, of ``Дин``)
    ("Глеб Тарханов и его жена Дина Тарханова открыли кафе.",
     {("Глеб Тарханов", ("Глеб Тарханов",)), ("Дина Тарханова", ("Дина Тарханова",))}),
    ("Его жена Анна Кормилова открыла выставку. Жена Кормилова давно занимается живописью.",
     {("Анна Кормилова", ("Анна Кормилова", "Кормилова"))}),
    # a possessive before the noun: the relative named so herself, the man another
    ("Тренер Пётр Лыков доволен сезоном. Его дочь Лыкова стала чемпионкой области по плаванию.",
     {("Пётр Лыков", ("Пётр Лыков",)), ("Лыкова", ("Лыкова",))}),
    ("Тренер Лыков доволен сезоном. Их дочь Лыкова стала чемпионкой области по плаванию.",
     {("Лыков", ("Лыков",)), ("Лыкова", ("Лыкова",))}),
])
def test_kin_genitives(models, text, expected):
    assert person_mentions(text, models) == expected
