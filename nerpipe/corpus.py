"""Stage 8: the rows of every table, from the stored per-document results.

Per-document rows (documents, mentions, positions, dates, events, participants)
come from each result as it streams from the manifest. The corpus-level tables (persons,
organizations, locations) are built from compact tallies, one per distinct
entity, so memory grows with the number of distinct entities, not of documents.
Who an entity is across documents is decided by :mod:`nerpipe.resolve`
(:func:`~nerpipe.resolve.merge_people`); its ids are used in every table. The
same event reported by several documents gets one ``event_id``
(:func:`~nerpipe.resolve.event_aliases`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from .places import foreign_country
from .read import make_doc_id
from .records import DocResult
from .resolve import event_aliases, event_records, merge_people
from .store import DocumentRow, now_iso

MAX_VARIANTS = 50


@dataclass
class _Tally:
    """One entity across the corpus: documents, mentions, names and surface forms seen."""

    docs: int = 0
    mentions: int = 0
    names: Counter = field(default_factory=Counter)
    variants: Counter = field(default_factory=Counter)
    extra: Counter = field(default_factory=Counter)

    def count(self, entity, name) -> None:
        self.docs += 1
        self.mentions += entity.n_mentions
        self.names[name] += entity.n_mentions or 1
        self.variants.update(entity.variants)

    def absorb(self, other: _Tally) -> None:
        self.docs += other.docs
        self.mentions += other.mentions
        self.variants.update(other.variants)
        self.extra.update(other.extra)


@dataclass
class Corpus:
    """The distinct entities of the corpus, and the person ids merged into others."""

    persons: dict[str, _Tally]
    organizations: dict[str, _Tally]
    locations: dict[str, _Tally]
    aliases: dict[str, str]  # person_id → the person_id it is; a document's event_id → the corpus event_id

    def entity(self, entity_id: str | None) -> str | None:
        return self.aliases.get(entity_id, entity_id) if entity_id else None


def tally_corpus(results: Iterable[DocResult]) -> Corpus:
    """Count every entity of every result, then merge the people resolve says are one."""
    persons: dict[str, _Tally] = defaultdict(_Tally)
    orgs: dict[str, _Tally] = defaultdict(_Tally)
    locations: dict[str, _Tally] = defaultdict(_Tally)
    events = []
    for result in results:
        events.extend(event_records(result))
        for p in result.persons:
            persons[p.person_id].count(p, (p.name, p.first, p.middle, p.last))
        for o in result.organizations:
            tally = orgs[o.org_id]
            tally.count(o, o.name)
            if o.abbr:
                tally.extra[("abbr", o.abbr)] += 1
            if o.region_code:
                tally.extra[("region", o.region_code)] += 1
            if o.country:
                tally.extra[("country", o.country)] += 1
        for loc in result.locations:
            locations[loc.location_id].count(loc, (loc.name, loc.kind, loc.category, loc.region_code,
                                                   loc.country_code))
    first_and_last = {}
    for pid, tally in persons.items():
        _name, first, _middle, last = _pick(tally.names)
        first_and_last[pid] = (first, last)
    aliases = merge_people(first_and_last)
    for alias, target in aliases.items():
        persons[target].absorb(persons.pop(alias))
    aliases.update(event_aliases(events))
    return Corpus(persons, orgs, locations, aliases)


def person_rows(corpus: Corpus) -> Iterator[dict]:
    for pid in sorted(corpus.persons):
        tally = corpus.persons[pid]
        # the fullest name seen: with a patronymic when any document gives one
        name, first, middle, last = max(tally.names.items(), key=lambda item: (bool(item[0][2]), item[1], item[0]))[0]
        yield {"person_id": pid, "name": name, "first": first, "middle": middle, "last": last,
               "variants": _variants(tally.variants), "n_docs": tally.docs, "n_mentions": tally.mentions}


def organization_rows(corpus: Corpus) -> Iterator[dict]:
    for oid in sorted(corpus.organizations):
        tally = corpus.organizations[oid]
        abbr = _pick(Counter({v: n for (k, v), n in tally.extra.items() if k == "abbr"}))
        region = _pick(Counter({v: n for (k, v), n in tally.extra.items() if k == "region"}))
        country = _pick(Counter({v: n for (k, v), n in tally.extra.items() if k == "country"}))
        yield {"org_id": oid, "name": _pick(tally.names), "abbr": abbr, "variants": _variants(tally.variants),
               "region_code": region, "country": foreign_country(country), "n_docs": tally.docs,
               "n_mentions": tally.mentions}


def location_rows(corpus: Corpus) -> Iterator[dict]:
    for lid in sorted(corpus.locations):
        tally = corpus.locations[lid]
        name, kind, category, region, country = _pick(tally.names)
        yield {"location_id": lid, "name": name, "kind": kind, "category": category, "region_code": region,
               "country_code": country, "variants": _variants(tally.variants), "n_docs": tally.docs,
               "n_mentions": tally.mentions}


def document_row(row: DocumentRow) -> dict:
    """The documents row of an input file: its result's, or an error when it has none.

    ``doc_id`` stays unique: a second file with the same content gets an id of its own
    (its content's id and a digest of its path) and names the first in ``duplicate_of``.
    """
    if row.doc_id is not None and not row.file_error:
        doc_id, status, error, at = row.doc_id, row.status, row.error, row.processed_at
        n_chars, published, encoding, title = row.n_chars or 0, _as_date(row.published), row.encoding, row.title
        url, source = row.url, row.source
    else:
        doc_id = make_doc_id(row.sha256) if row.sha256 else "x" + _path_digest(row)[:15]
        status, error, at = "error", row.file_error or "not processed", row.checked_at or now_iso()
        n_chars, published, encoding, title, url, source = 0, None, None, None, None, None
    duplicate_of = None
    if row.sha256 and row.copy > 1:
        duplicate_of, doc_id = doc_id, f"{doc_id}-{_path_digest(row)[:8]}"
    return {"doc_id": doc_id, "path": row.path, "root": row.root, "sha256": row.sha256, "n_bytes": row.size,
            "n_chars": n_chars, "encoding": encoding, "title": title, "url": url, "source": source,
            "published": published, "status": status, "error": error, "duplicate_of": duplicate_of,
            "processed_at": datetime.fromisoformat(at)}


def _path_digest(row: DocumentRow) -> str:
    return hashlib.sha256(f"{row.root}\0{row.path}".encode()).hexdigest()


def mention_rows(result: DocResult, corpus: Corpus) -> Iterator[dict]:
    for m in result.mentions:
        yield {"doc_id": result.doc_id, "start": m.start, "end": m.end, "type": m.type, "text": m.text,
               "normal": m.normal, "entity_id": corpus.entity(m.entity_id)}


def position_rows(result: DocResult, corpus: Corpus) -> Iterator[dict]:
    for p in result.positions:
        yield {"doc_id": result.doc_id, "person_id": corpus.entity(p.person_id), "position": p.position,
               "role": p.role, "org_id": p.org_id, "region_code": p.region_code, "start": p.start, "end": p.end,
               "person_start": p.person_start, "person_end": p.person_end, "acting": p.acting, "former": p.former,
               "as_of": _as_date(p.as_of),
               "country": p.country}


def date_rows(result: DocResult) -> Iterator[dict]:
    for d in result.dates:
        yield {"doc_id": result.doc_id, "start": d.start, "end": d.end, "text": d.text, "iso_from": d.iso_from,
               "iso_to": d.iso_to, "date_from": _as_date(d.date_from), "date_to": _as_date(d.date_to),
               "precision": d.precision, "year_inferred": d.year_inferred}


def event_rows(result: DocResult, corpus: Corpus) -> Iterator[dict]:
    for e in result.events:
        yield {"doc_id": result.doc_id, "event_id": corpus.entity(e.event_id), "kind": e.kind, "name": e.name,
               "start": e.start, "end": e.end, "iso_from": e.iso_from, "iso_to": e.iso_to,
               "date_from": _as_date(e.date_from), "date_to": _as_date(e.date_to), "location_id": e.location_id,
               "region_code": e.region_code, "n_mentions": e.n_mentions}


def participant_rows(result: DocResult, corpus: Corpus) -> Iterator[dict]:
    for p in result.participants:
        yield {"doc_id": result.doc_id, "event_id": corpus.entity(p.event_id), "person_id": corpus.entity(p.person_id),
               "org_id": p.org_id, "role": p.role, "position": p.position, "start": p.start, "end": p.end}


def _pick(counter: Counter):
    """The most frequent value, ties broken by the value itself (deterministic)."""
    if not counter:
        return None
    return min(counter.items(), key=lambda item: (-item[1], str(item[0])))[0]


def _variants(counter: Counter) -> list[str]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return [v for v, _ in ranked[:MAX_VARIANTS]]


def _as_date(value):
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
