"""Round 65, finding titles: a distinction between two stacked titles of one holder does not break their chain
(:mod:`nerpipe.titles.sharing`, the ``distinction`` group of ``resources/titles.txt``). Invented people and bodies."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    # a distinction between two titles of one holder does not break their chain: the first is the name's too
    ("В совет вошёл капитан гандбольной команды, двукратный чемпион Европы, директор спортшколы Игорь Ветлугин.",
     {("Игорь Ветлугин", "капитан гандбольной команды"), ("Игорь Ветлугин", "директор спортшколы")}),
    ("Концерт открыла скрипачка, лауреат всероссийских конкурсов, преподаватель колледжа Вера Осокина.",
     {("Вера Осокина", "скрипачка"), ("Вера Осокина", "преподаватель колледжа")}),
    # the distinction's noun in a feminine form
    ("На старт вышла лыжница, победительница марафона, депутат думы Нина Сорокина.",
     {("Нина Сорокина", "лыжница"), ("Нина Сорокина", "депутат думы")}),
])
def test_a_distinction_between_stacked_titles(text, expected, models):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a word that only begins like a distinction's noun is none: the phrase breaks the chain
    ("Приехал пловец, кавалерист полка, директор школы Пётр Лавров.", {("Пётр Лавров", "директор школы")}),
])
def test_no_distinction_but_its_whole_word(text, expected, models):
    assert holder_titles(text, models) == expected
