"""A full name in Latin letters is the Cyrillic full name of the document it spells, a French first name with a
silent final ``-e`` and a Greek ``Chr-`` read as ``Кр-`` too (invented people)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Встреча прошла в Париже. Кристоф Мерлен заявил журналистам, что доволен. Christophe Merlen добавил, что "
     "переговоры продолжатся.", {"Кристоф Мерлен"}),
    ("Выступил Стефан Дюмарель. Stephane Dumarel ответил на вопросы.", {"Стефан Дюмарель"}),
    # a first name ending in another vowel is another person's
    ("Выступил Мартин Дюмарель. Martina Dumarel ответила на вопросы.", {"Мартин Дюмарель", "Martina Dumarel"}),
])
def test_latin_spelling_of_a_french_name(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
