"""How well events, participants and relative dates are found: the counts ``nerpipe eval`` reports.

Gold and predicted events are paired one to one by their mentions: a pair shares a character of
a mention, and the pairs sharing the most mentions are taken first. Then

- ``events`` — a predicted event is right when it is paired, a gold event found when it is;
- ``kind``, ``name``, ``dates``, ``region`` — among the paired events with that annotated, the
  share the prediction gets exactly (names compare without case, quote style or spacing);
- ``participants`` — a predicted row is right when its event is paired with the gold event of a
  gold participant one of whose mentions it overlaps; ``participants+role`` asks for the same role too;
- ``relative dates`` — among the gold relative dates (``вчера``, ``в пятницу``, ``на этой
  неделе`` …), the share predicted at an overlapping span with the same ISO period.

Each count is ``(right predictions, gold found, predictions, gold)``; an accuracy has both sides
equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..morph import fold

Span = tuple[int, int]
Counts = tuple[int, int, int, int]
_QUOTES = re.compile(r"[«»“”„\"]")


@dataclass(frozen=True, slots=True)
class ScoredEvent:
    """An event as scoring sees it, gold or predicted."""

    kind: str
    name: str
    iso_from: str | None
    iso_to: str | None
    region_code: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class ScoredParticipant:
    event: int  # index into the document's events
    spans: tuple[Span, ...]  # the mentions of the person or organization (a prediction has one)
    role: str


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pair_events(gold: list[ScoredEvent], pred: list[ScoredEvent]) -> dict[int, int]:
    """Predicted event index → gold event index, one to one, by shared mentions."""
    shared = []
    for g, gold_event in enumerate(gold):
        for p, pred_event in enumerate(pred):
            n = sum(1 for a in gold_event.mentions for b in pred_event.mentions if _overlaps(a, b))
            if n:
                shared.append((-n, g, p))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in sorted(shared):
        if p not in pairs and g not in taken:
            pairs[p] = g
            taken.add(g)
    return pairs


def same_name(a: str, b: str) -> bool:
    def norm(name: str) -> str:
        return " ".join(_QUOTES.sub('"', fold(name)).split())

    return norm(a) == norm(b)


def score_document(gold_events: list[ScoredEvent], pred_events: list[ScoredEvent],
                   gold_parts: list[ScoredParticipant], pred_parts: list[ScoredParticipant],
                   gold_dates: list[tuple[Span, str, str]], pred_dates: list[tuple[Span, str, str]]
                   ) -> dict[str, Counts]:
    """The counts of one document (see the module's description)."""
    pairs = pair_events(gold_events, pred_events)
    out: dict[str, Counts] = {"events": (len(pairs), len(pairs), len(pred_events), len(gold_events))}
    checks = {
        "kind": (lambda g: True, lambda g, p: g.kind == p.kind),
        "name": (lambda g: bool(g.name), lambda g, p: same_name(g.name, p.name)),
        "dates": (lambda g: g.iso_from is not None, lambda g, p: (g.iso_from, g.iso_to) == (p.iso_from, p.iso_to)),
        "region": (lambda g: g.region_code is not None, lambda g, p: g.region_code == p.region_code),
    }
    for name, (annotated, right) in checks.items():
        judged = [(gold_events[g], pred_events[p]) for p, g in pairs.items() if annotated(gold_events[g])]
        correct = sum(1 for g, p in judged if right(g, p))
        out[name] = (correct, correct, len(judged), len(judged))
    for name, with_role in (("participants", False), ("participants+role", True)):
        def right(pred: ScoredParticipant, gold: ScoredParticipant, with_role=with_role) -> bool:
            return (pairs.get(pred.event) == gold.event and any(_overlaps(a, b) for a in pred.spans for b in gold.spans)
                    and (not with_role or pred.role == gold.role))

        out[name] = (sum(1 for p in pred_parts if any(right(p, g) for g in gold_parts)),
                     sum(1 for g in gold_parts if any(right(p, g) for p in pred_parts)),
                     len(pred_parts), len(gold_parts))
    resolved = sum(1 for span, iso_from, iso_to in gold_dates
                   if any(_overlaps(span, p) and (iso_from, iso_to) == (f, t) for p, f, t in pred_dates))
    out["relative dates"] = (resolved, resolved, len(gold_dates), len(gold_dates))
    return out
