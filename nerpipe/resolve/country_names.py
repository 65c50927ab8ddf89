"""One body of a state named after the state under two of its names (``МИД Заречии`` and ``МИД ЗР``,
``Посольство ФРГ`` and ``Посольство Германии``): the same words before one country are one body, named as
the text first names it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..places import Gazetteer
from ..records import Span

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

_QUOTES = "«»\"“”„"
_MAX_COUNTRY_WORDS = 3


def join_country_names(resolved: dict[Span, ResolvedOrg], gazetteer: Gazetteer) -> None:
    """Every organization whose name is words before a country's name (its genitive, an abbreviation
    or another name the gazetteer knows) takes the first organization of the document named with the
    same words before the same country: ``МИД Германии`` after ``МИД ФРГ``; ``МИД Австрии`` and
    ``Посольство ФРГ`` stay apart from ``МИД ФРГ``."""
    first: dict[tuple[str, str], ResolvedOrg] = {}
    for span in sorted(resolved, key=lambda span: span.start):
        key = _country_key(resolved[span].name, gazetteer)
        if key is not None:
            resolved[span] = first.setdefault(key, resolved[span])


def _country_key(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The words before a country that ends ``name`` (lower case) and that country's name, or ``None``."""
    words = name.strip(_QUOTES).split()
    for size in range(min(_MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        place = gazetteer.lookup(" ".join(words[-size:]))
        if place is not None and place.kind == "country":
            return " ".join(w.casefold() for w in words[:-size]), place.name
    return None
