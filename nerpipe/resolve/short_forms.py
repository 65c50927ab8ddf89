"""Short forms of first names among the full names of a document (``Саша Орлова`` beside ``Александра Орлова``)."""

from __future__ import annotations

from functools import cache

from ..morph import fold
from ..names import Name
from ..resources import read_word_groups
from .given_names import distinct_names


@cache
def _full_first_names() -> dict[str, set[str]]:
    return read_word_groups("diminutives.txt")


def stands_for(short: str | None, first: str | None) -> bool:
    """Whether a first name is a short form of another (``Саша`` of ``Александра``, ``Женя`` of ``Евгений``)."""
    return fold(first or "") in _full_first_names().get(fold(short or ""), ())


def find_short_forms(full: list[Name]) -> dict[Name, Name]:
    """Full names of a document whose first name is a short form of the first name of another of its
    full names with the same surname (``Саша Орлова`` beside ``Александра Орлова``): each goes to
    that name, when it is the only one."""
    out: dict[Name, Name] = {}
    for name in dict.fromkeys(full):
        whole = distinct_names([c for c in full if fold(c.last) == fold(name.last) and stands_for(name.first, c.first)])
        if len(whole) == 1:
            out[name] = whole[0]
    return out
