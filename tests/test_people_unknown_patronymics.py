"""A man's patronymic of a first name pymorphy does not know, read as a surname, is the patronymic of the one
person of that first name the document names with a surname (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _fields(text: str, models) -> list[tuple]:
    return [(p.first, p.middle, p.last) for p in analyze(text, models).persons]


@pytest.mark.parametrize("text, expected", [
    ("Глава района Эрмекбай Орозбаев открыл школу. Эрмекбай Кулжанович поблагодарил строителей.",
     [("Эрмекбай", "Кулжанович", "Орозбаев")]),
    ("Слово предоставили Бекзату Нурланову. Бекзат Ерланович рассказал о планах.",
     [("Бекзат", "Ерланович", "Нурланов")]),
    # two people of that first name: the word stays a surname
    ("Эрмекбай Орозбаев и Эрмекбай Асанов открыли школу. Эрмекбай Кулжанович поблагодарил строителей.",
     [("Эрмекбай", None, "Орозбаев"), ("Эрмекбай", None, "Асанов"), ("Эрмекбай", None, "Кулжанович")]),
    # the word is a surname of another first name too
    ("Эрмекбай Орозбаев открыл школу. Эрмекбай Кулжанович и Анна Кулжанович поблагодарили строителей.",
     [("Эрмекбай", None, "Орозбаев"), ("Эрмекбай", None, "Кулжанович"), ("Анна", None, "Кулжанович")]),
])
def test_unknown_patronymic_after_the_full_name(models, text, expected):
    assert _fields(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the two names side by side, joined by ``и`` or a comma: two people
    ("Иван Петров и Иван Ходкевич подписали договор. Иван Петров доволен.",
     [("Иван", None, "Петров"), ("Иван", None, "Ходкевич")]),
    ("Договор подписали Иван Ходкевич, Иван Петров и Анна Котова.",
     [("Иван", None, "Ходкевич"), ("Иван", None, "Петров"), ("Анна", None, "Котова")]),
    # a first name and a word read as a patronymic, listed beside a full name of that first name: another person
    ("Иван Радкович и Иван Петров подписали договор.", [("Иван", "Радкович", None), ("Иван", None, "Петров")]),
    ("Договор подписали Иван Петров, Иван Радкович и Анна Котова.",
     [("Иван", None, "Петров"), ("Иван", "Радкович", None), ("Анна", None, "Котова")]),
    # a word pymorphy knows as a surname: no patronymic
    ("Иван Петров открыл школу. Иван Пашкевич поблагодарил строителей.",
     [("Иван", None, "Петров"), ("Иван", None, "Пашкевич")]),
])
def test_surname_in_ovich_stays_a_surname(models, text, expected):
    assert _fields(text, models) == expected
