"""A title, then a rank, then the name both are of (``начальника управления по Озёрной области генерал-лейтенанта
юстиции Петра Орлова``, ``с начальником управления генерал-майором полиции Петром Орловым``): the title goes to
the name past the rank, the rank with its service (``полиции``, ``юстиции``) is no dependent of the title.
Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # the genitive of the object read as an accusative, the rank's as a genitive: one form of a man's title
    ("В город переведут начальника управления по Озёрной области генерал-лейтенанта юстиции Петра Орлова.",
     {("Пётр Орлов", "начальник управления по Озёрной области", "начальник управления", False),
      ("Пётр Орлов", "генерал-лейтенант юстиции", "генерал-лейтенант", False)}),
    # a rank with its service in the instrumental, after a noun that may govern the instrumental
    ("Губернатор встретился с начальником управления генерал-майором полиции Петром Орловым.",
     {("Пётр Орлов", "начальник управления", "начальник управления", False),
      ("Пётр Орлов", "генерал-майор полиции", "генерал-майор", False)}),
    ("Губернатор поблагодарил начальника управления генерал-майора полиции Петра Орлова.",
     {("Пётр Орлов", "начальник управления", "начальник управления", False),
      ("Пётр Орлов", "генерал-майор полиции", "генерал-майор", False)}),
    # near case that stays: a noun of governing takes an inanimate noun in the instrumental
    ("Губернатор встретился с куратором управления рисками Петром Орловым.",
     {("Пётр Орлов", "куратор управления рисками", "куратор управления", False)}),
])
def test_title_past_a_rank_to_the_name(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title with no complement of its own before a rank in the genitive: whose it is, "X of Y", the rank's holder
    # only holds the rank
    ("Суд допросил адвоката генерал-майора Петра Орлова.",
     {("Пётр Орлов", "генерал-майор", "генерал-майор", False)}),
    ("Полиция задержала охранника генерала Петра Орлова.",
     {("Пётр Орлов", "генерал", "генерал", False)}),
    # the first with its own complement, the second a rank: one man's title and rank
    ("Суд допросил начальника отдела кадров полковника Петра Орлова.",
     {("Пётр Орлов", "начальник отдела кадров", "начальник отдела", False),
      ("Пётр Орлов", "полковник", "полковник", False)}),
])
def test_title_before_a_rank_of_another(models, text, expected):
    assert rows(text, models) == expected
