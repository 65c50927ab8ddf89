"""A town or country in the genitive that natasha takes into the name after it (``на кортах Мирска Котова``)
is a place of its own, the rest the person (invented names and places the gazetteer knows)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _tagged(text: str, models) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in sorted(analyze(text, models).mentions, key=lambda m: m.start)
            if m.type in ("PER", "LOC")]


@pytest.mark.parametrize("text, expected", [
    ("На кортах Уханя Валенко одолела соперницу.", [("Уханя", "LOC"), ("Валенко", "PER")]),
    ("На кортах Уханя Бурко обыграла соперницу.", [("Уханя", "LOC"), ("Бурко", "PER")]),
    ("На улицах Твери Котова встретила друзей.", [("Твери", "LOC"), ("Котова", "PER")]),
    ("Мэр Твери Анна Котова приехала.", [("Твери", "LOC"), ("Анна Котова", "PER")]),
    # a first name pymorphy reads as a town's only, in the case of the surname after it, stays the person's
    ("Книгу Софии Рудаковой прочли все.", [("Софии Рудаковой", "PER")]),
    ("Портрет Королёва Игната висит в зале.", [("Королёва Игната", "PER")]),
    # a place before a first name and patronymic the tagger reads as animate: a first name
    ("Встреча с Миланом Петровичем прошла.", [("Миланом Петровичем", "PER")]),
    # an indeclinable place after a noun, whatever case the surname after it is in
    ("Суд признал экс-главу Коми Вельцер виновным.", [("Коми", "LOC"), ("Вельцер", "PER")]),
    ("Главу Коми Вельцер задержали в Заречье.", [("Коми", "LOC"), ("Вельцер", "PER"), ("Заречье", "LOC")]),
])
def test_leading_place_is_no_part_of_the_name(models, text, expected):
    assert _tagged(text, models) == expected
