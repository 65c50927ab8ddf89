"""Round 66, finding titles: an ordinal written in digits inside a title's dependent (:mod:`nerpipe.titles.dependents`);
the ranks of the great schema and a monastery's confessor (``religion`` in ``resources/professions.txt``).
Invented people and bodies."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    # an ordinal in digits before the noun of the dependent: the title goes on past it and reaches the name
    ("Командир 3-го батальона Игорь Сомов получил награду.", {("Игорь Сомов", "командир 3-го батальона")}),
    ("Начальник 5-го отдела полиции Олег Рябов рассказал о задержании.",
     {("Олег Рябов", "начальник 5-го отдела полиции")}),
    ("Заведующий 1-м хирургическим отделением Ирина Седова провела операцию.",
     {("Ирина Седова", "заведующий 1-м хирургическим отделением")}),
    ("Пётр Гуров, командир 12-й роты, вернулся в часть.", {("Пётр Гуров", "командир 12-й роты")}),
])
def test_an_ordinal_in_digits_inside_a_dependent(text, expected, models):
    assert holder_titles(text, models) == expected



@pytest.mark.parametrize("text, expected", [
    # the ranks of monks of the great schema and the confessor of a monastery are titles like their plain ranks
    ("Молебен совершил схиархимандрит Паисий.", {("Паисий", "схиархимандрит")}),
    ("Молебен совершил духовник монастыря иеросхимонах Паисий.",
     {("Паисий", "духовник монастыря"), ("Паисий", "иеросхимонах")}),
])
def test_ranks_of_the_great_schema(text, expected, models):
    assert holder_titles(text, models) == expected
