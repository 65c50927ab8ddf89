"""One body of a state named after the state under two of its names (``МИД Заречии`` and ``МИД ЗР``,
``Посольство ФРГ`` and ``Посольство Германии``): the same words before one country are one body, named as
the text first names it."""

from __future__ import annotations

from ..places import Gazetteer
from .org_spellings import NAME_QUOTES

_MAX_COUNTRY_WORDS = 3


def country_key(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The words before a country that ends ``name`` (lower case) and that country's name, or ``None``."""
    words = name.strip(NAME_QUOTES).split()
    for size in range(min(_MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        place = gazetteer.lookup(" ".join(words[-size:]))
        if place is not None and place.kind == "country":
            return " ".join(w.casefold() for w in words[:-size]), place.name
    return None
