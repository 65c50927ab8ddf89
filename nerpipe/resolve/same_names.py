"""One body per name in a document: the mentions of a company or an agency its document names alike — in
capitals in a headline and in lower case after it (``KEDRON`` / ``Kedron``), with and without a Latin legal form
after it (``Kedron Plc`` / ``Kedron``), once with a country's adjective and once without (``китайской Kedron``
/ ``компании Kedron``) — are one body, the one of a country where any of them has one."""

from __future__ import annotations

import re

from ..morph import fold
from ..orgs import is_latin_name, org_key
from ..records import Span
from .organizations import ResolvedOrg

# legal forms written after a Latin name (``Kedron Plc``, ``Kedron Co. Ltd.``)
_LATIN_LEGAL = re.compile(r"(?:[\s,]+(?:plc|inc|corp|co|ltd|llc|ag|sa|se|nv|gmbh|group)\.?)+$", re.IGNORECASE)


def join_same_names(organizations: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
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
