"""A symbol of a web post glued to a word (an emoji before a title or after a name) is a token of its own. Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from nerpipe.ner import split_symbols

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("❗️Министр", ["❗️", "Министр"]),
    ("Смирнов🔥", ["Смирнов", "🔥"]),
    ("🔥Смирнов🔥", ["🔥", "Смирнов", "🔥"]),
    ("Министр", ["Министр"]),
    ("🔥", ["🔥"]),
    ("«Министр", ["«Министр"]),  # punctuation is razdel's business
])
def test_split_symbols(text, expected):
    pieces = split_symbols(10, 10 + len(text), text)
    assert [p[2] for p in pieces] == expected
    assert all(text[p[0] - 10:p[1] - 10] == p[2] for p in pieces)


@pytest.mark.parametrize("text, expected", [
    ("❗️Министр культуры Пётр Смирнов прибыл в Тверь.", {("Пётр Смирнов", "министр культуры", "министр", False)}),
    ("⚡Директор школы Анна Котова открыла выставку.", {("Анна Котова", "директор школы", "директор", False)}),
])
def test_a_title_after_an_emoji(models, text, expected):
    assert rows(text, models) == expected
