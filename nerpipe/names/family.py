"""A family named by its surname in the plural (``Кормиловых``, ``Лесковских``), and one of its
members' surname in a gender."""

from __future__ import annotations

import re

from ..morph import Morph, fold

# the plural of the regular families: ``Кормиловы``, ``Кормиловых``, ``Кормиловыми``,
# ``Лесковские``, ``Лесковских`` (not ``-ым``, the instrumental of one man's surname)
_FAMILY_PLURAL = re.compile(
    r"(?P<stem>.*[аеиоуыэюя].*(?:ов|ев|ин|ын))(?:ы|ых|ыми)|(?P<adj>.*[аеиоуыэюя].*[сц]к)(?:ие|их|ими)")


def family_plural(morph: Morph, word: str) -> str | None:
    """The man's surname of which a word is the plural that names a family (``Кормиловых`` →
    ``кормилов``, ``Лесковских`` → ``лесковский``), in lower case; ``None`` for other words. A word
    in ``-ины`` is one only when pymorphy knows it so (``Калины`` is the genitive of ``Калина``)."""
    lowered = fold(word)
    match = _FAMILY_PLURAL.fullmatch(lowered)
    if match is None:
        return None
    if match["adj"]:
        return match["adj"] + "ий"
    if lowered.endswith(("ины", "ыны")) and not any(
            "Surn" in p.tag and p.tag.number == "plur" for p in morph.parses(lowered)):
        return None
    return match["stem"]


def family_member(surname: str, gender: str | None) -> str:
    """A man's surname (``кормилов``, ``лесковский``) in the form of a woman's (``кормилова``,
    ``лесковская``) when ``gender`` is feminine."""
    if gender != "femn":
        return surname
    return surname[:-2] + "ая" if surname.endswith("ий") else surname + "а"
