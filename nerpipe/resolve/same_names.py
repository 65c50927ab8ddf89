"""One body per name in a document: the mentions of a company or an agency its document names alike — in
capitals in a headline and in lower case after it (``KEDRON`` / ``Kedron``), with and without a Latin legal form
after it (``Kedron Plc`` / ``Kedron``), once with a country's adjective and once without (``китайской Kedron``
/ ``компании Kedron``) — are one body, the one of a country where any of them has one."""

from __future__ import annotations

import re

from ..morph import fold
from ..orgs import DIPLOMATIC_BODIES, LATIN_LEGAL_FORMS, is_latin_name, org_key
from ..records import Span
from .organizations import ResolvedOrg

# legal forms written after a Latin name, and ``Group`` (``Kedron Plc``, ``Kedron Co. Ltd.``, ``Kedron Group``)
_LATIN_LEGAL = re.compile(rf"(?:[\s,]+(?:{'|'.join(sorted(LATIN_LEGAL_FORMS | {'group'}))})\.?)+$", re.IGNORECASE)


def join_same_names(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the bodies of one Latin or quoted name made one (:func:`join_named_alike`), and a
    country's mission named without its host place the one the text names with it (:func:`join_missions`)."""
    return join_missions(join_named_alike(organizations))


def join_named_alike(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the bodies of one name (:func:`name_key`) made one: the one with a country
    (and most mentions), where no two of them have two countries or two regions. Only names that are
    no words of the language join (Latin names, quoted names, words of no dictionary): ``Парламент`` of one
    country and ``Парламент`` of none may be two bodies."""
    groups: dict[str, dict[str, list[ResolvedOrg]]] = {}
    for org in organizations.values():
        key = name_key(org.name)
        if key is not None:
            groups.setdefault(key, {}).setdefault(org.org_id, []).append(org)
    chosen: dict[str, ResolvedOrg] = {}
    for bodies in groups.values():
        if len(bodies) < 2:
            continue
        countries = {orgs[0].country for orgs in bodies.values()} - {None}
        regions = {orgs[0].region_code for orgs in bodies.values()} - {None}
        if len(countries) > 1 or len(regions) > 1:
            continue
        target = max(bodies.values(), key=lambda orgs: (orgs[0].country is not None,
                                                         orgs[0].abbr is not None, len(orgs)))[0]
        for org_id in bodies:
            chosen[org_id] = target
    if not chosen:
        return organizations
    return {span: chosen.get(org.org_id, org) for span, org in organizations.items()}


def name_key(name: str) -> str | None:
    """The key of a name whose bodies join (see the module), or ``None`` for a name of words of the language:
    a Latin name without a legal form after it, case-blind (``Kedron Plc`` → ``kedron``), or a name in quotes."""
    if is_latin_name(name):
        bare = _LATIN_LEGAL.sub("", name).strip(" .,")
        return fold(bare) or None
    if any(quote in name for quote in "«\""):
        return org_key(name)
    return None


# the first words of the names of a country's missions abroad, and the compounds spelled out as full names have them
_MISSION_WORDS = DIPLOMATIC_BODIES | {"генеральное"}
_SPELLED_OUT = {"генконсульство": "генеральное консульство"}
# a host place after a mission's name (``Посольство США в Москве``)
_HOST = re.compile(r"\s+во?\s+\S.*$")


def join_missions(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """``organizations`` with a country's mission named without its host place (``посольства Заречья``, ``заречного
    генконсульства``) made the one mission of its kind and country the text names with one (``посольства Заречья в
    Лиме``, ``Генерального консульства Заречья в Казани``); where the text names two (``… в Москве`` and
    ``… в Киеве``), the one without a place stays apart."""
    placed: dict[str, dict[str, ResolvedOrg]] = {}
    for org in organizations.values():
        key = _mission_key(org.name)
        if key is not None and _HOST.search(org.name):
            placed.setdefault(key, {})[org.org_id] = org
    if not placed:
        return organizations
    out = dict(organizations)
    for span, org in organizations.items():
        key = _mission_key(org.name)
        hosts = placed.get(key, {}) if key is not None and not _HOST.search(org.name) else {}
        if len(hosts) == 1:
            out[span] = next(iter(hosts.values()))
    return out


def _mission_key(name: str) -> str | None:
    """A mission's kind and country without its host place (``Генконсульство Заречья в Казани`` →
    ``генеральное консульство заречья``), or ``None`` for a name of no mission."""
    words = fold(_HOST.sub("", name)).split()
    if not words or words[0] not in _MISSION_WORDS or len(words) < 2:
        return None
    return org_key(" ".join([_SPELLED_OUT.get(words[0], words[0]), *words[1:]]))
