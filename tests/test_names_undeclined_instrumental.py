"""A foreign surname in ``-у`` pymorphy does not know after a first name that shows no case, read by the tagger as an
instrumental: no noun ends so in the instrumental, the surname does not decline (invented people)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Премьер встретился с президентом Индии Дипали Мурсу. Визит важен.", {"Дипали Мурсу"}),
    # a dative of a surname in a consonant keeps its nominative
    ("Министр передал письмо Тони Крэйвону. Позже министр встретился с Тони Крэйвоном.", {"Тони Крэйвон"}),
])
def test_undeclined_surname_in_u(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
