"""The per-document function: bytes in, :class:`~nerpipe.records.DocResult` out.

It is pure (no I/O, no shared state beyond the per-process models), so any
engine — a loop, a process pool, a Dask cluster — can run it.
:func:`process_text` calls the stages in flow order, one call a stage, each
given only the models it uses; the corpus stages (8, 9) run once per run, over
the stored results (:mod:`nerpipe.corpus`, :mod:`nerpipe.write`).
"""

from __future__ import annotations

import time
from datetime import date

from .dates import normalize_dates
from .errors import DocumentError
from .events import build_events
from .formats import DocMeta, Extracted, Record, extract_document, extract_record
from .metadata import complete_metadata
from .models import Models, models_or_shared
from .ner import analyze_text
from .read import hash_bytes, make_doc_id
from .records import DATE, DateFact, DocResult, Mention
from .resolve import document_year, resolve_document
from .spans import refine_spans
from .titles import build_positions

PIPELINE_VERSION = "9"  # bump when the output of process_document changes for the same input


def process_document(data: bytes, models: Models | None = None, today: date | None = None, *,
                     sha256: str | None = None, format: str = "text", gzip: bool = False,
                     meta: DocMeta | None = None) -> DocResult:
    """Process one document's bytes (``sha256``: their hash, when the caller has it already).

    ``format`` (``text``, ``html``, ``docx``, ``pdf``) and ``gzip`` say how to read
    the bytes (see :func:`nerpipe.formats.sniff_kind`); ``meta`` is what a container
    states about the document, and wins over what the document says about itself.

    Never raises for a bad document: content that cannot be read, and any exception
    of a stage on this text, come back as ``status='error'`` with a one-line reason.
    Only :class:`MemoryError` (the caller's memory budget) and what is not an
    :class:`Exception` (an interrupt, the time limit) pass through.
    """
    doc_id = make_doc_id(sha256 or hash_bytes(data))
    return _process(doc_id, lambda: extract_document(data, format, gzip=gzip, meta=meta), models, today)


def process_record(record: Record, models: Models | None = None, today: date | None = None) -> DocResult:
    """Process one row of a table or one page of a web archive (:func:`nerpipe.formats.iter_records`).

    Its ``doc_id`` derives from :attr:`Record.sha256` (content and metadata).
    """
    return _process(make_doc_id(record.sha256), lambda: extract_record(record), models, today)


def _process(doc_id: str, extract, models: Models | None, today: date | None) -> DocResult:
    started = time.perf_counter()
    try:
        extracted: Extracted = extract()
    except DocumentError as error:
        return failed_result(doc_id, str(error), seconds=time.perf_counter() - started)
    try:
        result = process_text(extracted.text, models, doc_id=doc_id, today=today, meta=extracted.meta)
    except MemoryError:
        raise
    except Exception as error:  # a bug on this input: this document fails, not the run
        message = " ".join(str(error).split())[:200]
        return failed_result(doc_id, f"internal error: {type(error).__name__}: {message}",
                             seconds=time.perf_counter() - started)
    extra = {"encoding": extracted.encoding}
    return DocResult(**{**_fields(result), "extra": extra, "seconds": time.perf_counter() - started})


def failed_result(doc_id: str, error: str, seconds: float = 0.0) -> DocResult:
    """The result of a document that failed: no rows but its ``documents`` line."""
    return DocResult(doc_id=doc_id, n_chars=0, status="error", error=error, seconds=seconds)


def _fields(result: DocResult) -> dict:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def process_text(text: str, models: Models | None = None, doc_id: str = "", today: date | None = None,
                 meta: DocMeta | None = None) -> DocResult:
    """Run every stage of one document on a decoded text; ``meta`` is what the input said about it."""
    models = models_or_shared(models)
    analysis = analyze_text(text, models.segmenter, models.morph_tagger, models.syntax_parser,
                            models.ner_tagger)  # stage 2
    raws = models.dates.find_raw(text, list(analysis.sentences) or [(0, len(text))])  # stage 3
    meta = complete_metadata(text, meta, raws)
    published = meta.published
    date_facts = normalize_dates(text, raws, published, today=today, analysis=analysis)
    spans = refine_spans(analysis, models.morph, models.orgs, models.gazetteer)  # stage 4
    resolved = resolve_document(analysis, spans, models.morph, models.orgs, models.gazetteer,
                                document_year(published, date_facts))  # stages 5 and 6
    titles = build_positions(analysis, spans, resolved, models.titles, models.orgs, models.gazetteer)  # stage 7
    events = build_events(analysis, spans, resolved, titles, date_facts, models.events, published,
                          doc_id=doc_id)  # stage 7b
    mentions = [*resolved.mentions, *titles.mentions, *events.mentions, *map(_date_mention, date_facts)]
    mentions.sort(key=lambda mention: (mention.start, -mention.end, mention.type))
    return DocResult(
        doc_id=doc_id,
        n_chars=len(text),
        published=published,
        title=meta.title,
        url=meta.url,
        source=meta.source,
        mentions=tuple(mentions),
        persons=tuple(resolved.persons.values()),
        organizations=tuple({**resolved.orgs, **titles.derived_orgs}.values()),
        locations=tuple(resolved.locations.values()),
        positions=tuple(events.positions),
        dates=tuple(date_facts),
        events=tuple(events.events),
        participants=tuple(events.participants),
    )


def _date_mention(fact: DateFact) -> Mention:
    normal = fact.iso_from if fact.iso_from == fact.iso_to else f"{fact.iso_from}/{fact.iso_to}"
    return Mention(fact.start, fact.end, DATE, fact.text, normal, None)
