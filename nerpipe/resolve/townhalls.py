"""One body for a town's executive, named as its mayoralty or as its administration.

In Russian usage a town's mayoralty is its administration: ``Мэрия Твери``, ``мэрия города Твери``,
``Администрация Твери``, ``администрация г. Твери`` and ``Тверская городская администрация`` are one
body; in a town that is a federal subject (Moscow, Saint Petersburg, Sevastopol) that body is its
government, so ``Правительство Москвы`` and ``Московское правительство`` are it too. ``администрация
города`` in a text about one town is that town's. Every such naming of one town is one entity, with an
id of the town alone (the same in every document, whichever way it names the body) and the name the
document gives it most often (the first of equals).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..morph import fold
from ..place_adjectives import city_adjectives
from ..places import CITY, FEDERAL_CITY, Gazetteer, Place
from ..records import Span
from .abroad import main_town
from .ids import org_id_for
from .organizations import ResolvedOrg

_MAYORALTY = "мэрия"
_EXECUTIVES = frozenset({_MAYORALTY, "администрация"})
_GOVERNMENT = "правительство"  # the executive of a town that is a federal subject
_TOWN_WORDS = frozenset({"город", "г"})  # ``администрация города Твери``, ``мэрия г. Твери``


def join_town_halls(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                    gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with every naming of a town's executive (see the module) made one entity per town."""
    towns: dict[str, tuple[Place, str]] = {}
    for org in organizations.values():
        if (found := executive_of_town(org, gazetteer)) is not None:
            towns[org.org_id] = found
    main = main_town(places, gazetteer)
    named = {place for place, _ in towns.values()} | ({main} if main is not None else set())
    for org in organizations.values():
        if org.org_id not in towns and (found := executive_of_named_town(org, named, main, gazetteer)):
            towns[org.org_id] = found
    if not towns:
        return organizations
    ordered = [organizations[span] for span in sorted(organizations, key=lambda span: span.start)]
    joined = {key: _joined(ordered, towns, place, key) for place, key in towns.values()}
    return {span: joined[towns[org.org_id][1]] if org.org_id in towns else org
            for span, org in organizations.items()}


def _joined(ordered: list[ResolvedOrg], towns: dict[str, tuple[Place, str]], place: Place,
            key: str) -> ResolvedOrg:
    """The entity of a town's executive: named as the document names it most often (``ordered`` by where
    each naming starts), the first of equals, of the namings that name the town; by ``key`` where none does
    (``администрации города`` alone → ``Администрация Твери``)."""
    namings = [org for org in ordered if towns.get(org.org_id, (None, None))[1] == key]
    abbr = next((other.abbr for other in namings if other.abbr), None)
    naming = [org for org in namings if _names_town(org.name)]
    if not naming:
        org = namings[0]
        return replace(org, org_id=org_id_for(key), name=key, abbr=abbr, region_code=place.region_code,
                       country=place.country_code)
    counts = Counter(org.name for org in naming)
    best = max(counts.values())
    org = next(org for org in naming if counts[org.name] == best)
    return replace(org, org_id=org_id_for(key), abbr=abbr, region_code=place.region_code, country=place.country_code)


def _names_town(name: str) -> bool:
    """Whether an executive's name names its town (``Администрация Твери``, ``Тверская городская администрация``),
    not only the town's word (``Администрация города``)."""
    words = name.split()
    return any(word[:1].isupper() for word in words[1:]) or not fold(words[0]).startswith(_EXECUTIVE_STEMS)


_EXECUTIVE_STEMS = ("администрац", "мэри", "правительств")  # an executive's noun in any case


def executive_of_town(org: ResolvedOrg, gazetteer: Gazetteer) -> tuple[Place, str] | None:
    """The town whose executive ``org`` names by the town's genitive, and the name that keys it
    (``Администрация Твери``, ``Правительство Москвы``); ``None`` for any other body (``Администрация
    Тверской области``, ``Администрация Президента``, ``Правительство Твери``: only a federal city's)."""
    morph = gazetteer.morph
    words = org.name.split()
    if len(words) < 2:
        return None
    head, rest = morph.lemma(words[0]), words[1:]
    if len(rest) > 1 and (morph.lemma(rest[0]) in _TOWN_WORDS or fold(rest[0]).rstrip(".") in _TOWN_WORDS):
        rest = rest[1:]
    if head not in _EXECUTIVES | {_GOVERNMENT} or not rest[0][:1].isupper():
        return None
    place = gazetteer.lookup(" ".join(rest))
    if place is None or org.region_code not in (None, place.region_code) \
            or org.country not in (None, place.country_code):
        return None
    return _keyed(place, head, gazetteer)


def executive_of_named_town(org: ResolvedOrg, towns: set[Place], main: Place | None,
                            gazetteer: Gazetteer) -> tuple[Place, str] | None:
    """The town of ``towns`` whose executive ``org`` names by the town's adjective (``Тверская городская
    администрация``, ``тверская мэрия``, ``Московское правительство``), or the ``main`` town of a text whose
    executive it names as the town's (``администрация города``); a mayoralty named by the adjective of a
    region's capital, that town's (``омская мэрия``), named in the text or not; ``None`` for any other body."""
    morph = gazetteer.morph
    words = org.name.split()
    if len(words) < 2:
        return None
    head = morph.lemma(words[-1])
    if len(words) == 2 and morph.lemma(words[0]) in _EXECUTIVES and morph.lemma(words[1]) == "город" \
            and words[1][:1].islower():
        return _keyed(main, morph.lemma(words[0]), gazetteer) if main is not None else None
    if head not in _EXECUTIVES | {_GOVERNMENT} or len(words) > 3 \
            or len(words) == 3 and morph.lemma(words[1]) != "городской":
        return None
    federal = federal_city_of_adjective(words[0], gazetteer)
    candidates = towns | ({federal} if federal else set())
    if len(words) == 2 and head == _MAYORALTY:
        candidates |= regional_capitals(gazetteer)  # ``омская мэрия``: only a town has one
    found = [town for town in candidates if town_adjective(words[0], town, gazetteer)
             and org.region_code in (None, town.region_code) and org.country in (None, town.country_code)]
    regular = [town for town in found if morph.lemma(words[0]) in city_adjectives(town.name)]
    found = regular or found
    if len(found) != 1 or len(words) == 2 and head == "администрация" and found[0].kind == CITY:
        return None  # ``тверская администрация``: the region's or the town's
    return _keyed(found[0], head, gazetteer)


def regional_capitals(gazetteer: Gazetteer) -> set[Place]:
    """The administrative centres of Russia's federal subjects but the federal cities (named as regions, see
    :func:`federal_city_of_adjective`), as towns of the gazetteer."""
    capitals = (gazetteer.lookup_words([region.capital], category="city") for region in gazetteer.regions
                if region.type != FEDERAL_CITY)
    return {town for town in capitals if town is not None and town.kind == CITY}


def federal_city_of_adjective(word: str, gazetteer: Gazetteer) -> Place | None:
    """The federal city an adjective is made from (``московское``, ``петербургское``, ``питерское``), named
    as the town; ``None`` for any other adjective, and for one of a capital as such (``столичное``)."""
    code = gazetteer.region_of_adjective(word)
    region = gazetteer.region_by_code.get(code) if code else None
    if region is None or region.type != FEDERAL_CITY:
        return None
    lemma = gazetteer.morph.lemma(word)
    if not any(lemma.startswith(fold(name)[:4]) for name in (region.name, *region.aliases)):
        return None
    return gazetteer.lookup(region.name)


def _keyed(place: Place, head: str, gazetteer: Gazetteer) -> tuple[Place, str] | None:
    """``place`` and the name that keys its executive, for a town's executive named by ``head``."""
    region = gazetteer.region_by_code.get(place.region_code) if place.region_code else None
    federal = region is not None and region.type == FEDERAL_CITY and place.name == region.name
    if not federal and (head == _GOVERNMENT or place.category not in ("city", "foreign_city")):
        return None
    body = "Правительство" if federal else "Администрация"
    return place, f"{body} {gazetteer.genitive(place.name)}"


def town_adjective(word: str, town: Place, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is the adjective of a Russian town: its regular one (``омская``), the region's
    adjective of a town that is a region (``московская``), or an adjective that opens as the town's name
    does but for its last vowel (``сочинская``, ``казанская``)."""
    morph = gazetteer.morph
    lemma = morph.lemma(word)
    region = gazetteer.region_by_code.get(town.region_code)
    if region is not None and town.name == region.name == region.capital:  # a town that is a region (``Москва``)
        return gazetteer.region_of_adjective(word) == town.region_code
    if town.kind != CITY:
        return False
    if lemma in city_adjectives(town.name):
        return True
    stem = town.name.lower().rstrip("аяоеиыь")
    return len(stem) >= 3 and " " not in stem and morph.has_gram(word, "ADJF") and lemma.startswith(stem[:4])
