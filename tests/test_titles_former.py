"""Titles held in the past, on analyses built by hand: the parser's tree is taken as it is, loops included
(without the guard these cases never return)."""

from __future__ import annotations

import pytest

from nerpipe.titles.former import held_in_past
from nerpipe.titles.grammar import Title

from .hand import tagged


def _title(analysis, index: int) -> Title:
    token = analysis.tokens[index]
    return Title(token.start, token.end, index, index, index, acting=False, former=False)


@pytest.mark.parametrize("first, second", [
    ((5, "conj"), (2, "conj")),  # the two titles each the other's conjunct
    ((1, "obl"), (5, "conj")),  # a title its own conjunct
])
def test_held_in_past_leaves_a_loop_of_conjuncts(models, first, second):
    analysis = tagged(
        ("Он", "PRON Nom Sing Masc", 1, "nsubj"),
        ("работал", "VERB Sing Masc"),
        ("инженером", "NOUN Ins Sing Masc", *first),
        (",", "PUNCT", 5, "punct"),
        ("затем", "ADV", 5, "advmod"),
        ("начальником", "NOUN Ins Sing Masc", *second),
    )
    assert held_in_past(analysis, _title(analysis, 5), models.morph) is False
