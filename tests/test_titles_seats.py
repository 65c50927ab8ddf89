"""One lexicon of the nouns of a post, its seat and its powers (:data:`nerpipe.titles.lexicon.SEATS`), asked by
lemma: what a post is named again by, what goes over to a successor, what two titles of one post follow; every
form of it counts, the plural and ``полномочия`` too. Every word is a common noun."""

from __future__ import annotations

import pytest

from nerpipe.titles.lexicon import SEATS


@pytest.mark.parametrize("word, expected", [
    ("пост", True), ("посту", True), ("постах", True), ("должности", True), ("должностях", True),
    ("кресле", True), ("креслах", True), ("полномочия", True), ("полномочиями", True),
    # near cases that stay out: a place, a position in a list, a post office's word
    ("место", False), ("позиция", False), ("почта", False),
])
def test_seat_words_by_lemma(models, word, expected):
    assert (models.morph.lemma(word) in SEATS) is expected
