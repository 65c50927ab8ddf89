"""The per-document function: bytes in, :class:`~nerpipe.records.DocResult` out.

It is pure (no I/O, no shared state beyond the per-process models), so any
engine — a loop, a process pool, a Dask cluster — can run it.
"""

from __future__ import annotations

import time
from datetime import date

from .dates import normalize_dates
from .errors import DocumentError
from .formats import DocMeta, Extracted, Record, extract_document, extract_record
from .metadata import complete_metadata
from .ner import analyze_text
from .positions import build_positions
from .read import hash_bytes, make_doc_id
from .records import DATE, DocResult, Mention
from .resolve import resolve_document
from .spans import refine_spans

PIPELINE_VERSION = "5"  # bump when the output of process_document changes for the same input


def process_document(data: bytes, models=None, today: date | None = None, *, format: str = "text",
                     gzip: bool = False, meta: DocMeta | None = None) -> DocResult:
    """Process one document's bytes. Never raises for bad content: errors come back as ``status='error'``.

    ``format`` (``text``, ``html``, ``docx``, ``pdf``) and ``gzip`` say how to read
    the bytes (see :func:`nerpipe.formats.sniff_kind`); ``meta`` is what a container
    states about the document, and wins over what the document says about itself.
    """
    doc_id = make_doc_id(hash_bytes(data))
    return _process(doc_id, lambda: extract_document(data, format, gzip=gzip, meta=meta), models, today)


def process_record(record: Record, models=None, today: date | None = None) -> DocResult:
    """Process one row of a table or one page of a web archive (:func:`nerpipe.formats.iter_records`).

    Its ``doc_id`` derives from :attr:`Record.sha256` (content and metadata).
    """
    return _process(make_doc_id(record.sha256), lambda: extract_record(record), models, today)


def _process(doc_id: str, extract, models, today: date | None) -> DocResult:
    started = time.perf_counter()
    try:
        extracted: Extracted = extract()
    except DocumentError as error:
        return DocResult(doc_id=doc_id, n_chars=0, status="error", error=str(error),
                         seconds=time.perf_counter() - started)
    if models is None:
        from .models import get_models

        models = get_models()
    result = process_text(extracted.text, models, doc_id=doc_id, today=today, meta=extracted.meta)
    extra = {"encoding": extracted.encoding}
    return DocResult(**{**_fields(result), "extra": extra, "seconds": time.perf_counter() - started})


def _fields(result: DocResult) -> dict:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def process_text(text: str, models, doc_id: str = "", today: date | None = None,
                 meta: DocMeta | None = None) -> DocResult:
    """Run every stage on a decoded text; ``meta`` is what the input said about it (title, url, …)."""
    analysis = analyze_text(text, models)
    raws = models.dates.find_raw(text, list(analysis.sentences) or [(0, len(text))])
    meta = complete_metadata(text, meta, raws)
    published = meta.published
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
        title=meta.title,
        url=meta.url,
        source=meta.source,
        mentions=tuple(mentions),
        persons=tuple(resolved.persons.values()),
        organizations=tuple(organizations.values()),
        locations=tuple(resolved.locations.values()),
        positions=tuple(titles.facts),
        dates=tuple(date_facts),
    )
