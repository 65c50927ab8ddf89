"""The region of a title that names no place, from the same holder's other titles of its role: ``мэр Энска …
покидающий пост мэр`` is the mayor of Энск's region, and so is ``мэр города`` of ``глава Энска`` in a text naming
other towns."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import PositionFact

if TYPE_CHECKING:
    from . import TitleInfo

# the roles of the head of a place, one role for this: ``глава Энска`` is the same post as ``мэр города``
_PLACE_HEADS = frozenset({"мэр", "глава", "градоначальник", "губернатор"})
_PLACE_HEAD = "head of a place"


def with_holders_regions(stated: list[tuple[PositionFact, TitleInfo]]) -> list[tuple[PositionFact, TitleInfo]]:
    """``stated`` with each row of no body, and of no region or country or only the document's region, given the
    one region the same holder's other rows of its role state (none where they state two, or a country abroad); a
    place's head's roles are one."""
    regions: dict[tuple[str, str], set[str | None]] = {}
    for fact, info in stated:
        if (fact.region_code is not None and not info.scoped) or fact.country is not None:
            regions.setdefault((fact.person_id, _role_of(fact)), set()).add(fact.region_code)
    out = []
    for fact, info in stated:
        own = regions.get((fact.person_id, _role_of(fact)), set())
        if (fact.region_code is None or info.scoped) and fact.country is None and fact.org_id is None \
                and len(own) == 1 and None not in own:
            fact = replace(fact, region_code=next(iter(own)))
        out.append((fact, info))
    return out


def _role_of(fact: PositionFact) -> str:
    """A row's role, one for all the heads of a place that name no body (``глава Энска``, ``мэр города``)."""
    return _PLACE_HEAD if fact.role in _PLACE_HEADS and fact.org_id is None else fact.role
