"""The country a title states, and the foreign counterpart of a Russian body.

A title's country is the one it states — a country, or a place of a country, named inside it
(``посол Японии в России`` → JP), a country's or a region's adjective (``израильский министр`` →
IL), ``РФ``; else the country resolve gives its organization (:mod:`nerpipe.resolve`); else, for
a state's title, the foreign country the document is about (``Resolved.scope``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..places import RUSSIA, Gazetteer, Place

_RUSSIA_RE = re.compile(r"(?i)\b(российской федерации|российская федерация|рф|россии|россия)\b")


def stated_country(places: Iterable[Place | None], tokens: list, gazetteer: Gazetteer) -> str | None:
    """The country a phrase names (:meth:`Gazetteer.country_named_in`: a place, or a country's or a
    federal subject's adjective); ``РФ`` and ``России`` written inside another name are Russia."""
    found = gazetteer.country_named_in(places, tokens)
    if found is None and is_russian(" ".join(t.text for t in tokens)):
        return RUSSIA
    return found


def is_russian(name: str) -> bool:
    """Whether an organization's name says it is Russia's (``… Российской Федерации``, ``МВД России``)."""
    return bool(_RUSSIA_RE.search(name))


def without_russia(name: str) -> str:
    """An organization's name with Russia left out: ``Министерство обороны Российской Федерации`` →
    ``Министерство обороны`` (the name a foreign counterpart shares)."""
    return " ".join(_RUSSIA_RE.sub(" ", name).split())


def foreign_counterpart(name: str, country: str, gazetteer: Gazetteer) -> str:
    """The same body of another country: ``Министерство обороны Российской Федерации`` and IL →
    ``Министерство обороны Израиля``."""
    country_name = gazetteer.country_names.get(country)
    return f"{without_russia(name)} {gazetteer.genitive(country_name) if country_name else country}"
