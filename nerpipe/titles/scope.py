"""Where a title belongs: the country and the Russian region of its body.

A title's country is the one it states — a country, or a place of a country, named inside it
(``посол Японии в России`` → JP), a country's adjective (``израильский министр`` → IL), an
organization of a country (``МВД Грузии``); a Russian region makes it Russian. A title that states
none takes the country the document is about, when it is about one foreign country and the title is
a state's (``премьер-министр``, ``глава государства``); a regional title (``губернатор``) takes the
region the document is about, when it is about one region and no foreign country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..places import COUNTRY, Gazetteer, Place
from ..records import Span

RUSSIA = "RU"
_RUSSIA_RE = re.compile(r"(?i)\b(российской федерации|российская федерация|рф|россии|россия)\b")


@dataclass(frozen=True, slots=True)
class Scope:
    """What a document is about, when it is plainly about one place."""

    region: str | None  # the one Russian region (ISO 3166-2)
    country: str | None  # the one foreign country (ISO 3166-1 alpha-2)


def document_scope(places: dict[Span, Place | None]) -> Scope:
    """The region and the foreign country a document is about.

    A region when its mentions are at least twice those of all other regions together and no foreign
    country outweighs Russia; a foreign country when its mentions are at least twice those of all
    other countries, Russia and its places included.
    """
    regions: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for place in places.values():
        if place is None:
            continue
        if place.region_code:
            regions[place.region_code] += 1
        if place.country_code:
            countries[place.country_code] += 1
    country = _dominant(countries)
    if country == RUSSIA:
        country = None
    region = None if country else _dominant(regions)
    return Scope(region, country)


def _dominant(counts: Counter[str]) -> str | None:
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= 2 * (sum(counts.values()) - n) else None


def stated_country(places: list[Place | None], words: list[str], gazetteer: Gazetteer) -> str | None:
    """The country a phrase names: of the first place in it that has one (a Russian region counts for
    Russia), else of its first country adjective (``израильский``, ``российского``); ``РФ`` is Russia."""
    for place in places:
        if place is not None and place.country_code:
            return place.country_code
    for word in words:
        if word[:1].isalpha():
            place = gazetteer.place_of_adjective(word)
            if place is not None and place.kind == COUNTRY:
                return place.country_code
            if place is not None and place.region_code:
                return RUSSIA
    return RUSSIA if _RUSSIA_RE.search(" ".join(words)) else None


def org_country(name: str, region_code: str | None, gazetteer: Gazetteer) -> str | None:
    """The country an organization's name states (``МВД Грузии`` → GE, ``Министерство обороны
    Российской Федерации`` → RU), or Russia for an organization of a Russian region."""
    if region_code:
        return RUSSIA
    words = name.replace("«", " ").replace("»", " ").split()
    for index in range(len(words)):
        for length in (3, 2, 1):
            chunk = words[index: index + length]
            if len(chunk) < length or not chunk[0][:1].isupper():
                continue
            place = gazetteer.lookup_words(chunk)
            if place is not None and place.kind == COUNTRY:
                return place.country_code
    return stated_country([], words, gazetteer)


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
