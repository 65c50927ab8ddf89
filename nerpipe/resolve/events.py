"""Across documents: one ``event_id`` for the same event reported by several documents.

Each document gives its events ids of its own (:func:`nerpipe.events.build_events`); the corpus
stage gathers a compact :class:`EventRecord` of every event of the corpus and asks
:func:`event_aliases` which ids are one event. The rule:

- events with a name of their own (a quoted name, an ordinal, a description; ``specific``) are
  one event when they are of the same kind, their names have the same key
  (:func:`nerpipe.events.naming.name_key`) and their dates overlap or one is unknown — an
  undated report joins the dated event only when there is one such event, else the undated
  reports are one event of their own;
- events named only by a common noun (``совещание``, ``рабочая встреча``) are one event only on
  overlapping days at the same place;
- two events of one document stay two.

The corpus id is derived from the kind, key and first date of the merged event, so it is the
same in every run over the same documents, whatever the engine and the order of processing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..records import DocResult
from .ids import make_id


@dataclass(frozen=True, slots=True)
class EventRecord:
    """What cross-document identity needs to know of one event of one document."""

    doc_id: str
    event_id: str
    kind: str
    key: str
    specific: bool
    iso_from: str | None
    iso_to: str | None
    date_from: date | None
    date_to: date | None
    location_id: str | None


def event_records(result: DocResult) -> list[EventRecord]:
    return [EventRecord(result.doc_id, e.event_id, e.kind, e.key, e.specific, e.iso_from, e.iso_to,
                        _as_date(e.date_from), _as_date(e.date_to), e.location_id) for e in result.events]


def _as_date(value):
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


@dataclass
class _Merged:
    members: list[EventRecord] = field(default_factory=list)

    @property
    def docs(self) -> set[str]:
        return {m.doc_id for m in self.members}

    @property
    def dated(self) -> bool:
        return any(m.iso_from for m in self.members)


def event_aliases(records: Iterable[EventRecord]) -> dict[str, str]:
    """Every document's ``event_id`` → the corpus ``event_id`` of the event it reports."""
    groups: dict[tuple, list[EventRecord]] = defaultdict(list)
    for record in records:
        if record.specific:
            groups[("name", record.kind, record.key)].append(record)
        else:
            groups[("place", record.kind, record.key, record.location_id)].append(record)
    aliases: dict[str, str] = {}
    used: set[str] = set()
    for group_key in sorted(groups, key=str):
        members = sorted(groups[group_key], key=_order)
        specific = group_key[0] == "name"
        merged = merge_group(members, specific)
        for cluster in merged:
            first = cluster.members[0]
            if specific or len(cluster.members) > 1:
                corpus_id = make_id("evt", "|".join(map(str, group_key)) + f"|{first.iso_from or ''}")
            else:
                corpus_id = first.event_id
            while corpus_id in used:
                corpus_id = make_id("evt", f"{corpus_id}|{first.event_id}")
            used.add(corpus_id)
            for member in cluster.members:
                aliases[member.event_id] = corpus_id
    return aliases


def _order(record: EventRecord):
    return (record.iso_from is None, _sortable(record.iso_from), record.doc_id, record.event_id)


def _sortable(iso: str | None) -> str:
    return "" if iso is None else iso.replace("--", "0000-")


def merge_group(members: list[EventRecord], specific: bool) -> list[_Merged]:
    """The events of one group (same kind and key) that are one event, dated ones first."""
    clusters: list[_Merged] = []
    undated: _Merged | None = None
    for record in members:
        if record.iso_from is None:
            if not specific:
                clusters.append(_Merged([record]))
                continue
            dated = [c for c in clusters if c.dated]
            target = dated[0] if len(dated) == 1 and record.doc_id not in dated[0].docs else undated
            if target is None or record.doc_id in target.docs:
                target = _Merged()
                clusters.append(target)
                if undated is None and len(dated) != 1:
                    undated = target
            target.members.append(record)
            continue
        target = None
        for cluster in clusters:
            if cluster.dated and record.doc_id not in cluster.docs and all(
                    overlap(record, other, exact=not specific) for other in cluster.members if other.iso_from):
                target = cluster
                break
        if target is None:
            target = _Merged()
            clusters.append(target)
        target.members.append(record)
    return clusters


def overlap(a: EventRecord, b: EventRecord, exact: bool = False) -> bool:
    """Whether two reports' periods meet. With a year missing on one side, days and months compare
    alone; a year alone meets anything of that year. ``exact`` (an event with no name of its own)
    asks for days with known years on both sides."""
    if exact:
        return (a.date_from is not None and b.date_from is not None and _is_day(a.iso_from) and _is_day(b.iso_from)
                and a.date_from <= b.date_to and b.date_from <= a.date_to)
    if a.date_from is not None and b.date_from is not None:
        return a.date_from <= b.date_to and b.date_from <= a.date_to
    a_from, a_to, b_from, b_to = (_month_day(a.iso_from, "00"), _month_day(a.iso_to, "99"),
                                  _month_day(b.iso_from, "00"), _month_day(b.iso_to, "99"))
    if None in (a_from, a_to, b_from, b_to) or a_from > a_to or b_from > b_to:
        return True  # no month on one side, or a period across the new year: nothing disagrees
    return a_from <= b_to and b_from <= a_to


def _is_day(iso: str | None) -> bool:
    return bool(iso) and len(iso) in (7, 10) and iso.count("-") >= 2


def _month_day(iso: str | None, day: str) -> str | None:
    """``2025-11-27`` and ``--11-27`` → ``11-27``; ``2025-11`` → ``11-<day>``; a year alone → ``None``."""
    if not iso:
        return None
    tail = iso[2:] if iso.startswith("--") else iso[5:]
    if not tail:
        return None
    return tail if len(tail) == 5 else f"{tail}-{day}"
