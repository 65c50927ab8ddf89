"""People of invented news named by a surname alone opening a sentence that pymorphy reads in the nominative as
nothing but a surname, though it knows it as a plural genitive of common words too (``Значков``, ``Кружков``)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Ранее сообщалось о переговорах в столице.\nЗначков сообщил, что город войдёт в союз.", {"Значков"}),
    ("Совещание прошло утром. Кружков сказал, что проект отложат.", {"Кружков"}),
    ("Совещание прошло утром. Флажков заявил, что проект отложат.", {"Флажков"}),
    # a sentence about a place: no person
    ("Ростов принял гостей форума.", set()),
])
def test_surname_opening_a_sentence(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
