"""A plural title that counts a list of names among its holders (``среди артистов были …``, ``в числе
руководителей — …``), and the shapes that name no holder. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def pairs(text: str, models) -> set[tuple[str, str]]:
    """``(person, role)`` of every ``positions`` row of a text."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.role) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Среди приглашённых артистов были Анна Котова и Пётр Орлов.",
     {("Анна Котова", "артист"), ("Пётр Орлов", "артист")}),
    ("В числе развлекавших гостей музыкантов были Анна Котова, Пётр Орлов и Иван Лаптев.",
     {("Анна Котова", "музыкант"), ("Пётр Орлов", "музыкант"), ("Иван Лаптев", "музыкант")}),
    ("Среди журналистов, пострадавших при разгоне акции, — Глеб Лаптев и Игорь Соболев.",
     {("Глеб Лаптев", "журналист"), ("Игорь Соболев", "журналист")}),
    ("Среди руководителей компании оказался Игорь Соболев.", {("Игорь Соболев", "руководитель")}),
])
def test_names_listed_among_a_plural_title(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text", [
    "Среди губернаторов Пётр Орлов выделяется опытом.",  # no link: a comparison, not a list of holders
    "Среди гостей министров не было, зато был Пётр Орлов.",
    "Среди сторонников министра были Анна Котова и Пётр Орлов.",  # the title governed by a relative
    "Среди артистов были и те, кто поддержал Петра Орлова.",
])
def test_no_holder_among(models, text):
    assert pairs(text, models) == set()


@pytest.mark.parametrize("text, expected", [
    # a plural title ending its sentence, the next opening with "Среди них" or "В их числе"
    ("Литва запретила въезд сорока артистам. Среди них Анна Котова, Пётр Орлов и многие другие.",
     {("Анна Котова", "артист"), ("Пётр Орлов", "артист")}),
    ("На форум приехали губернаторы. В их числе Пётр Орлов и Глеб Лаптев.",
     {("Пётр Орлов", "губернатор"), ("Глеб Лаптев", "губернатор")}),
    # not a plural noun that is no title, nor a list after the title's sentence goes on
    ("Погибли пять человек. Среди них Пётр Орлов.", set()),
    ("На форум приехали губернаторы, но их не пустили. Среди них Пётр Орлов.", set()),
])
def test_names_among_them_after_a_plural_title(models, text, expected):
    assert pairs(text, models) == expected
