"""The per-document function: bytes in, :class:`~nerpipe.records.DocResult` out.

It is pure (no I/O, no shared state beyond the per-process models), so any
engine — a loop, a process pool, a Dask cluster — can run it.
"""

from __future__ import annotations

import time
from datetime import date

from .dates import find_published, normalize_dates
from .errors import DocumentError
from .ner import analyze_text
from .read import decode_bytes, hash_bytes, make_doc_id
from .records import DATE, DocResult, Mention
from .resolve import resolve_document
from .spans import refine_spans
from .titles import build_positions

PIPELINE_VERSION = "4"  # bump when the output of process_document changes for the same input


def process_document(data: bytes, models=None, today: date | None = None) -> DocResult:
    """Process one document's bytes. Never raises for bad content: errors come back as ``status='error'``."""
    started = time.perf_counter()
    sha = hash_bytes(data)
    doc_id = make_doc_id(sha)
    try:
        decoded = decode_bytes(data)
    except DocumentError as error:
        return DocResult(doc_id=doc_id, n_chars=0, status="error", error=str(error),
                         seconds=time.perf_counter() - started)
    if models is None:
        from .models import get_models

        models = get_models()
    result = process_text(decoded.text, models, doc_id=doc_id, today=today)
    extra = {"encoding": decoded.encoding}
    return DocResult(**{**_fields(result), "extra": extra, "seconds": time.perf_counter() - started})


def _fields(result: DocResult) -> dict:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def process_text(text: str, models, doc_id: str = "", today: date | None = None) -> DocResult:
    """Run every stage on a decoded text."""
    analysis = analyze_text(text, models)
    raws = models.dates.find_raw(text, list(analysis.sentences) or [(0, len(text))])
    published = find_published(text, raws)
    date_facts = normalize_dates(text, raws, published, today=today)
    spans = refine_spans(analysis, models)
    resolved = resolve_document(analysis, spans, models)
    titles = build_positions(analysis, spans, resolved, models.titles, models.orgs, models.gazetteer)
    mentions = list(resolved.mentions) + list(titles.mentions)
    for fact in date_facts:
        normal = fact.iso_from if fact.iso_from == fact.iso_to else f"{fact.iso_from}/{fact.iso_to}"
        mentions.append(Mention(fact.start, fact.end, DATE, fact.text, normal, None))
    mentions.sort(key=lambda m: (m.start, -m.end, m.type))
    organizations = dict(resolved.orgs)
    organizations.update(titles.derived_orgs)
    return DocResult(
        doc_id=doc_id,
        n_chars=len(text),
        published=published,
        title=_title_line(text),
        mentions=tuple(mentions),
        persons=tuple(resolved.persons.values()),
        organizations=tuple(organizations.values()),
        locations=tuple(resolved.locations.values()),
        positions=tuple(titles.facts),
        dates=tuple(date_facts),
    )


def _title_line(text: str) -> str | None:
    """The first line that reads like a headline (skipping short labels such as ``Пресс-служба``)."""
    for line in text.split("\n")[:8]:
        line = line.strip()
        if len(line) >= 25 and len(line) <= 300:
            return line
    return None
