"""A name in Latin capitals listed with a body: one more body of the list."""

from __future__ import annotations

import pytest

from .conftest import org_texts


@pytest.mark.parametrize("text, expected", [
    # the last of a list after a quoted body
    ("На концерте выступят группа «Синий лес», участники «Кривого зеркала» и ZORKAXX.",
     {"Кривого зеркала", "ZORKAXX"}),
    # the first of a list, the preposition said again before the body
    ("Кандидатура оказалась приемлема и для KRAMEL, и для партии «Новый путь».",
     {"KRAMEL", "партии «Новый путь»"}),
])
def test_a_latin_name_listed_with_a_body(models, text, expected):
    assert expected <= set(org_texts(text, models))


@pytest.mark.parametrize("text, word", [
    # a code of a currency, and a word of a Latin name of several words, are no body
    ("Сотрудники компании «Северный ветер» и HR обсудили планы.", "HR"),
    ("Компания «Северный ветер» и ZORK Studio выпустили игру.", "ZORK"),
])
def test_no_latin_list_mate(models, text, word):
    assert word not in org_texts(text, models)
