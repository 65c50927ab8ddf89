"""A walk up the parser's heads ends even where the heads close a loop."""

import pytest

from nerpipe.ner import Token, climb_heads


def _tokens(heads: list[int | None]) -> tuple[Token, ...]:
    return tuple(Token(index=i, start=2 * i, end=2 * i + 1, text="x", pos="NOUN", feats=(), head=head, rel="nmod",
                       sent=0) for i, head in enumerate(heads))


@pytest.mark.parametrize(
    ["heads", "start", "expected"],
    [
        ([None, 0, 1], 2, 0),  # a tree: up to the root
        ([1, 0, 1], 2, 0),  # two words each the other's head: the walk ends on the loop
        ([None, 2, 1], 2, 1),
        ([0], 0, 0),  # a word its own head
        ([None, 2, 3, 1, 3], 4, 2),  # a loop of three with a word hanging on it
    ],
)
def test_climb_heads_ends(heads, start, expected):
    tokens = _tokens(heads)
    assert climb_heads(tokens, tokens[start], lambda head: True).index == expected


@pytest.mark.parametrize(
    ["heads", "start", "stop", "expected"],
    [
        ([None, 0, 1, 2], 3, 0, 1),  # stops below the head it must not pass
        ([None, 0, 1, 2], 3, 2, 3),
        ([2, 0, 1, 2], 3, 0, 1),  # a loop of three: stops below the head as before
        ([2, 0, 1, 2], 3, 5, 0),  # no such head on the loop: stops where the loop closes
    ],
)
def test_climb_heads_stops(heads, start, stop, expected):
    tokens = _tokens(heads)
    assert climb_heads(tokens, tokens[start], lambda head: head != stop).index == expected
