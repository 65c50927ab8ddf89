"""The region of a title that names no place, from the same holder's present titles of its role: ``мэр Энска …
покидающий пост мэр`` is the mayor of Энск's region, and so is ``мэр города`` of ``глава Энска`` in a text naming
other towns; a post held before (``был губернатором Тверской области``) and the head of another kind of place
(a region's for a town's) say nothing of it. And the country of a title that names no body nor place, from the
holder's other rows: ``министр иностранных дел Заморья … до этого глава президентской администрации`` is
Заморье's, when every other row of the holder that states a body or a place states that one foreign country."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import PositionFact

if TYPE_CHECKING:
    from . import TitleInfo

# the roles of the head of a place that names no body, by the kind of place: ``мэр города`` is a town's,
# ``губернатор`` a region's; ``глава`` (:data:`_EITHER_HEAD`) is either, the one the holder's other heads' rows are
_TOWN_HEADS = frozenset({"мэр", "градоначальник"})
_REGION_HEADS = frozenset({"губернатор"})
_EITHER_HEAD = "глава"
_TOWN_HEAD, _REGION_HEAD = "head of a town", "head of a region"


def with_holders_regions(stated: list[tuple[PositionFact, TitleInfo]]) -> list[tuple[PositionFact, TitleInfo]]:
    """``stated`` with each row of no body, and of no region or country or only the document's region, given the
    one region the same holder's other present rows of its role state (none where they state two, or a country
    abroad); a town's heads' roles are one, and ``глава`` is one with them or with a region's head."""
    heads = _heads_of_holders(stated)
    regions: dict[tuple[str, str], set[str | None]] = {}
    for fact, info in stated:
        if fact.former:
            continue  # "был губернатором Тверской области": not the place of the post held now
        if (fact.region_code is not None and not info.scoped) or fact.country is not None:
            regions.setdefault((fact.person_id, _role_of(fact, heads)), set()).add(fact.region_code)
    out = []
    for fact, info in stated:
        own = regions.get((fact.person_id, _role_of(fact, heads)), set())
        if (fact.region_code is None or info.scoped) and fact.country is None and fact.org_id is None \
                and len(own) == 1 and None not in own:
            fact = replace(fact, region_code=next(iter(own)))
        out.append((fact, info))
    return out


def _heads_of_holders(stated: list[tuple[PositionFact, TitleInfo]]) -> dict[str, set[str]]:
    """The kinds of place (a town's, a region's) each holder's present heads' rows of no body name, by person."""
    out: dict[str, set[str]] = {}
    for fact, _ in stated:
        if not fact.former and fact.org_id is None and fact.role in _TOWN_HEADS | _REGION_HEADS:
            out.setdefault(fact.person_id, set()).add(_TOWN_HEAD if fact.role in _TOWN_HEADS else _REGION_HEAD)
    return out


def _role_of(fact: PositionFact, heads: dict[str, set[str]]) -> str:
    """A row's role, one for the heads of a kind of place that name no body (``мэр``, ``градоначальник``), and
    ``глава`` of no body the one kind of head its holder's other rows are (``глава Энска`` … ``мэр города``)."""
    if fact.org_id is not None:
        return fact.role
    if fact.role in _TOWN_HEADS:
        return _TOWN_HEAD
    if fact.role in _REGION_HEADS:
        return _REGION_HEAD
    kinds = heads.get(fact.person_id, set())
    return next(iter(kinds)) if fact.role == _EITHER_HEAD and len(kinds) == 1 else fact.role


def with_holders_countries(stated: list[tuple[PositionFact, TitleInfo]]) -> list[tuple[PositionFact, TitleInfo]]:
    """``stated`` with each row of no body, region or country, of a title with dependents (``глава президентской
    администрации``; not a bare ``журналист``), given the one foreign country its holder's other rows
    state, where every other row of the holder that states a body or a place states that country, of its own (not
    the document's guessed, nor where an envoy serves: ``посол в Китае``)."""
    countries: dict[str, set[str | None]] = {}
    for fact, info in stated:
        if _states_place(fact):
            own = fact.country if fact.country is not None and not info.guessed and not info.stationed else None
            countries.setdefault(fact.person_id, set()).add(own)
    out = []
    for fact, info in stated:
        own = countries.get(fact.person_id, set())
        if not _states_place(fact) and not info.bare and len(own) == 1 and None not in own:
            fact = replace(fact, country=next(iter(own)))
        out.append((fact, info))
    return out


def _states_place(fact: PositionFact) -> bool:
    """Whether a row names a body, a region or a country."""
    return fact.org_id is not None or fact.region_code is not None or fact.country is not None
