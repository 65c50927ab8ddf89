"""Names quoted with apostrophes (``'…'``, ``''…''``) where the typography was lost read as quoted names:
an ORG with the name alone as its normal form, the mention's words as written."""

from __future__ import annotations

import pytest

from nerpipe.text import unify_quotes

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("холдинг ''Брелан'', который", 'холдинг  "Брелан" , который'),
    ("холдинг 'Брелан', который", 'холдинг "Брелан", который'),
    ("газета ''Nordische Rundschau''.", 'газета  "Nordische Rundschau" .'),
    # an apostrophe inside a word is no quote
    ("Сэм О'Брайен и д'Артаньян", "Сэм О'Брайен и д'Артаньян"),
    ("it's Kelly's day", "it's Kelly's day"),
    ("без кавычек", "без кавычек"),
])
def test_apostrophes_that_quote_become_quotes(text, expected):
    assert unify_quotes(text) == expected
    assert len(unify_quotes(text)) == len(text)


@pytest.mark.parametrize("text, surface, normal", [
    ("Сделку провёл холдинг ''Брелан'', который считается крупнейшим.", "холдинг ''Брелан'", "Брелан"),
    ("По данным газеты ''Nordische Rundschau'', виллу продадут весной.", "газеты ''Nordische Rundschau'",
     "Nordische Rundschau"),
    ("Квартиру продало агентство ''Hollis & Marsh'', сообщил Пётр Лавров.", "агентство ''Hollis & Marsh'",
     "Hollis & Marsh"),
    ("Сделку провёл холдинг 'Брелан', сообщил Пётр Лавров.", "холдинг 'Брелан'", "Брелан"),
])
def test_a_name_in_apostrophes_is_an_organization(models, text, surface, normal):
    orgs = [(m.text, m.normal) for m in analyze(text, models).mentions if m.type == "ORG"]
    assert (surface, normal) in orgs
