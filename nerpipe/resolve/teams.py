"""A national team named without its country (``молодёжная сборная``, ``Сборная``) after the text names it with
its country (``Молодёжная сборная Заморья по хоккею``): that team, of that country. A bare team whose words open the
names of teams of two countries (``сборная`` beside ``сборная Заморья`` and ``сборная Заречья``) stays as it is."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, fold
from ..records import Span
from .organizations import ResolvedOrg

_TEAM = "сборная"  # a national team, lemma


def join_bare_teams(organizations: dict[Span, ResolvedOrg], morph: Morph) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each national team named without a country made the one team with a country whose
    name its words open, where it has no other country (see the module); of that country alone where several teams
    of one country are so named."""
    bare = {span: org for span, org in organizations.items() if _bare_team(org, morph)}
    if not bare:
        return organizations
    named = {org.org_id: org for org in organizations.values() if org.country is not None}
    out = dict(organizations)
    for span, org in bare.items():
        words = _folded(org.name)
        fits = [other for other in named.values()
                if other.org_id != org.org_id and _folded(other.name)[:len(words)] == words]
        countries = {other.country for other in fits}
        if len(fits) == 1 and org.country in (None, fits[0].country):
            out[span] = fits[0]
        elif len(countries) == 1 and org.country is None:
            out[span] = replace(org, country=countries.pop())
    return out


def _bare_team(org: ResolvedOrg, morph: Morph) -> bool:
    """A team of no region whose name ends in ``сборная`` (``Молодёжная сборная``)."""
    words = org.name.split()
    return org.region_code is None and bool(words) and morph.lemma(words[-1]) == _TEAM


def _folded(name: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in name.split())
