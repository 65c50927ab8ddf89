"""A man's first name of Western Europe that pymorphy knows only as a woman's (``Эммануэль``): the surname
alone with a man's verb is that person (invented names)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Контракт с Эммануэлем Жиро продлен. Вчера Жиро провел первую тренировку.",
     {("Эммануэль Жиро", ("Эммануэлем Жиро", "Жиро"))}),
    ("Президент Эммануэль Дюкре посетит город. Ранее Дюкре провел переговоры.",
     {("Эммануэль Дюкре", ("Эммануэль Дюкре", "Дюкре"))}),
    # a woman's name stays a woman's: the surname with a man's verb is another person
    ("Певица Николь Бернар приедет в город. Вчера Бернар выступил в клубе.",
     {("Николь Бернар", ("Николь Бернар",)), ("Бернар", ("Бернар",))}),
])
def test_mans_name_read_as_womans(models, text, expected):
    assert person_mentions(text, models) == expected
