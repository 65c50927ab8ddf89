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
from .positions import build_positions
from .read import decode_bytes, hash_bytes, make_doc_id
from .records import DATE, DocResult, Mention
from .resolve import resolve_document
from .spans import refine_spans

PIPELINE_VERSION = "4"  # bump when the output of process_document changes for the same input


def process_document(data: bytes, models=None, today: date | None = None, sha256: str | None = None) -> DocResult:
    """Process one document's bytes (``sha256``: their hash, when the caller has it already).

    Never raises for a bad document: content that cannot be decoded, and any
    exception of a stage on this text, come back as ``status='error'`` with a
    one-line reason. Only :class:`MemoryError` (the caller's memory budget) and
    what is not an :class:`Exception` (an interrupt, the time limit) pass through.
    """
    started = time.perf_counter()
    doc_id = make_doc_id(sha256 or hash_bytes(data))
    try:
        decoded = decode_bytes(data)
    except DocumentError as error:
        return failed_result(doc_id, str(error), seconds=time.perf_counter() - started)
    if models is None:
        from .models import get_models

        models = get_models()
    try:
        result = process_text(decoded.text, models, doc_id=doc_id, today=today)
    except MemoryError:
        raise
    except Exception as error:  # a bug on this input: this document fails, not the run
        message = " ".join(str(error).split())[:200]
        return failed_result(doc_id, f"internal error: {type(error).__name__}: {message}",
                             seconds=time.perf_counter() - started)
    extra = {"encoding": decoded.encoding}
    return DocResult(**{**_fields(result), "extra": extra, "seconds": time.perf_counter() - started})


def failed_result(doc_id: str, error: str, seconds: float = 0.0) -> DocResult:
    """The result of a document that failed: no rows but its ``documents`` line."""
    return DocResult(doc_id=doc_id, n_chars=0, status="error", error=error, seconds=seconds)


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
    titles = build_positions(analysis, spans, resolved, models)
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
