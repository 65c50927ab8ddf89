"""Bodies of a division only foreign states have (``Законодательное собрание провинции``, ``Полиция штата``), named
with no place: of the one foreign country whose divisions and towns the text names, as no region of Russia has such
a division, and each the document's own entity (which province's body it is, only its document tells). A remit
names no division (``комитет по сокращению штата``: :func:`.words.names_foreign_division`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...morph import Morph
from ...places import COUNTRY, RUSSIA, Place
from ...records import Span
from ..ids import local_org_id
from ..organizations import ResolvedOrg
from .words import names_foreign_division


def bodies_of_foreign_divisions(text: str, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place | None],
                                morph: Morph) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body of no region and no country whose name after its first word names a
    foreign division made of the one foreign country whose divisions and towns the text names (see the module)."""
    country = country_of_divisions(places.values())
    if country is None:
        return organizations
    return {span: replace(org, org_id=local_org_id(org.name, text), country=country)
            if org.region_code is None and org.country is None and names_foreign_division(org.name.split()[1:], morph)
            else org for span, org in organizations.items()}


def country_of_divisions(places: Iterable[Place | None]) -> str | None:
    """The one foreign country whose places below a country (a province, a town) a text names; ``None`` where it
    names none, or those of more than one."""
    countries = {place.country_code for place in places
                 if place is not None and place.country_code not in (None, RUSSIA) and place.category != COUNTRY}
    return next(iter(countries)) if len(countries) == 1 else None
