"""Where an event takes place: the place said with ``в``/``на``/``на территории`` in a sentence
that speaks of it (``в г. Гусь-Хрустальный Владимирской области``, ``в Уфе``, ``на территории
Алтайского края``), or named in its own mention (``визит в Китай``, ``экскурсия по заводу
Ижевска``).

A place belongs to the event mentioned nearest to it in its sentence; places inside the name of
an organization or a title (``правительство Пензенской области``, ``губернатор области``) are
not where anything happens. The most specific place wins — a town before its region — and the
region code is the town's subject, or that of the region named beside it. An event with no
place of its own takes that of the event it is part of, else that of the event named before it
in the same paragraph; with none at all, the region its description names after ``в`` (``сессия по
развитию туризма в Югре``) is its place and region (a town there gives only its region).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..morph import fold
from ..records import LOC, ORG
from .anchors import Anchors
from .context import Context

_AT = {"в", "во", "на"}
_PLACE_WORDS = {"г", "город", "городе", "г.", "поселке", "посёлке", "селе", "станице", "территории",
                "районе", "столице", "регионе", "области", "республике", "крае", "пгт"}
_RANK = {"city": 3, "other": 2, "federal_subject": 1, "country": 0}


@dataclass(frozen=True, slots=True)
class Where:
    """Where an event takes place: a location of the document and its federal subject (empty: unknown)."""

    location_id: str | None = None
    region_code: str | None = None
    name: str | None = None

    @property
    def known(self) -> bool:
        return self.location_id is not None


def event_places(context: Context, anchors: Anchors) -> list[Where]:
    blocked = [s for s in context.spans if s.type == ORG] + list(context.title_spans)
    candidates: dict[int, list[tuple[int, object, object]]] = {}  # cluster -> (sentence, span, place)
    described: dict[int, Where] = {}  # cluster -> the region its description names ("сессия по … в Югре")
    for span in context.spans:
        if span.type != LOC or span not in context.place_of or context.in_speech(span.start):
            continue
        if any(b.start <= span.start and span.end <= b.end and b != span for b in blocked):
            continue
        inside = context.analysis.tokens_in(span.start, span.end)
        if not inside:
            continue
        sent = inside[0].sent
        owner = _owner_by_extent(context, anchors, span)
        if owner == -1:
            _note_described(context, anchors, span, described)
            continue
        if owner is None:
            if not _said_as_place(context, inside[0].index):
                continue
            owner = anchors.owner_in(sent, span.start, context)
        if owner is not None:
            candidates.setdefault(owner, []).append((sent, span, context.place_of[span]))
    out: list[Where] = []
    for index in range(len(anchors.clusters)):
        out.append(choose_place(context, candidates.get(index, [])))
    for index, container in anchors.containers.items():
        if not out[index].known and out[container].known:
            out[index] = out[container]
    firsts = {i: c.outside()[0].start for i, c in enumerate(anchors.clusters) if c.outside()}
    for index, first in sorted(firsts.items(), key=lambda item: item[1]):
        if out[index].known:
            continue
        paragraph = context.paragraph_of(first)
        earlier = [(start, other) for other, start in firsts.items()
                   if start < first and out[other].known and context.paragraph_of(start) == paragraph]
        if earlier:
            out[index] = out[max(earlier)[1]]
    return [where if where.known or index not in described else described[index] for index, where in enumerate(out)]


def _note_described(context: Context, anchors: Anchors, span, described: dict[int, Where]) -> None:
    """The region a description names after ``в``/``на`` (``сессия по развитию туризма в Югре``): the
    event's place and region when the text says no place of its own (not a quoted name's place)."""
    place = context.place_of[span]
    inside = context.analysis.tokens_in(span.start, span.end)
    if place.region_code is None or context.in_quotes(span.start) \
            or not _said_as_place(context, inside[0].index):
        return
    for index, mention in (item for items in anchors.by_sentence.values() for item in items):
        if mention.start <= span.start and span.end <= mention.end:
            described.setdefault(index, Where(context.entity_of.get(span) if place.kind == "federal_subject" else None,
                                              place.region_code, place.name))


def _owner_by_extent(context: Context, anchors: Anchors, span) -> int | None:
    """The event whose own words name the place: a visit's destination or route (``визит в Китай``,
    ``экскурсия по заводу Ижевска``), not a place inside a quoted name or a description."""
    for sent_items in anchors.by_sentence.values():
        for index, mention in sent_items:
            if mention.start <= span.start and span.end <= mention.end:
                if anchors.clusters[index].kind != "visit" or context.in_quotes(span.start):
                    return -1
                return index
    return None


def _said_as_place(context: Context, index: int) -> bool:
    """``в Уфе``, ``в г. Гусь-Хрустальный``, ``на территории Алтайского края``, ``в городе Сочи``."""
    tokens = context.tokens
    sent = tokens[index].sent
    k = index - 1
    steps = 0
    while k >= 0 and tokens[k].sent == sent and steps < 3:
        word = fold(tokens[k].text)
        if word in _AT:
            return True
        if word not in _PLACE_WORDS and word != ".":
            return False
        k -= 1
        steps += 1
    return False


def choose_place(context: Context, found: list) -> Where:
    """The most specific place of the first sentence that names one; its region from itself or a neighbour."""
    if not found:
        return Where()
    first_sent = min(sent for sent, _, _ in found)
    here = [(span, place) for sent, span, place in found if sent == first_sent]
    span, place = max(here, key=lambda item: (_RANK.get(item[1].kind, 0), -item[0].start))
    region = place.region_code
    if region is None and place.kind != "country":
        regions = [p.region_code for _, p in here if p.kind == "federal_subject" and p.region_code]
        region = regions[0] if regions else None
    return Where(context.entity_of.get(span), region, place.name)
