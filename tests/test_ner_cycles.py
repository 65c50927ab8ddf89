"""The parser's heads are made a tree before any stage walks up them."""

import pytest

from nerpipe.ner import break_cycles


@pytest.mark.parametrize(
    ["heads", "expected"],
    [
        ([0, 1, 2], [0, 1, 2]),  # a tree stays as it is
        ([2, 1, 2], [2, 0, 2]),  # two words each the other's head, no root: the last becomes the root
        ([0, 3, 2], [0, 3, 1]),  # a loop beside the root: its last word hangs on the root
        ([1, 1], [0, 1]),  # a word its own head
        ([0, 3, 4, 2, 4], [0, 3, 4, 1, 4]),  # a loop of three with a word hanging on it
        ([2, 3, 1, 0, 4], [2, 3, 4, 0, 4]),  # a loop before the root
        ([0, 9, 1], [0, 9, 1]),  # a head out of range is read as a root, as before
        ([2, 1, 4, 3], [2, 0, 4, 2]),  # two loops, no root: the second hangs on the root the first gave
        ([], []),
    ],
)
def test_break_cycles(heads, expected):
    assert break_cycles(heads) == expected


def _walks_to_root(heads: list[int]) -> bool:
    for position in range(1, len(heads) + 1):
        node, steps = position, 0
        while 0 < node <= len(heads):
            node, steps = heads[node - 1], steps + 1
            if steps > len(heads):
                return False
    return True


@pytest.mark.parametrize("heads", [[2, 3, 4, 1], [3, 3, 2, 5, 4, 0], [4, 4, 4, 6, 6, 5, 6]])
def test_every_walk_ends(heads):
    assert not _walks_to_root(heads)
    assert _walks_to_root(break_cycles(heads))
