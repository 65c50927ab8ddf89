"""The region of a title that names no place, from the same holder's other titles of its role: ``мэр Энска …
покидающий пост мэр`` is the mayor of Энск's region, and so is ``мэр города`` in a text naming other towns."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from ...records import PositionFact

T = TypeVar("T")


def with_holders_regions(stated: list[tuple[PositionFact, T]]) -> list[tuple[PositionFact, T]]:
    """``stated`` with each row of no body, region or country given the one region the same holder's other rows of
    its role state (none where they state two, or a country abroad)."""
    regions: dict[tuple[str, str], set[str | None]] = {}
    for fact, _ in stated:
        if fact.region_code is not None or fact.country is not None:
            regions.setdefault((fact.person_id, fact.role), set()).add(fact.region_code)
    out = []
    for fact, info in stated:
        own = regions.get((fact.person_id, fact.role), set())
        if fact.region_code is None and fact.country is None and fact.org_id is None and len(own) == 1 \
                and None not in own:
            fact = replace(fact, region_code=next(iter(own)))
        out.append((fact, info))
    return out
