"""A foreign surname written alone, hung on a noun and tagged a nominative, whose ``-а`` after a consonant is a
man's genitive (``кабинета Хальмберга`` → ``Хальмберг``); surnames that do not decline, or that pymorphy knows,
stay as they are."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("В пятницу половина кабинета Хальмберга примет участие в совете.",
     {("Хальмберг", ("Хальмберга",))}),
    ("Речь Тормана длилась час.",
     {("Торман", ("Тормана",))}),
])
def test_surname_alone_in_genitive(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Журналисты обсуждали роман Дюма.", {("Дюма", ("Дюма",))}),
    ("Сторонники Гарсиа вышли на площадь.", {("Гарсиа", ("Гарсиа",))}),
    ("Позиция Шульги известна давно.", {("Шульга", ("Шульги",))}),
])
def test_surname_alone_that_stays(models, text, expected):
    assert person_mentions(text, models) == expected
