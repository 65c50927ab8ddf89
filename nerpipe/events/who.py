"""Who takes part in an event, and in what role.

- ``organizer`` — organizations (and people) after ``организаторами выступили``, ``по инициативе``,
  ``при поддержке``, ``при содействии``, ``совместно с``, or the subject of ``организовал``;
- ``chair`` — the person after ``под председательством`` or the subject of ``председательствовал``,
  ``модератором выступил``;
- ``speaker`` — the one who opens an event (``форум открыл губернатор …``); the subject of a verb of
  speech (``сказал``, ``отметил``, ``выступил``, ``доложил`` …) outside quotes, when the quote or
  sentence speaks of the event or, with no event of its own, when the text is about it (its topic);
- ``participant`` — the people and organizations of a sentence that says they take part
  (``примут участие``, ``участвуют``, ``вошли в состав``, ``будут работать с``, ``участниками стали``,
  ``делегация …``), and both sides of a meeting (``встреча с главой региона …``, ``встретился с …``); not the
  organizations visited (``гости посетили технопарк «…»``, ``экскурсия по заводу «…»``: :mod:`.visited`).

A sentence with such words speaks of the event it mentions (the nearest one), of the event its
pronoun subject stands for, else of the event the sentences just before it spoke of. People
quoted inside someone's speech, or named only in passing, take no part. A title with no name
(``при поддержке губернатора``) stands for the one person of the document who holds it. Each
person or organization has one row per event, with the strongest role it is given
(chair, organizer, speaker, participant).

The work is split by job: :mod:`.roles` reads the words that give a role, :mod:`.named` finds whom
a stretch of text or a verb names (a title standing for its holder), :mod:`.attach` decides which
event a sentence or statement speaks of; this module gathers their claims into rows.
"""

from __future__ import annotations

from ..records import ORG, PER, ParticipantFact, PositionFact, Span
from .anchors import Anchors
from .context import Context
from .lexicon import EventLexicon
from .named import Claim
from .roles import (
    find_chairs,
    find_holders,
    find_meeting_sides,
    find_met,
    find_organizers,
    find_participation,
)
from .speakers import find_openers, find_speakers
from .visited import visited_spans

ROLES = ("chair", "organizer", "speaker", "participant")
_RANK = {role: len(ROLES) - i for i, role in enumerate(ROLES)}


def find_participants(context: Context, anchors: Anchors, lexicon: EventLexicon) -> list[Claim]:
    claims: list[Claim] = []
    claims += find_participation(context, anchors, lexicon)
    claims += find_organizers(context, anchors, lexicon)
    claims += find_chairs(context, anchors, lexicon)
    claims += find_meeting_sides(context, anchors)
    claims += find_met(context, anchors, lexicon)
    claims += find_holders(context, anchors, lexicon)
    claims += find_speakers(context, anchors, lexicon)
    claims += find_openers(context, anchors, lexicon)
    return strongest(_drop_crossed(context, _drop_visited(context, lexicon, claims)))


def _drop_visited(context: Context, lexicon: EventLexicon, claims: list[Claim]) -> list[Claim]:
    """An organization the guests visit (``посетили технопарк «…»``) is a place of the event: it takes no
    part in it just by being named there."""
    visited = visited_spans(context, lexicon)
    return [c for c in claims if c.person_id or c.role != "participant" or (c.span.start, c.span.end) not in visited]


def _drop_crossed(context: Context, claims: list[Claim]) -> list[Claim]:
    """A person a sentence gives a role in one event (``под председательством …``) does not take part
    in another event of that sentence just by being listed in it."""
    def where(claim: Claim) -> tuple:
        sent = context.analysis.tokens_in(claim.span.start, claim.span.end)
        return claim.person_id or claim.org_id, sent[0].sent if sent else None

    roles = {}
    for claim in claims:
        if claim.role != "participant":
            roles.setdefault(where(claim), set()).add(claim.event)
    return [c for c in claims if c.role != "participant" or not (roles.get(where(c), set()) - {c.event})]


def strongest(claims: list[Claim]) -> list[Claim]:
    """One claim per event and person (or organization): the strongest role, then the first mention."""
    best: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.event, claim.person_id, None if claim.person_id else claim.org_id)
        held = best.get(key)
        if held is None or _strength(claim) > _strength(held):
            best[key] = claim
    return sorted(best.values(), key=lambda c: (c.event, c.span.start))


def _strength(claim: Claim) -> tuple:
    """A stronger role first; then a name over a title; then the earlier mention."""
    return _RANK[claim.role], claim.span.type in (PER, ORG), -claim.span.start


def participant_rows(context: Context, claims: list[Claim], event_ids: list[str]) -> list[ParticipantFact]:
    """``participants`` rows: each person with the title the document gives them (the one stated at
    this mention, else their first) and the organization of that title."""
    rows = []
    for claim in claims:
        fact = claim.fact or title_of(context, claim.person_id, claim.span) if claim.person_id else None
        org = fact.org_id if fact is not None else claim.org_id
        rows.append(ParticipantFact(
            event_id=event_ids[claim.event], person_id=claim.person_id, org_id=org, role=claim.role,
            position=fact.position if fact is not None else None, start=claim.span.start, end=claim.span.end,
        ))
    return rows


def title_of(context: Context, person_id: str, span: Span) -> PositionFact | None:
    facts = [f for f in context.titles if f.person_id == person_id]
    if not facts:
        return None
    here = [f for f in facts if f.person_start == span.start and not f.former and _same_sentence(context, f.start,
                                                                                                  span.start)]
    # the fullest title stated here, else the fullest the document gives them: with its organization or
    # region, then the longest ("модератор …, ведущий эксперт института …": the expert of the institute)
    return max(here or [f for f in facts if not f.former] or facts,
               key=lambda f: (f.org_id is not None or f.region_code is not None, len(f.position), -f.start))


def _same_sentence(context: Context, one: int, other: int) -> bool:
    """Whether two offsets lie in one sentence (a title stated there, not in another sentence)."""
    return any(start <= one < end and start <= other < end for start, end in context.analysis.sentences)
