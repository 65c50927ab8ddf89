"""A district's body named with no district (``Администрация района``, ``районная дума``), in a text that names
one district: that district's.

A news item of a district's own paper or site names its district once (``Советского района``) and its bodies
by the word ``района`` or the adjective ``районный`` alone. Where the text names exactly one district (a place
of an adjective and ``район``), ``Администрация района`` is ``Администрация Советского района`` and ``Районная
дума`` is ``Дума Советского района``, of the district's region; in a text naming no district, or two, the body
stays as written.
"""

from __future__ import annotations

from ..places import RUSSIA, Gazetteer, Place
from ..records import Span
from .ids import org_id_for
from .locations import DISTRICT_LEVEL_WORDS, Scope
from .organizations import ResolvedOrg
from .regional import without_level

_DISTRICT = "район"
_DISTRICT_LEVEL = "районный"
# nouns of a district's bodies named by ``районный`` (``районной администрации``, ``Районная дума``)
_DISTRICT_BODIES = frozenset({"администрация", "дума", "совет", "собрание", "прокуратура"})


def bodies_of_district(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                       gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each district body named with no district made the one district's the text
    names (see the module)."""
    districts = _districts(places, gazetteer)
    organizations = _named_by_district_adjective(organizations, places, districts, gazetteer)
    district = _one_district(districts, gazetteer)
    if district is None:
        return organizations
    genitive = gazetteer.genitive(district.name)
    region = district.region_code if _region_stated(district.region_code, places) else None
    out = dict(organizations)
    for span, org in organizations.items():
        body = _district_body(org, gazetteer)
        if body is not None:
            name = f"{body} {genitive}"
            out[span] = ResolvedOrg(org_id_for(name), name, None, region, district.country_code or org.country)
    return out


def _region_stated(region: str | None, places: dict[Span, Place]) -> bool:
    """Whether a text names its district's region by a region or a town of it, not only by the district's own
    adjective (``Ростовского района`` alone says nothing of Rostov Oblast: that district is Yaroslavl Oblast's)."""
    return region is not None and any(place is not None and place.region_code == region
                                      and place.category in ("federal_subject", "city") for place in places.values())


def _one_district(districts: list[Place], gazetteer: Gazetteer) -> Place | None:
    """The one district of the ``districts`` a text names (``Советский район``), or ``None`` when it names none or
    several; a district named with and without ``муниципальный`` (``Советский муниципальный район``) is one, named
    by its shorter name."""
    return districts[0] if len({gazetteer.morph.lemma(d.name.split()[0]) for d in districts}) == 1 else None


def _districts(places: dict[Span, Place], gazetteer: Gazetteer) -> list[Place]:
    """The districts a text names (an adjective and ``район``), the shortest names first."""
    morph = gazetteer.morph
    found = {place.name: place for place in places.values()
             if place is not None and len(words := place.name.split()) >= 2
             and morph.lemma(words[-1]) == _DISTRICT and morph.has_gram(words[0], "ADJF")}
    return sorted(found.values(), key=lambda place: (len(place.name.split()), place.name))


def _named_by_district_adjective(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                                 districts: list[Place], gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body given a region by the adjective of a district the text names in
    another region (``команды Смоленского`` beside ``Смоленского района`` of the Altai Krai, not of
    Smolensk Oblast) and that names no level of region, made of the district's region (``districts``: the text's,
    :func:`_districts`)."""
    morph = gazetteer.morph
    by_adjective = {morph.lemma(d.name.split()[0]): d for d in districts
                    if d.region_code and d.country_code in (None, RUSSIA)}
    regions_named = {place.region_code for place in places.values()
                     if place is not None and place.category == "federal_subject"}
    out = dict(organizations)
    for span, org in organizations.items():
        words = org.name.split()
        if not org.region_code or org.region_code in regions_named or org.country not in (None, RUSSIA) \
                or any(morph.lemma(w) in _REGION_LEVELS for w in words):
            continue
        district = next((by_adjective[lemma] for w in words if (lemma := morph.lemma(w)) in by_adjective
                         and gazetteer.region_of_adjective(w) == org.region_code), None)
        if district is not None and district.region_code != org.region_code:
            out[span] = ResolvedOrg(org_id_for(f"{org.name} {district.region_code}"), org.name, org.abbr,
                                    district.region_code, org.country)
    return out


# nouns of a region's level: a body named with one is the region's (``Смоленской области``)
_REGION_LEVELS = frozenset({"область", "край", "республика", "округ", "район"})


def _district_body(org: ResolvedOrg, gazetteer: Gazetteer) -> str | None:
    """The name without its district's word of a body named by ``района`` after it (``Администрация района`` →
    ``Администрация``) or by ``районный`` before its noun (``Районная дума`` → ``Дума``), of no region;
    ``None`` for any other."""
    words = org.name.split()
    morph = gazetteer.morph
    if org.region_code or org.country not in (None, RUSSIA) or len(words) != 2:
        return None
    if words[1].lower() == "района" and morph.lemma(words[0]) in _DISTRICT_BODIES:
        return words[0]
    if morph.lemma(words[0]) == _DISTRICT_LEVEL and morph.lemma(words[1]) in _DISTRICT_BODIES:
        return without_level(words)
    return None


def district_bodies_of_scope(organizations: dict[Span, ResolvedOrg], scope: Scope,
                             gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body of a district named by its adjective (``Кировский райсуд``,
    ``Ленинский районный суд``) and of no region made of the one region the text is about: the adjective
    names a district of that region's towns, not the town or region it is also the adjective of
    (:func:`.locations.placing_tokens`); in a text about no one region it stays of none."""
    if scope.region is None:
        return organizations
    out = dict(organizations)
    for span, org in organizations.items():
        if org.region_code is None and org.country in (None, RUSSIA) and _named_by_district(org.name, gazetteer):
            out[span] = ResolvedOrg(org_id_for(f"{org.name} {scope.region}"), org.name, org.abbr, scope.region,
                                    RUSSIA)
    return out


# a district's bodies of state a district adjective names (``Кировский районный суд``, ``Кировский райсуд``),
# unlike its institutions, which a district of another region may have as well (``районная больница``)
_STATE_BODIES = frozenset({"суд", "администрация", "совет", "дума", "собрание", "прокуратура", "отдел"})


def _named_by_district(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a capitalised adjective before a district's body of state (``Кировский районный суд``,
    ``Кировский райсуд``)."""
    words = name.split()
    morph = gazetteer.morph
    if len(words) < 2 or not words[0][:1].isupper() or not morph.has_gram(words[0], "ADJF") \
            or morph.lemma(words[1]) not in DISTRICT_LEVEL_WORDS:
        return False
    return len(words) == 2 and not morph.has_gram(words[1], "ADJF") \
        or len(words) == 3 and morph.lemma(words[2]) in _STATE_BODIES
