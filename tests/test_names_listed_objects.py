"""A list of names the parser takes for subjects whose later names open with a first name in oblique cases
only (invented names): objects, each read in its own case, not as a nominative."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


def _names(text, models) -> set[str]:
    return {name for name, _texts in person_mentions(text, models)}


@pytest.mark.parametrize("text, expected", [
    ("В очереди заметили Любовь Сокол, Валерию Карамышеву и Дмитрия Гусева.",
     {"Любовь Сокол", "Дмитрий Гусев"}),
    ("На приеме видели Любовь Зорину, Ирину Лаптеву и Олега Кравцова.",
     {"Любовь Зорина", "Ирина Лаптева", "Олег Кравцов"}),
    # near cases: a list of subjects keeps its nominatives
    ("Нилуфар Каримова, Дильноза Рашидова и Ольга Лаптева приняли участие.",
     {"Нилуфар Каримова", "Дильноза Рашидова", "Ольга Лаптева"}),
    ("Заявление подписали Анна Котова, Олег Лапин и Ирина Зуева.", {"Анна Котова", "Олег Лапин", "Ирина Зуева"}),
])
def test_a_list_of_objects_keeps_its_cases(models, text, expected):
    assert expected <= _names(text, models)
