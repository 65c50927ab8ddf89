"""Two surnames joined by a hyphen after a noun of a pair or of people in the plural, or the subject of a verb in the
plural, are two people, one name each; a double surname of one person stays one (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(m.text, names[m.entity_id]) for m in sorted(result.mentions, key=lambda m: m.start) if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("Фигуристы Котова-Вельцер заняли второе место.", [("Котова", "Котова"), ("Вельцер", "Вельцер")]),
    ("Дуэт Котова-Вельцер победил в танцах на льду.", [("Котова", "Котова"), ("Вельцер", "Вельцер")]),
    ("Выступление пары Котовой-Вельцер понравилось судьям.", [("Котовой", "Котова"), ("Вельцер", "Вельцер")]),
])
def test_two_people(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Судьи оценили выступления дуэтов Котовой-Вельцер и Зиминой-Гарбуз.",
     [("Котовой", "Котова"), ("Вельцер", "Вельцер"), ("Зиминой", "Зимина"), ("Гарбуз", "Гарбуз")]),
    ("Судьи оценили выступления дуэтов Котовой-Вельцер, Орешкиной-Сайдель и Зиминой-Гарбуз.",
     [("Котовой", "Котова"), ("Вельцер", "Вельцер"), ("Орешкиной", "Орешкина"), ("Сайдель", "Сайдель"),
      ("Зиминой", "Зимина"), ("Гарбуз", "Гарбуз")]),
])
def test_listed_pairs(models, text, expected):
    """A list of hyphened pairs after a noun of pairs in the plural: two people each."""
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Премию получила Анна Котова-Вельцер из Заречья.", [("Анна Котова-Вельцер", "Анна Котова-Вельцер")]),
    ("Писатели Котов-Вельцер и Орлов приехали в Заречье.", [("Котов-Вельцер", "Котов-Вельцер"), ("Орлов", "Орлов")]),
    ("Писатели Котов-Вельцер и Орлов-Гарбуз приехали в Заречье.",
     [("Котов-Вельцер", "Котов-Вельцер"), ("Орлов-Гарбуз", "Орлов-Гарбуз")]),
    ("Писатель Котов-Вельцер родился в Заречье.", [("Котов-Вельцер", "Котов-Вельцер")]),
])
def test_one_double_surname(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text", [
    "Председатель совета граждан Улан-Батора принял гостей из Заречья.",
    "Опрос жителей Йошкар-Олы провели в мае.",
])
def test_hyphened_place_after_people(models, text):
    assert _people(text, models) == []
