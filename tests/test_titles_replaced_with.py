"""The one ``заменить`` puts in another's place, in the instrumental or after ``на``, takes the other's post
(:func:`nerpipe.titles.succession.find_replacements`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, bool]]:
    """``(person, position, former)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.former) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Губернатор отправил в отставку министра финансов Петра Орлова, заменив его Иваном Зориным.",
     {("Иван Зорин", "министр финансов", False), ("Пётр Орлов", "министр финансов", True)}),
    ("Губернатор отправил в отставку министра финансов Анну Зорину, заменив её Петром Орловым.",
     {("Пётр Орлов", "министр финансов", False), ("Анна Зорина", "министр финансов", True)}),
    ("Президент клуба заменил главного тренера Петра Орлова на Ивана Зорина.",
     {("Иван Зорин", "главный тренер", False), ("Пётр Орлов", "главный тренер", True)}),
])
def test_replaced_with(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text", [
    # "на" before a time, not a person: no one takes the post
    "Тренер заменил Петра Орлова на 70-й минуте.",
])
def test_no_successor(models, text):
    assert not {r for r in rows(text, models) if r[0] != "Пётр Орлов"}
