"""Surnames of Georgia written before the first name (``Натробишвили Цотне``, ``Цхведия Зураб``), as bylines and lists
of results write them, told by the surname's ending: one only such surnames have (``-швили``, ``-дзе``), whatever
pymorphy reads the words as; one first names have too (``-ия``), before a first name pymorphy knows."""

from __future__ import annotations

from ..morph import Morph, fold
from .words import known_first_name

# the endings only a Georgian surname has (``-швили``, ``-дзе``): no first name ends so
GEORGIAN_SURNAME = ("швили", "дзе")
# the endings of Georgian surnames that first names have too (``Цхведия``, ``Мария``; ``Кварелия``): a surname only
# before a first name pymorphy knows, and when it does not know the word as a first name
GEORGIAN_SHARED = ("ия", "ава", "иани", "ули", "ури")


def is_georgian_surname_first(morph: Morph, texts: list[str]) -> bool:
    """Whether two words are a Georgian surname and a first name after it (``Натробишвили Цотне``, ``Цхведия
    Зураб``; not ``Мария Анна``, two first names, nor ``Нино Ломидзе`` in its own order)."""
    if len(texts) != 2 or not all(t.replace("-", "").isalpha() and t[:1].isupper() for t in texts):
        return False
    first, second = fold(texts[0]), fold(texts[1])
    if len(first) < 6 or second.endswith(GEORGIAN_SURNAME + GEORGIAN_SHARED):
        return False
    if first.endswith(GEORGIAN_SURNAME):
        return True
    return first.endswith(GEORGIAN_SHARED) and known_first_name(morph, second) and not known_first_name(morph, first)
