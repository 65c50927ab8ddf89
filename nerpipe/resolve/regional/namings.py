"""One body for a region's or town's body named in one text by its noun and the place's genitive (``Дума Пермского
края``) and by the place's adjective, its level's and its noun (``Пермская краевая дума``), and its noun alone after
both (``Думы``)."""

from __future__ import annotations

from dataclasses import replace

from ...places import CITY, FEDERAL_SUBJECT, RUSSIA, Gazetteer, Place
from ...records import Span
from ..organizations import ResolvedOrg
from ..townhalls import town_adjective
from .words import LEVEL_KEPT, LEVELS, NAMED_LEVELS, REGION_BODIES


def join_place_namings(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                       gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """One body for a region's or town's body named in one text by its noun and the place's genitive
    (``Дума Пермского края``, ``Администрации Твери``) and by the place's adjective, its level's and its noun
    (``Пермская краевая дума``, ``Тверской городской администрации``): named as a body of its noun is named
    elsewhere (the adjectives kept for ``дума`` and ``суд``: ``Пермская краевая дума``; else the genitive:
    ``Администрация Твери``)."""
    morph = gazetteer.morph
    by_genitive: dict[tuple, ResolvedOrg] = {}
    for span, org in organizations.items():
        inside = [place for other, place in places.items() if span.contains(other) and other != span]
        key = _genitive_key(org, inside, gazetteer)
        if key is not None:
            by_genitive.setdefault(key, org)
    if not by_genitive:
        return organizations
    out = dict(organizations)
    joined: set[str] = set()
    for org in organizations.values():
        for key, named in by_genitive.items():
            if named.org_id != org.org_id and _adjective_names(org, key, gazetteer):
                kept = org if morph.lemma(key[2][-1]) in LEVEL_KEPT else named
                kept = replace(kept, region_code=named.region_code, country=named.country)
                joined.add(kept.org_id)
                for other, same in organizations.items():
                    if same.org_id in (org.org_id, named.org_id):
                        out[other] = kept
    return _lone_nouns(out, joined, morph)


def _lone_nouns(organizations: dict[Span, ResolvedOrg], joined: set[str], morph) -> dict[Span, ResolvedOrg]:
    """A body named by its noun alone (``Думы``), of no place, in a text where one body has that noun and it is
    one that was named in two ways (:func:`join_place_namings`): that body."""
    by_noun: dict[str, set[str]] = {}
    for org in organizations.values():
        words = org.name.split()
        for word in words if len(words) > 1 else ():
            if morph.lemma(word) in REGION_BODIES:
                by_noun.setdefault(morph.lemma(word), set()).add(org.org_id)
    by_id = {org.org_id: org for org in organizations.values()}
    out = dict(organizations)
    for span, org in organizations.items():
        ids = by_noun.get(morph.lemma(org.name), set()) if " " not in org.name and not org.region_code else set()
        if len(ids) == 1 and ids <= joined:
            out[span] = by_id[next(iter(ids))]
    return out


def _genitive_key(org: ResolvedOrg, inside: list[Place], gazetteer: Gazetteer) -> tuple | None:
    """``(region, place, body's lemmas)`` of a body of a Russian region or town named by its noun and the
    place's genitive (``Дума Пермского края``); ``None`` for any other name."""
    if not org.region_code or org.country not in (None, RUSSIA) or len(inside) != 1:
        return None
    place = inside[0]
    if place.kind not in (FEDERAL_SUBJECT, CITY) or place.region_code != org.region_code:
        return None
    genitive = f" {gazetteer.genitive(place.name)}"
    body = org.name[: -len(genitive)].split() if org.name.endswith(genitive) else []
    morph = gazetteer.morph
    if not body or morph.lemma(body[-1]) not in REGION_BODIES:
        return None
    return org.region_code, place, tuple(morph.lemma(word) for word in body)


def _adjective_names(org: ResolvedOrg, key: tuple, gazetteer: Gazetteer) -> bool:
    """Whether ``org`` is named by the adjective of ``key``'s place, its level's adjective and the same body's
    words (``Пермская краевая дума`` for ``Дума Пермского края``, ``Московская городская дума`` for ``Дума
    Москвы``)."""
    region, place, body = key
    words = org.name.split()
    if org.region_code not in (None, region) or org.country not in (None, RUSSIA) or not 0 < len(words) - len(body) < 3:
        return False
    lemmas = tuple(gazetteer.morph.lemma(word) for word in words)  # the level in both: ``Городская дума Омска``
    in_both = len(words) == len(body) + 1 and lemmas[1:] == body and body[0] in NAMED_LEVELS
    if not (len(words) == len(body) + 2 and lemmas[2:] == body or in_both):
        return False
    level = body[0] if in_both else lemmas[1]
    if level == "городской":
        return town_adjective(words[0], place, gazetteer)
    if place.kind == FEDERAL_SUBJECT:
        region_type = gazetteer.region_by_code[region].type
        return region_type in LEVELS.get(level, ()) and gazetteer.region_of_adjective(words[0]) == region
    return False
