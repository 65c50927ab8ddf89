"""The words of regions' bodies: the adjectives of levels of government and the types of region they speak of,
the nouns of a body each region has, and the first words of a body only a region has."""

from __future__ import annotations

from collections.abc import Iterable

from ...morph import Morph, fold
from ...places import FOREIGN_DIVISIONS

# adjectives of a level of government → the types of federal subject they speak of
LEVELS = {
    "областной": ("область", "автономная область"),
    "краевой": ("край",),
    "республиканский": ("республика",),
    "окружной": ("автономный округ",),
}

# nouns of a body each region has, named by a level's adjective (``краевое правительство``): with the region's
# genitive for the adjective (``Правительство Пермского края``), or, for those whose names keep the level, with
# the region's adjective before it (``Курганский областной суд``, ``Курганская областная дума``)
REGION_BODIES = frozenset({"правительство", "администрация", "собрание", "заксобрание", "парламент", "дума",
                            "суд", "прокуратура", "избирком", "палата", "комиссия", "совет"})
LEVEL_KEPT = frozenset({"суд", "дума", "совет"})
NAMED_LEVELS = frozenset(LEVELS) | {"городской"}  # levels a name with its place's genitive keeps too
# first words of a body only a region has, named with no region (``Законодательное собрание``, ``облдума``)
REGION_ONLY = frozenset({"законодательный", "курултай", "хурал"})


def names_foreign_division(words: Iterable[str], morph: Morph) -> bool:
    """Whether the words of a body's name or of a title name a division only foreign states have (``собрания
    провинции``, ``полиция штата``); not past ``по``, a remit where ``штата`` is a body's staff (``комитет по
    сокращению штата``), and not the plural a body's staff is counted by (``управление штатов и кадров``)."""
    for word in words:
        if fold(word) == "по":
            return False
        if morph.forms(word) & FOREIGN_DIVISIONS and not _plural_only(word, morph):
            return True
    return False


def _plural_only(word: str, morph: Morph) -> bool:
    """Whether every reading of a word is plural (``штатов``), as no single division's name is."""
    parses = morph.parses(word)
    return bool(parses) and all("plur" in parse.tag for parse in parses)
