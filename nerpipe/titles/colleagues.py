"""A colleague of another country: ``Министр иностранных дел России Игорь Лапин … (его) белорусский коллега Пётр
Сидоренко`` — the colleague holds the same post, of the country the adjective names (``министр иностранных дел
Белоруссии``).

The post is the one of the person named last before ``коллега`` (in its sentence or the one before) whose
title is stated there, when no other title comes between (``визит главы МИД по примеру его немецкого коллеги``:
the colleague of that one, not of the person named before it); a post of a region (``губернатор``) has no
colleague abroad, and is passed. The colleague's title is that post with its country put in place of the
other's, its span the words ``белорусский коллега``."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, fold
from ..ner import Analysis
from ..places import COUNTRY, Gazetteer, foreign_country
from ..records import LOC, PositionFact, Span
from ..resolve import Resolved
from .attributes import TitleInfo

_COLLEAGUE = "коллега"
# what joins a post no one is named for and its colleague: "и его", "со своим", "с его"
_OPENING_LINKS = frozenset({"и", "с", "со"})
_LINKS = frozenset({*_OPENING_LINKS, "его", "её", "ее", "их", "своим", "своего", "своей", "своими"})
Stated = list[tuple[PositionFact, TitleInfo]]


def colleague_facts(analysis: Analysis, spans: list[Span], persons: list[Span], resolved: Resolved,
                    morph: Morph, gazetteer: Gazetteer, stated: Stated, titles: list[tuple[int, int]],
                    unheld: Stated = ()) -> Stated:
    """The rows of colleagues of another country named with their name (``белорусский коллега Пётр Сидоренко``);
    ``titles`` are the offsets of every title the text holds, ``unheld`` the titles no one is named for, of a
    country (not a region's) and not former, as rows with no person (``встреча министра иностранных дел России и
    его немецкого коллеги Ганса Мюллера``: the colleague of the post, whoever holds it)."""
    out = []
    starts = {analysis.tokens_in(p.start, p.end)[0].index: p for p in persons if analysis.tokens_in(p.start, p.end)}
    for token in analysis.tokens:
        if morph.lemma(token.text) != _COLLEAGUE or token.feat.get("Number") == "Plur":
            continue
        person = starts.get(token.index + 1)
        adjective = _country_before(analysis, token.index, spans, resolved)
        if person is None or adjective is None:
            continue
        own = resolved.entity_of.get(person)
        nearest = _named_last(analysis, token.index, own, persons, resolved)
        other = _other_post(analysis, token.index, own, stated, nearest and resolved.entity_of.get(nearest)) \
            or _unnamed_other(analysis, adjective, unheld)
        # a title between is the nearer one's, unless the other is named again after it ("…, Орлов проведет")
        since = nearest.start if other is not None and nearest is not None \
            and other[0].person_id == resolved.entity_of.get(nearest) else None
        if own is None or other is None or _title_between(other[0], adjective, titles, since):
            continue
        fact, info = other
        place = resolved.place_of[adjective]
        position = _their_post(analysis, fact, info, spans, resolved, gazetteer.genitive(place.name))
        country = foreign_country(place.country_code)
        out.append((replace(fact, person_id=own, position=position, org_id=None, start=adjective.start,
                            end=token.end, person_start=person.start, person_end=person.end, country=country,
                            restated=False),
                    replace(info, position=position, org_id=None, country=country, ministry=None)))
    return out


def _country_before(analysis: Analysis, colleague: int, spans: list[Span], resolved: Resolved) -> Span | None:
    """The adjective of a country right before ``коллега`` (``белорусский``, ``своим российским``)."""
    before = analysis.tokens[colleague - 1] if colleague else None
    if before is None or before.sent != analysis.tokens[colleague].sent:
        return None
    for span in spans:
        place = resolved.place_of.get(span) if span.type == LOC else None
        if span.start <= before.start and before.end <= span.end and place is not None and place.kind == COUNTRY:
            return span
    return None


def _named_last(analysis: Analysis, colleague: int, own: str | None, persons: list[Span], resolved: Resolved
                ) -> Span | None:
    """The person named last before ``коллега`` in its sentence, by any mention (``Орлов проведет переговоры со
    своим белорусским коллегой``: Орлов, whose title was stated before, not one quoted earlier in the sentence)."""
    tokens = analysis.tokens
    sent = tokens[colleague].sent
    named = [p for p in persons if p.end <= tokens[colleague].start and analysis.tokens_in(p.start, p.end)
             and analysis.tokens_in(p.start, p.end)[0].sent == sent and resolved.entity_of.get(p) != own]
    return max(named, key=lambda p: p.start) if named else None


def _other_post(analysis: Analysis, colleague: int, own: str | None, stated: Stated, nearest: str | None = None
                ) -> tuple[PositionFact, TitleInfo] | None:
    """The post of the one named last before ``коллега``, in its sentence or the one before, of a country (not a
    region's); ``None`` when that one holds none stated there. The one named last by any mention in the
    sentence (``nearest``) when his post is stated there or in the sentence before."""
    sent = analysis.tokens[colleague].sent
    before = [(fact, info) for fact, info in stated
              if fact.person_id != own and fact.person_end <= analysis.tokens[colleague].start
              and analysis.tokens_in(fact.person_start, fact.person_end)
              and analysis.tokens_in(fact.person_start, fact.person_end)[0].sent in (sent, sent - 1)]
    if not before:
        return None
    if any(fact.person_id == nearest for fact, _ in before):
        before = [(fact, info) for fact, info in before if fact.person_id == nearest]
    last = max(before, key=lambda pair: pair[0].person_start)
    same = [pair for pair in before if pair[0].person_id == last[0].person_id and not pair[0].former]
    fact, info = same[-1] if same else last
    return None if fact.region_code is not None or fact.former else (fact, info)


def _unnamed_other(analysis: Analysis, adjective: Span, unheld: Stated) -> tuple[PositionFact, TitleInfo] | None:
    """A title no one is named for right before ``и его`` (``со своим``, ``с его``) and the colleague's adjective
    (``министра иностранных дел России и его немецкого коллеги``, ``… со своим немецким коллегой``)."""
    for fact, info in unheld:
        between = analysis.tokens_in(fact.end, adjective.start)
        if between and fold(between[0].text) in _OPENING_LINKS and all(fold(t.text) in _LINKS for t in between):
            return fact, info
    return None


def _title_between(fact: PositionFact, adjective: Span, titles: list[tuple[int, int]], since: int | None = None
                   ) -> bool:
    """Whether a title other than the other's stands between it (or the other's name written again, ``since``)
    and the colleague: the nearer one is whose colleague is meant."""
    after = max(fact.end, since) if since is not None else fact.end
    return any(after <= start and end <= adjective.start and (start, end) != (fact.start, fact.end)
               for start, end in titles)


def _their_post(analysis: Analysis, fact: PositionFact, info: TitleInfo, spans: list[Span], resolved: Resolved,
                country: str) -> str:
    """The other's title with the colleague's country in place of its own (``министр иностранных дел России`` →
    ``… Белоруссии``), or after it when it names none (``глава МИД`` → ``глава МИД Белоруссии``)."""
    position = info.position
    for span in spans:
        place = resolved.place_of.get(span) if span.type == LOC else None
        if fact.start <= span.start and span.end <= fact.end and place is not None and place.kind == COUNTRY:
            written = analysis.text[span.start:span.end]
            if analysis.tokens_in(span.start, span.end)[0].pos == "ADJ":  # "российский министр": the adjective goes
                stem = fold(written)[:-2]
                position = " ".join(w for w in position.split() if not fold(w).startswith(stem))
            elif written in position:
                return position.replace(written, country, 1)
    return f"{position} {country}"
