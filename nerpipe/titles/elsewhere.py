"""Whether a title with no name says again what a title of someone named before says (``ректор
Пензенского госуниверситета Орлов … ректор пензенского вуза рассказал``): the same role, with no other
organization, region, level of government or country (:func:`holds_elsewhere`), and the one holder an earlier
title names (:func:`stated_holder`)."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..records import Span
from ..resolve import Resolved
from .attributes import TitleInfo
from .grammar import Title

_PREDECESSOR = frozenset({"предыдущий", "прежний", "предшествующий"})  # "предыдущий мэр": the one before


def holds_elsewhere(holder: str, info: TitleInfo, holders: dict[Title, list[Span]], infos: dict[Title, TitleInfo],
                    resolved: Resolved) -> bool:
    """Whether the text gives ``holder`` the role of ``info`` in another title, with no other organization,
    region or country: what a title with no name needs to refer back to that person."""
    for other, persons in holders.items():
        other_info = infos.get(other)
        if other_info is not None and holder in {resolved.entity_of[p] for p in persons} \
                and other_info.role == info.role and _compatible(info.org_id, other_info.org_id) \
                and _compatible(info.region_code, other_info.region_code) \
                and not _other_levels(info.substance, other_info.substance) \
                and not _other_countries(info, other_info):
            return True
    return False


def of_predecessor(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title that names the one before the present holder (``предыдущий прокурор района``, ``прежний мэр``):
    with no name, another than the one named before, unless that one left the post."""
    return any(morph.lemma(t.text) in _PREDECESSOR for t in analysis.tokens[title.first:title.head])


def _other_levels(said: frozenset[str], other: frozenset[str]) -> bool:
    """Two titles that head units of two levels (``глава региона`` and ``глава района``): two posts."""
    levels = [{level for level, nouns in _LEVEL_NOUNS.items() if words & nouns} for words in (said, other)]
    return all(levels) and not levels[0] & levels[1]


def _other_countries(info: TitleInfo, other: TitleInfo) -> bool:
    """Two titles that state two foreign countries (``британский премьер`` and ``премьер-министр Польши``):
    two posts."""
    return None not in (info.country, other.country) and not (info.guessed or other.guessed) \
        and info.country != other.country


def stated_holder(title: Title, info: TitleInfo, holders: dict[Title, list[Span]], infos: dict[Title, TitleInfo],
                   resolved: Resolved) -> Span | None:
    """The one person an earlier title gives the role of ``info`` with the organization or the region ``info``
    states (``ректор Пензенского госуниверситета Орлов … ректор пензенского вуза рассказал``): the title
    with no name restates that one's, not the last person named's, whose title only fails to contradict it."""
    if info.org_id is None and info.region_code is None:
        return None
    found: dict[str, Span] = {}
    for other, persons in holders.items():
        other_info = infos.get(other)
        if other_info is None or other.start >= title.start or other_info.role != info.role:
            continue
        if info.org_id is not None and other_info.org_id == info.org_id or info.org_id is None \
                and other_info.region_code == info.region_code and not other.former:
            for person in persons:
                found.setdefault(resolved.entity_of[person], person)
    return next(iter(found.values())) if len(found) == 1 else None


def _compatible(this: str | None, other: str | None) -> bool:
    """Two statements of one attribute that do not contradict each other: equal, or one not stated."""
    return this is None or other is None or this == other


# the nouns of the units of each level of government a head's title may name ("глава региона", "глава района")
_LEVEL_NOUNS = {"region": frozenset({"регион", "область", "край", "республика", "субъект"}),
                "district": frozenset({"район", "муниципалитет"}),
                "town": frozenset({"город", "поселение", "поселок", "село"})}

