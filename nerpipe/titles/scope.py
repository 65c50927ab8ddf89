"""The country a title states.

A title's country is the one it states — a country, or a place of a country, named inside it
(``посол Японии в России`` → JP), a country's or a region's adjective (``израильский министр`` →
IL), ``РФ``; else the country resolve gives its organization (:mod:`nerpipe.resolve`); else, for
a state's title, the foreign country the document is about (``Resolved.scope``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..places import RUSSIA, Gazetteer, Place
from ..resolve.abroad import is_russian


def stated_country(places: Iterable[Place | None], tokens: list, gazetteer: Gazetteer) -> str | None:
    """The country a phrase names (:meth:`Gazetteer.country_named_in`: a place, or a country's or a
    federal subject's adjective); ``РФ`` and ``России`` written inside another name are Russia."""
    found = gazetteer.country_named_in(places, tokens)
    if found is None and is_russian(" ".join(t.text for t in tokens)):
        return RUSSIA
    return found
