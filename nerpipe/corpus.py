"""Stage 8: the rows of every table, from the stored per-document results.

Per-document rows (documents, mentions, positions, dates, events, participants)
come from each result as it streams from the manifest. The corpus-level tables (persons,
organizations, locations) are built from compact tallies, one per distinct
entity, so memory grows with the number of distinct entities, not of documents.
Who an entity is across documents is decided by :mod:`nerpipe.resolve`
(:func:`~nerpipe.resolve.merge_people`); its ids are used in every table. The
same event reported by several documents gets one ``event_id``
(:func:`~nerpipe.resolve.event_aliases`).

Near-duplicate copies of an article (:func:`nerpipe.neardup.find_duplicates`:
``copies`` maps each copy's ``doc_id`` to its article's first document) keep
their own rows in the per-document tables, but an article counts once in the
corpus-level ``n_docs`` and ``n_mentions``: a copy adds to an entity's counts
only when the article's first document does not name that entity (a small edit
may add a name), and then once for all the copies of that article.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from .morph import fold
from .places import foreign_country
from .read import make_doc_id
from .records import DocResult
from .resolve import event_aliases, event_records, merge_people
from .resolve.merge import kin_in_document
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
    # near-duplicates: the articles with copies whose first document names this entity, and the most mentions
    # any copy of another article (by its first document's doc_id) gives it
    firsts: set = field(default_factory=set)
    in_copies: dict = field(default_factory=dict)

    def count(self, entity, name, article: str | None = None, copy: bool = False) -> None:
        """Count one document's entity; ``article``: the first document of the article when it has copies,
        ``copy``: this document is one of those copies."""
        if copy:
            self.in_copies[article] = max(self.in_copies.get(article, 0), entity.n_mentions)
        else:
            self.docs += 1
            self.mentions += entity.n_mentions
            if article is not None:
                self.firsts.add(article)
        self.names[name] += entity.n_mentions or 1
        self.variants.update(entity.variants)

    def absorb(self, other: _Tally) -> None:
        self.docs += other.docs
        self.mentions += other.mentions
        self.variants.update(other.variants)
        self.extra.update(other.extra)
        self.firsts |= other.firsts
        for article, mentions in other.in_copies.items():
            self.in_copies[article] = max(self.in_copies.get(article, 0), mentions)

    def settle(self) -> None:
        """Count once each article the entity appears in only through copies."""
        for article, mentions in self.in_copies.items():
            if article not in self.firsts:
                self.docs += 1
                self.mentions += mentions
        self.firsts, self.in_copies = set(), {}


@dataclass
class Corpus:
    """The distinct entities of the corpus, and the person ids merged into others."""

    persons: dict[str, _Tally]
    organizations: dict[str, _Tally]
    locations: dict[str, _Tally]
    aliases: dict[str, str]  # person_id → the person_id it is; a document's event_id → the corpus event_id

    def entity(self, entity_id: str | None) -> str | None:
        return self.aliases.get(entity_id, entity_id) if entity_id else None


def tally_corpus(results: Iterable[DocResult], copies: dict[str, str] | None = None) -> Corpus:
    """Count every entity of every result, then merge the people resolve says are one.

    ``copies`` maps the doc_id of each near-duplicate copy to its article's first document
    (:func:`nerpipe.neardup.find_duplicates`): an article counts once.
    """
    copies = copies or {}
    firsts = set(copies.values())
    persons: dict[str, _Tally] = defaultdict(_Tally)
    orgs: dict[str, _Tally] = defaultdict(_Tally)
    locations: dict[str, _Tally] = defaultdict(_Tally)
    events = []
    kin = set()  # pairs of persons one document names with surnames of one family
    for result in results:
        events.extend(event_records(result))
        kin |= kin_in_document((p.person_id, p.last) for p in result.persons)
        article = copies.get(result.doc_id) or (result.doc_id if result.doc_id in firsts else None)
        copy = result.doc_id in copies
        for p in result.persons:
            persons[p.person_id].count(p, (p.name, p.first, p.middle, p.last), article, copy)
        for o in result.organizations:
            tally = orgs[o.org_id]
            tally.count(o, o.name, article, copy)
            if o.abbr:
                tally.extra[("abbr", o.abbr)] += 1
            if o.region_code:
                tally.extra[("region", o.region_code)] += 1
            if o.country:
                tally.extra[("country", o.country)] += 1
        for loc in result.locations:
            locations[loc.location_id].count(loc, (loc.name, loc.kind, loc.category, loc.region_code,
                                                   loc.country_code), article, copy)
    first_and_last = {}
    written = set()  # the persons a mention names by their surname in the nominative, as it is written
    for pid, tally in persons.items():
        _name, first, _middle, last = _pick(tally.names)
        first_and_last[pid] = (first, last)
        if last and any(fold(v) == fold(last) for v in tally.variants):
            written.add(pid)
    aliases = merge_people(first_and_last, frozenset(written), frozenset(kin))
    for alias, target in aliases.items():
        persons[target].absorb(persons.pop(alias))
    for tallies in (persons, orgs, locations):
        for tally in tallies.values():
            tally.settle()
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


def document_row(row: DocumentRow, copies: dict[str, str] | None = None) -> dict:
    """The documents row of an input document: its result's, or an error when it has none.

    ``doc_id`` stays unique: a second document with the same content gets an id of its own
    (its content's id and a digest of its path) and names the first in ``duplicate_of``.
    A near-duplicate copy (``copies``: doc_id → its article's first document) names that one.
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
    elif copies and status == "ok":
        duplicate_of = copies.get(doc_id)
    return {"doc_id": doc_id, "path": row.path, "locator": row.locator or None, "root": row.root,
            "sha256": row.sha256, "n_bytes": row.size,
            "n_chars": n_chars, "encoding": encoding, "title": title, "url": url, "source": source,
            "published": published, "status": status, "error": error, "duplicate_of": duplicate_of,
            "processed_at": datetime.fromisoformat(at)}


def _path_digest(row: DocumentRow) -> str:
    return hashlib.sha256(f"{row.root}\0{row.path}".encode()).hexdigest()


def text_row(doc_id: str, text: str) -> dict:
    return {"doc_id": doc_id, "text": text}


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
               "country": p.country, "restated": p.restated}


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
