"""A region's department or agency named by its noun and remit alone, in a text about one region: that region's.

Russia's federal agencies are named with ``Федеральное`` (``Федеральное агентство по делам молодёжи``) or
by their short names (``Росмолодёжь``), and a ministry's department inside the ministry's name; a region's
executive has agencies and departments named by the noun and the remit alone (``Агентство по делам
молодёжи``, ``департамент молодёжной политики``). In a text about one region that names it as a region
(:func:`nerpipe.resolve.regional.region_named`), names no other region (a federal city aside) nor a federal
district, and names no town's executive (a mayoralty has departments too), such a body of no place or
country is that region's: ``Департамент молодёжной политики Тюменской области``.
"""

from __future__ import annotations

import re

from ..ner import Analysis
from ..places import FEDERAL_DISTRICT, FEDERAL_SUBJECT, RUSSIA, Gazetteer, Place
from ..records import Span
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg
from .regional import region_named
from .townhalls import executive_of_town

# nouns of a region's executive offices that Russia's federal offices are never named by alone
_OFFICES = frozenset({"департамент", "агентство"})
_REMIT_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*,?")  # ``культуры,``, ``научно-технической``


def offices_of_region(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                      scope: Scope, gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each department or agency named by its noun and remit alone made the one
    region's the text is about (see the module); one right before another body is that body's (``Департамента
    промышленной политики`` + ``Минпромторга России``)."""
    if not region_named(places, scope, gazetteer) or _other_offices_named(places, scope, gazetteer) \
            or any(executive_of_town(org, gazetteer) is not None for org in organizations.values()):
        return organizations
    genitive = gazetteer.region_genitive(scope.region)
    out = dict(organizations)
    for span, org in organizations.items():
        if _remit_alone(org, gazetteer) and not _before_a_body(analysis, span, organizations):
            name = f"{org.name} {genitive}"
            out[span] = ResolvedOrg(org_id_for(name), name, None, scope.region, RUSSIA)
    return out


def _other_offices_named(places: dict[Span, Place], scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether a text names another region (not a federal city, which a text names as a town) or a federal
    district, whose offices its departments may be (``занимал пост главы департамента`` in another region, a
    department of a plenipotentiary's office in a federal district)."""
    for place in places.values():
        if place is None or place.category == FEDERAL_DISTRICT:
            return place is not None
        if place.category == FEDERAL_SUBJECT and place.region_code != scope.region \
                and gazetteer.subject_not_city(place.region_code):
            return True
    return False


def _before_a_body(analysis: Analysis, span: Span, organizations: dict[Span, ResolvedOrg]) -> bool:
    """Whether another organization's span follows ``span`` with nothing but spaces between (its parent body)."""
    return any(other.start >= span.end and not analysis.text[span.end:other.start].strip()
               for other in organizations if other != span)


def _remit_alone(org: ResolvedOrg, gazetteer: Gazetteer) -> bool:
    """Whether a body is named by an office's noun and its remit in lower-case words (``Агентство по делам
    молодёжи``), of no place, country or abbreviation of its own."""
    words = org.name.split()
    return len(words) >= 2 and org.region_code is None and org.country is None and org.abbr is None \
        and gazetteer.morph.lemma(words[0]) in _OFFICES \
        and all(_REMIT_WORD.fullmatch(word) for word in words[1:])
