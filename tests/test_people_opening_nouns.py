"""A common noun that is a first name too opening a sentence before a surname that another first name of the
document holds: the noun is no part of the name (``Роман Бертино стал бестселлером`` beside ``Итало Бертино``);
a first name that is a name first to pymorphy, or the only first name of that surname, stays (invented people)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Писатель Итало Бертино приехал в Заречный. Роман Бертино стал бестселлером в Италии.",
     {("Итало Бертино", ("Итало Бертино", "Бертино"))}),
    ("Певица Анна Ларсон выступила в Заречном. Вера Ларсон в успех помогла ей.",
     {("Анна Ларсон", ("Анна Ларсон", "Ларсон"))}),
])
def test_opening_noun_cut(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Писатель Итало Бертино приехал в Заречный. Лев Бертино, его брат, тоже пишет.",
     {("Итало Бертино", ("Итало Бертино",)), ("Лев Бертино", ("Лев Бертино",))}),
    ("Роман Бертино приехал в Заречный. Роман Бертино стал известен.",
     {("Роман Бертино", ("Роман Бертино", "Роман Бертино"))}),
])
def test_opening_first_name_kept(models, text, expected):
    assert person_mentions(text, models) == expected
