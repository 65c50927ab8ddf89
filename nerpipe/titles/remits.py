"""A plural minister's title of coordinated remits and as many holders, each the minister of his own remit:
``министры иностранных дел, обороны и финансов Котов, Орлов и Лаптев`` gives Котов the minister of foreign
affairs, Орлов of defence, Лаптев of finance (in the order written); not to each the whole title, nor a ministry
named by all the remits at once."""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold
from ..ner import Analysis, Token
from ..orgs import OrgLexicon
from ..places import RUSSIA, Gazetteer
from ..records import LOC, Span
from ..resolve import implied_org
from ..resolve.abroad import foreign_counterpart
from .attributes import TitleInfo
from .grammar import Title

_JOINS = frozenset({",", "и"})  # what stands between two remits: "иностранных дел, обороны и финансов"
_MINISTRY = "Министерство "


def remit_infos(analysis: Analysis, holders: dict[Title, list[Span]], infos: dict[Title, TitleInfo],
                spans: list[Span], orgs: OrgLexicon, gazetteer: Gazetteer) -> dict[tuple[Title, Span], TitleInfo]:
    """What each holder of a minister's title of coordinated remits holds, by (title, holder): only where every
    remit names a ministry of its own and all of them together name none (``промышленности и торговли`` is one
    ministry's remit). A place that ends the title is all the remits' (``… обороны и финансов Польши``)."""
    out: dict[tuple[Title, Span], TitleInfo] = {}
    for title, people in holders.items():
        whole = infos.get(title)
        people = sorted({p.start: p for p in people}.values(), key=lambda p: p.start)
        if whole is None or whole.role != "министр" or whole.ministry is None or len(people) < 2:
            continue
        place = next((s for s in spans if s.type == LOC and s.end == title.end and s.start > title.start), None)
        last = analysis.tokens_in(place.start, place.end)[0].index - 1 if place is not None else title.last
        remits = _remits(analysis, title.head, last)
        complement = analysis.text[analysis.tokens[title.head + 1].start:analysis.tokens[last].end] if remits else ""
        ending = analysis.text[analysis.tokens[last].end:title.end]  # " Польши", or nothing
        if len(remits) != len(people) or not whole.position.endswith(complement + ending) \
                or orgs.lookup(_MINISTRY + complement) is not None:
            continue
        ministries = [_ministry(remit, whole, orgs, gazetteer) for remit in remits]
        if None in ministries:
            continue
        opening = whole.position[:len(whole.position) - len(complement + ending)]
        for person, remit, ministry in zip(people, remits, ministries):
            out[(title, person)] = replace(whole, position=opening + remit + ending, org_id=ministry.org_id,
                                           ministry=ministry)
    return out


def _remits(analysis: Analysis, head: int, last: int) -> list[str]:
    """The remits after a title's head up to token ``last`` joined by commas and ``и`` (``иностранных дел,
    обороны и финансов``), each as written; none when there are fewer than two or a remit opens with no noun or
    adjective."""
    pieces: list[list[Token]] = [[]]
    for token in analysis.tokens[head + 1: last + 1]:
        if fold(token.text) in _JOINS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    if len(pieces) < 2 or any(not piece or piece[0].pos not in ("NOUN", "ADJ") for piece in pieces):
        return []
    return [analysis.text[piece[0].start:piece[-1].end] for piece in pieces]


def _ministry(remit: str, whole: TitleInfo, orgs: OrgLexicon, gazetteer: Gazetteer):
    """The ministry of one remit, of the country or region of the whole title; ``None`` for a remit that names
    no ministry the dictionary knows."""
    ref = orgs.lookup(_MINISTRY + remit)
    if ref is None:
        return None
    if whole.country not in (None, RUSSIA):
        return implied_org(foreign_counterpart(_MINISTRY + remit, whole.country, gazetteer), None, None,
                           whole.country)
    if whole.region_code is not None:
        return implied_org(f"{_MINISTRY}{remit} {gazetteer.region_genitive(whole.region_code)}", None,
                           whole.region_code)
    return implied_org(ref.name, ref.abbr, None, ref.country)
