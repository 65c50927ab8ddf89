"""A full name written once with the word that tells a father from his son (``Олег Сомов-младший``) and once
without it (``Олег Сомов``): one person, when the document names no other of that name with such a word."""

from __future__ import annotations

from ..morph import fold
from ..names import Name

_GENERATIONS = ("-младший", "-старший", "-младшая", "-старшая")


def generation_forms(full: list[Name]) -> dict[Name, Name]:
    """Each full name with no such word whose first name and surname are those of the one full name of the
    document with it goes to that name (``Олег Сомов`` beside ``Олег Сомов-младший``); beside both
    ``-младший`` and ``-старший`` it stays as it is."""
    out: dict[Name, Name] = {}
    distinct = list(dict.fromkeys(full))
    for name in distinct:
        if name.middle or fold(name.last).endswith(_GENERATIONS):
            continue
        whole = [other for other in distinct if fold(other.first) == fold(name.first) and not other.middle
                 and fold(other.last).endswith(_GENERATIONS) and fold(other.last).rpartition("-")[0] == fold(name.last)]
        if len(whole) == 1:
            out[name] = whole[0]
    return out
