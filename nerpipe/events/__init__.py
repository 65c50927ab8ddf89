"""The event layer: the sessions, forums, meetings, visits and exhibitions a document reports,
when and where they take place, and who takes part in what role.

One stage, after titles and dates, in small steps:

1. :mod:`.mentions` — event mentions: an event noun of the lexicon (:mod:`.lexicon`) and the
   words that name it;
2. :mod:`.coref` — which mentions are one event, and which groups are events at all;
3. :mod:`.naming` — the name in the nominative and the key that identifies it across documents;
4. :mod:`.anchors` — which sentences speak of which event (pronouns, containment, the topic);
5. :mod:`.when` and :mod:`.where` — the date or range, the place and region;
6. :mod:`.who` — participants and their roles, with the titles the document gives them: the
   words that give a role (:mod:`.roles`), whom the text names (:mod:`.named`) and which event a
   sentence speaks of (:mod:`.attach`).

:mod:`.context` indexes what the steps read (sentences cut at line breaks, quoted speech,
clauses); :mod:`.scoring` measures the result against annotated texts (``nerpipe eval``).
Across documents, the same event reported by several documents gets one ``event_id`` where every
identity is decided, in :mod:`nerpipe.resolve.events` (the corpus stage calls it).

It reads what earlier stages found (natasha's analysis, the resolved people, organizations and
places, the titles and the dates) and changes none of it, except that each title gains the day
it is stated for (``positions.as_of``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..ner import Analysis
from ..records import EVENT, DateFact, EventFact, Mention, ParticipantFact, PositionFact, Span
from ..resolve import Resolved
from ..resolve.ids import make_id
from .anchors import find_anchors
from .context import build_context
from .coref import cluster_mentions
from .lexicon import EventLexicon
from .mentions import EventMention, find_event_mentions
from .naming import event_name, name_key
from .when import event_dates
from .where import event_places
from .who import find_participants, participant_rows

if TYPE_CHECKING:
    from ..titles import TitleFacts

__all__ = ["EventLayer", "EventLexicon", "build_events", "stated_as_of"]


@dataclass(frozen=True, slots=True)
class EventLayer:
    """What the events stage adds to a document."""

    events: list[EventFact]
    participants: list[ParticipantFact]
    mentions: list[Mention]  # EVENT mentions
    positions: list[PositionFact]  # the titles with ``as_of`` filled in



def _name_rank(item: tuple[str, EventMention]) -> tuple:
    """Which mention names an event: a quoted name, then one that names it by its own words (not one
    that only refers back: ``визит столичного чиновника``, ``первая пресс-конференция``), the longest."""
    name, mention = item
    return (bool(mention.quoted), not mention.in_speech and mention.named and not mention.anaphoric,
            not mention.anaphoric, len(name), -mention.start)

def build_events(analysis: Analysis, spans: list[Span], resolved: Resolved, title_facts: TitleFacts,
                 date_facts: list[DateFact], lexicon: EventLexicon, published: date | None = None,
                 doc_id: str = "") -> EventLayer:
    """The events of one document, their participants and EVENT mentions, and the titles' ``as_of``."""
    context = build_context(analysis, spans, resolved, date_facts, title_facts)
    mentions = find_event_mentions(context, lexicon)
    clusters = cluster_mentions(context, mentions, lexicon)
    anchors = find_anchors(context, clusters, lexicon)
    whens = event_dates(context, anchors, lexicon)
    wheres = event_places(context, anchors)
    events: list[EventFact] = []
    event_mentions: list[Mention] = []
    used: set[str] = set()
    for index, cluster in enumerate(clusters):
        named = [(event_name(context, m, lexicon.morph), m) for m in cluster.whole]
        name, best = max(named, key=_name_rank)
        key = name_key(name, best)
        event_id = make_id("evt", f"{doc_id}|{cluster.kind}|{key}")
        while event_id in used:
            event_id = make_id("evt", f"{event_id}|{index}")
        used.add(event_id)
        when, where = whens[index], wheres[index]
        events.append(EventFact(
            event_id=event_id, kind=cluster.kind, name=name, start=best.start, end=best.end,
            iso_from=when.iso_from, iso_to=when.iso_to, date_from=when.date_from, date_to=when.date_to,
            location_id=where.location_id, region_code=where.region_code, key=key,
            specific=any(m.named for m in cluster.mentions), n_mentions=len(cluster.mentions),
        ))
        for mention in cluster.mentions:
            event_mentions.append(Mention(mention.start, mention.end, EVENT, analysis.text[mention.start:mention.end],
                                          name, event_id))
    claims = find_participants(context, anchors, lexicon)
    participants = participant_rows(context, claims, [e.event_id for e in events])
    positions = stated_as_of(title_facts.facts, participants, events, published)
    return EventLayer(events, participants, event_mentions, positions)


def stated_as_of(titles: list[PositionFact], participants: list[ParticipantFact], events: list[EventFact],
                 published: date | None) -> list[PositionFact]:
    """Each title with the day it is stated for: the first day of the event its holder takes part in
    (the one where the title is stated when there are several), else the publication date."""
    day_of = {e.event_id: e.date_from for e in events}
    by_person: dict[str, list[ParticipantFact]] = {}
    for row in participants:
        if row.person_id and day_of.get(row.event_id):
            by_person.setdefault(row.person_id, []).append(row)
    out = []
    for fact in titles:
        rows = by_person.get(fact.person_id, [])
        here = [r for r in rows if (r.start, r.end) in ((fact.person_start, fact.person_end), (fact.start, fact.end))]
        chosen = (here or rows)[:1]
        as_of = day_of[chosen[0].event_id] if chosen else published
        out.append(replace(fact, as_of=as_of))
    return out
