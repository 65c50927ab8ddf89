"""Round 66, finding titles: an ordinal written in digits inside a title's dependent (:mod:`nerpipe.titles.dependents`).
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

