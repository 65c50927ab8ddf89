"""Stage 6: resolve mentions to entities within a document, and give them stable ids.

Ids are derived from canonical keys only (``per_`` + 12 hex digits of a SHA-1),
so the same person, organization or place gets the same id in every document,
every run and every engine, with no shared state.

Within a document, surname-only, first-name-only and initial forms resolve to
the one full name they fit (``Мантуров`` → ``Денис Мантуров``), and
abbreviations defined in the text resolve to the organization they abbreviate.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from .morph import Morph, fold
from .names import Name, parse_name
from .ner import Analysis
from .orgs import OrgLexicon, bracketed_after, is_abbreviation, is_latin_name, normalize_org, org_key, own_name
from .places import CITY_TYPES, Gazetteer, Place
from .records import (
    LOC,
    ORG,
    PER,
    LocationEntity,
    Mention,
    OrgEntity,
    PersonEntity,
    Span,
)


def make_id(prefix: str, key: str) -> str:
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def person_id(name: Name) -> str:
    return make_id("per", name.key)


def org_id_for(name: str) -> str:
    return make_id("org", org_key(name))


def location_id_for(name: str) -> str:
    return make_id("loc", fold(name))


def implied_org(name: str, abbr: str | None, region_code: str | None) -> OrgEntity:
    """An organization a document names only through a title (``министр финансов края`` → the ministry):
    it has an id like any other and no mention of its own."""
    return OrgEntity(org_id_for(name), name, abbr, (), region_code, 0)


@dataclass
class _PersonDraft:
    name: Name
    variants: list[str]
    count: int = 0


@dataclass(frozen=True, slots=True)
class ResolvedOrg:
    org_id: str
    name: str
    abbr: str | None
    region_code: str | None


@dataclass
class Resolved:
    """Per-document entities and the entity of every span."""

    mentions: list[Mention]
    persons: dict[str, PersonEntity]
    orgs: dict[str, OrgEntity]
    locations: dict[str, LocationEntity]
    entity_of: dict[Span, str]
    place_of: dict[Span, Place | None]
    main_region: str | None


# -- people ----------------------------------------------------------------------------------------


def resolve_people(analysis: Analysis, spans: list[Span], morph: Morph) -> tuple[dict[Span, Name], dict[Span, str]]:
    """The canonical name of every PER span, partial names resolved to the full name they fit."""
    names: dict[Span, Name] = {}
    for span in spans:
        if span.type != PER:
            continue
        words = [t.word() for t in analysis.tokens_in(span.start, span.end)]
        name = parse_name(words, morph)
        if name is not None and (name.first or name.last):
            names[span] = name
    full = [n for n in names.values() if n.is_full]
    by_last: dict[str, list[Name]] = defaultdict(list)
    by_first: dict[str, list[Name]] = defaultdict(list)
    for name in full:
        if name not in by_last[surname_key(name.last)]:
            by_last[surname_key(name.last)].append(name)
        if name not in by_first[fold(name.first)]:
            by_first[fold(name.first)].append(name)
    resolved: dict[Span, Name] = {}
    for span, name in names.items():
        if not name.is_full:
            target = None
            if name.last:
                written = analysis.text[span.start:span.end].split()[-1]
                candidates = _distinct([c for c in full if could_be_form(written, c.last)]
                                       or by_last.get(surname_key(name.last), []))
                if name.first:  # initials: the first letter must agree
                    candidates = [c for c in candidates if fold(c.first)[:1] == fold(name.first)[:1]]
                if len(candidates) > 1:  # Петрова beside Андрей Петров and Ольга Петрова
                    candidates = [c for c in candidates if fold(c.last) == fold(written)] or candidates
                if len(candidates) == 1:
                    target = candidates[0]
            elif name.first:
                candidates = _distinct(by_first.get(fold(name.first), []))
                if len(candidates) == 1:
                    target = candidates[0]
            if target is not None:
                name = target
        resolved[span] = name
    # the fullest form of each person (with a middle name when one mention gives it)
    best: dict[str, Name] = {}
    for name in resolved.values():
        key = name.key
        if key not in best or (name.middle and not best[key].middle):
            best[key] = name
    final = {span: best[name.key] for span, name in resolved.items()}
    ids = {span: person_id(name) for span, name in final.items()}
    return final, ids


def could_be_form(written: str, last: str) -> bool:
    """Whether a surname as written can be a case form of the surname ``last``:
    ``Текслеру`` of ``Текслер``, ``Петровой`` of ``Петрова``, ``Достоевского`` of ``Достоевский``."""
    written, last = fold(written), fold(last)
    if written == last:
        return True
    if last.endswith(("ий", "ый", "ой", "ая")):
        stem, room = last[:-2], 3
    elif last.endswith(("а", "я", "ь", "й")):
        stem, room = last[:-1], 2
    else:
        stem, room = last, 2
    return len(stem) >= 3 and written.startswith(stem) and len(written) - len(stem) <= room


def surname_key(last: str | None) -> str:
    """Surnames of a man and a woman of one family share a key: ``Ахмеева`` ~ ``Ахмеев``."""
    key = fold(last or "")
    for fem, masc in (("ская", "ский"), ("цкая", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"),
                      ("ына", "ын")):
        if key.endswith(fem):
            return key[: -len(fem)] + masc
    return key


def _distinct(names: list[Name]) -> list[Name]:
    seen = {}
    for name in names:
        seen.setdefault(name.key, name)
    return list(seen.values())


# -- organizations -----------------------------------------------------------------------------------


def resolve_orgs(
    analysis: Analysis, spans: list[Span], morph: Morph, lexicon: OrgLexicon, gazetteer: Gazetteer,
    places: dict[Span, Place], main_region: str | None = None,
) -> dict[Span, ResolvedOrg]:
    """The canonical organization of every ORG span: its own name in the nominative, or the
    dictionary's; ``правительство республики`` named after the document's main region
    when it is a republic; abbreviations and Latin names defined in brackets resolve to
    the organization before them."""
    text = analysis.text
    resolved: dict[Span, ResolvedOrg] = {}
    defined: dict[str, ResolvedOrg] = {}
    orgs = [s for s in spans if s.type == ORG]
    for span in orgs:
        surface = text[span.start:span.end]
        if surface in defined:
            continue
        words = own_name([t.word() for t in analysis.tokens_in(span.start, span.end)], lexicon)
        name = normalize_org(words, morph) or surface
        ref = lexicon.lookup(name, surface)
        abbr = None
        region = _region_inside(analysis, span, places, gazetteer)
        if ref is not None:
            name, abbr = ref.name, ref.abbr
        elif main_region and region is None:
            named = name_generic_region(name, words, main_region, gazetteer)
            if named != name:
                name, region = named, main_region
        org = ResolvedOrg(org_id_for(name), name, abbr, region)
        resolved[span] = org
        inner = bracketed_after(text, span.end)
        if inner is not None:
            candidate = text[inner[0]:inner[1]]
            if is_abbreviation(candidate):
                defined[candidate] = ResolvedOrg(org.org_id, org.name, org.abbr or candidate, org.region_code)
            elif is_latin_name(candidate):
                defined[candidate] = org
    for span in orgs:
        surface = text[span.start:span.end]
        if surface in defined:
            resolved[span] = defined[surface]
    _resolve_generic_orgs(resolved, morph)
    return resolved


def name_generic_region(name: str, words: list, code: str, gazetteer: Gazetteer) -> str:
    """``Правительство республики`` → ``Правительство Республики Коми`` when the document speaks of
    Komi: a last word ``республики``, ``области``, ``края``, ``округа`` or ``региона`` in the
    genitive stands for the main region when that region is of its kind."""
    last = words[-1] if words else None
    if last is None or not last.text[:1].islower() or last.feat.get("Case") != "Gen" \
            or last.feat.get("Number") == "Plur" or not name.endswith(last.text):
        return name
    region = gazetteer.region_by_code[code]
    kinds = gazetteer.morph.forms(last.text) & _REGION_KINDS.keys()
    if not any(_REGION_KINDS[kind] is None or region.type in _REGION_KINDS[kind] for kind in kinds):
        return name
    return name[: -len(last.text)] + gazetteer.region_genitive(code)


# generic words for a region → the types of federal subject they can stand for (None: any)
_REGION_KINDS = {
    "регион": None, "субъект": None, "республика": ("республика",), "область": ("область", "автономная область"),
    "край": ("край",), "округ": ("автономный округ",),
}


def _resolve_generic_orgs(resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """A one-word common noun (``Ассоциации``) refers to the one organization of the document
    whose name starts with that word (``Ассоциация инновационных регионов России``)."""
    full = {}
    for org in resolved.values():
        words = org.name.split()
        if len(words) > 1:
            full.setdefault(morph.lemma(words[0]), {})[org.org_id] = org
    for span, org in list(resolved.items()):
        words = org.name.split()
        if len(words) != 1 or not morph.has_gram(words[0], "NOUN") or morph.has_gram(words[0], "Geox"):
            continue
        if morph.has_gram(words[0], "Name") or morph.has_gram(words[0], "Surn") or morph.has_gram(words[0], "Orgn"):
            continue
        candidates = full.get(morph.lemma(words[0]), {})
        if len(candidates) == 1:
            resolved[span] = next(iter(candidates.values()))


def _region_inside(analysis: Analysis, span: Span, places: dict[Span, Place], gazetteer: Gazetteer) -> str | None:
    """The region of the first place inside an organization's name, or of an adjective of one."""
    for other, place in places.items():
        if span.start <= other.start and other.end <= span.end and place.region_code:
            return place.region_code
    for token in analysis.tokens_in(span.start, span.end):
        if token.pos == "ADJ":
            code = gazetteer.region_of_adjective(token.text)
            if code:
                return code
    return None


# -- places ----------------------------------------------------------------------------------------


def resolve_places(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> dict[Span, Place]:
    text = analysis.text
    out: dict[Span, Place] = {}
    for span in spans:
        if span.type != LOC:
            continue
        surface = text[span.start:span.end]
        tokens = analysis.tokens_in(span.start, span.end)
        place = gazetteer.lookup(surface)
        if place is None and len(tokens) == 1 and tokens[0].pos == "ADJ":
            place = gazetteer.place_of_adjective(surface)
        if place is None:
            place = name_unknown_place([t.word() for t in tokens], morph, gazetteer)
        if place is None:
            place = Place(surface, "other", None, None)
        out[span] = place
    return out


def name_unknown_place(words: list, morph: Morph, gazetteer: Gazetteer) -> Place | None:
    """A place the gazetteer does not know, named in the nominative: ``реки Славянки`` →
    ``река Славянка``; ``города Феникс`` → ``Феникс`` (a city); ``Гусевского городского
    округа`` → ``Гусевский городской округ`` in the subject of the town ``Гусев``."""
    from .inflect import nominative

    kind = None
    index = 0
    while index < len(words) - 1 and (words[index].text == "." or gazetteer.place_type(words[index].text)):
        kind = gazetteer.place_type(words[index].text) or kind
        index += 1
    name = " ".join(nominative(words[index:], morph, number="keep").split())
    if not name:
        return None
    if kind and kind not in CITY_TYPES:
        name = f"{kind} {name}"
    region = None
    for word in words[index:]:
        if word.pos == "ADJ" or (word.text[:1].isupper() and morph.has_gram(word.text, "ADJF")):
            region = gazetteer.region_of_town_adjective(word.text)
            if region:
                break
    return Place(name, "city" if kind in CITY_TYPES else "other", region, "RU" if region else None)


def main_region(places: dict[Span, Place]) -> str | None:
    """The federal subject a document speaks of most (cities count for their subject)."""
    counts = Counter()
    first_seen = {}
    for span, place in sorted(places.items(), key=lambda item: item[0].start):
        if place.region_code:
            counts[place.region_code] += 1
            first_seen.setdefault(place.region_code, span.start)
    if not counts:
        return None
    return max(counts, key=lambda code: (counts[code], -first_seen[code]))


# -- all together ----------------------------------------------------------------------------------


def resolve_document(analysis: Analysis, spans: list[Span], models) -> Resolved:
    text = analysis.text
    names, person_ids = resolve_people(analysis, spans, models.morph)
    places = resolve_places(analysis, spans, models.morph, models.gazetteer)
    region = main_region(places)
    orgs = resolve_orgs(analysis, spans, models.morph, models.orgs, models.gazetteer, places, region)

    mentions: list[Mention] = []
    entity_of: dict[Span, str] = {}
    person_variants: dict[str, list[str]] = defaultdict(list)
    person_counts: Counter = Counter()
    person_names: dict[str, Name] = {}
    org_variants: dict[str, list[str]] = defaultdict(list)
    org_counts: Counter = Counter()
    org_info: dict[str, ResolvedOrg] = {}
    loc_variants: dict[str, list[str]] = defaultdict(list)
    loc_counts: Counter = Counter()
    loc_info: dict[str, Place] = {}

    for span in spans:
        surface = text[span.start:span.end]
        if span.type == PER and span in names:
            name = names[span]
            pid = person_ids[span]
            entity_of[span] = pid
            person_names[pid] = name
            person_counts[pid] += 1
            if surface not in person_variants[pid]:
                person_variants[pid].append(surface)
            mentions.append(Mention(span.start, span.end, PER, surface, name.full, pid))
        elif span.type == ORG and span in orgs:
            org = orgs[span]
            entity_of[span] = org.org_id
            org_info.setdefault(org.org_id, org)
            org_counts[org.org_id] += 1
            if surface not in org_variants[org.org_id]:
                org_variants[org.org_id].append(surface)
            mentions.append(Mention(span.start, span.end, ORG, surface, org.name, org.org_id))
        elif span.type == LOC and span in places:
            place = places[span]
            lid = location_id_for(place.name)
            entity_of[span] = lid
            loc_info.setdefault(lid, place)
            loc_counts[lid] += 1
            if surface not in loc_variants[lid]:
                loc_variants[lid].append(surface)
            mentions.append(Mention(span.start, span.end, LOC, surface, place.name, lid))

    persons = {
        pid: PersonEntity(pid, name.full, name.first, name.middle, name.last, tuple(person_variants[pid]),
                          person_counts[pid])
        for pid, name in person_names.items()
    }
    org_entities = {
        oid: OrgEntity(oid, org.name, org.abbr, tuple(org_variants[oid]), org.region_code, org_counts[oid])
        for oid, org in org_info.items()
    }
    locations = {
        lid: LocationEntity(lid, place.name, place.kind, place.category, place.region_code, place.country_code,
                            tuple(loc_variants[lid]), loc_counts[lid])
        for lid, place in loc_info.items()
    }
    return Resolved(mentions, persons, org_entities, locations, entity_of, places, region)
