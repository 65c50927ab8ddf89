"""Names of China and Korea in an oblique case (invented names): a given name whose syllable pymorphy
reads as a declined surname, and a family name natasha tags apart from the given name after it."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _fields(person) -> tuple:
    return person.name, person.first, person.last


@pytest.mark.parametrize("text, expected", [
    ("Жители цитируют Кима Тэ Сона.", [("Ким Тэ Сон", "Тэ Сон", "Ким")]),
    ("Министр Пак Тэ Сон дал интервью. Газета цитирует Пака Тэ Сона.", [("Пак Тэ Сон", "Тэ Сон", "Пак")]),
    ("Эксперты процитировали Квона Тэ Ука на брифинге.", [("Квон Тэ Ук", "Тэ Ук", "Квон")]),
    ("Депутат Квон Тэ Ук выступил в парламенте. Эксперты процитировали Квона Тэ Ука на брифинге.",
     [("Квон Тэ Ук", "Тэ Ук", "Квон")]),
    # a Russian first name and surname stay one
    ("Жители цитируют Ивана Сонина.", [("Иван Сонин", "Иван", "Сонин")]),
])
def test_east_asian_oblique(models, text, expected):
    assert [_fields(p) for p in analyze(text, models).persons] == expected
