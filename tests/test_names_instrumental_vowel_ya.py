"""A foreign surname in ``-я`` after a vowel, declined in the instrumental ``-ей`` (``Кумаей`` of ``Кумая``), is
named in its nominative (invented people)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Он провел диалог с министром Японии Такэси Кумаей.", {"Такэси Кумая"}),
    ("Он провел диалог с министром Японии Такэси Кумаей. Такэси Кумая доволен.", {"Такэси Кумая"}),
    # a consonant before: a man's surname in ``-ь`` or ``-й`` keeps its rules
    ("Он встретился с министром Хосе Гарсией.", {"Хосе Гарсия"}),
])
def test_instrumental_of_a_surname_in_vowel_ya(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
