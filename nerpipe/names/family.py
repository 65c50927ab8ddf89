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
    in ``-ины`` is one only when pymorphy knows it so (``Калины`` is the genitive of ``Калина``), or after
    a first name in the nominative (:func:`nominative_family`)."""
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


# one man's instrumental, or the dative plural of a family: ``Кормиловым``
_DATIVE_PLURAL = re.compile(r"(?P<stem>.*[аеиоуыэюя].*(?:ов|ев|ин|ын))ым")


def dative_family(morph: Morph, first: str, surname: str) -> str | None:
    """The man's surname of a family a word in ``-ым`` names in the dative plural, after a first name
    in the dative (``Зульфие Кормиловым``, ``Артуру Кормиловым``: one man's surname would be
    ``Кормилову``), in lower case; ``None`` when the first name may be an instrumental (``Артуром
    Кормиловым``) or the word is no such plural."""
    match = _DATIVE_PLURAL.fullmatch(fold(surname))
    if match is None or not _dative_only(morph, first):
        return None
    return match["stem"]


def _dative_only(morph: Morph, first: str) -> bool:
    """A first name pymorphy reads in the dative and in no instrumental nor nominative (``Артуру``,
    ``Ольге``); one it does not know, by a dative ending (``Зульфие``, ``Зульфии``, ``Гульнаре``)."""
    lowered = fold(first)
    names = [p for p in morph.parses(lowered) if "Name" in p.tag and "Fixd" not in p.tag and p.tag.number != "plur"]
    if not names:  # or one it reads as a name that does not decline, which is a guess
        return len(lowered) > 3 and lowered.endswith(("у", "ю", "е", "и")) and not lowered.endswith(("ое", "ее"))
    cases = {p.tag.case for p in names}
    return "datv" in cases and not cases & {"ablt", "nomn"}


def undeclined_family_form(morph: Morph, first: str, surname: str) -> bool:
    """Whether a surname in ``-ых``/``-их`` after one first name is one that does not decline
    (``Павел Поповских``, ``Еленой Седых``, ``Ивану Белых``), not a family's genitive plural: the first
    name is in the nominative, dative or instrumental, in no genitive, accusative or locative."""
    if not fold(surname).endswith(("ых", "их")):
        return False
    cases = {p.tag.case for p in morph.parses(fold(first)) if "Name" in p.tag and p.tag.number != "plur"}
    return bool(cases) and not cases & {"gent", "accs", "loct"} and cases <= {"nomn", "datv", "ablt"}


def nominative_family(morph: Morph, first: str, surname: str) -> str | None:
    """The man's surname of a family a word in ``-ины``/``-ыны`` names after a first name in the nominative
    (``Владимир Небольсины``: no genitive of ``Небольсина`` follows a nominative), in lower case; ``None``
    after a first name in another case or one pymorphy does not know (``Пьерлуиджи Маттины``)."""
    lowered = fold(surname)
    if not lowered.endswith(("ины", "ыны")) or len(lowered) < 6:
        return None
    cases = {p.tag.case for p in morph.parses(fold(first)) if "Name" in p.tag and "Fixd" not in p.tag
             and p.tag.number != "plur"}
    return lowered[:-1] if cases == {"nomn"} else None
