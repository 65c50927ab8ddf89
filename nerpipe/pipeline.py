"""The per-document function: bytes in, :class:`~nerpipe.records.DocResult` out.

It is pure (no I/O, no shared state beyond the per-process models), so any
engine — a loop, a process pool, a Dask cluster — can run it.
:func:`process_text` calls the stages in flow order, one call a stage, each
given only the models it uses; the corpus stages (8, 9) run once per run, over
the stored results (:mod:`nerpipe.corpus`, :mod:`nerpipe.write`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from .dates import RelativeDate, read_dates
from .errors import DocumentError
from .events import build_events
from .formats import DocMeta, Extracted, Record, extract_document, extract_record
from .metadata import complete_metadata
from .models import Models, models_or_shared
from .ner import Analysis, analyze_text, analyze_texts, retag_predicates
from .read import hash_bytes, make_doc_id
from .records import DATE, DateFact, DocResult, Mention
from .resolve import document_year, resolve_document
from .spans import refine_spans
from .spans.people.duos import split_duo_tokens
from .titles import build_positions
from .version import PIPELINE_VERSION  # noqa: F401  (re-exported: pipeline.PIPELINE_VERSION)


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
    return process_job(document_job(data, sha256=sha256, format=format, gzip=gzip, meta=meta), models, today)


def process_record(record: Record, models: Models | None = None, today: date | None = None) -> DocResult:
    """Process one row of a table or one page of a web archive (:func:`nerpipe.formats.iter_records`).

    Its ``doc_id`` derives from :attr:`Record.sha256` (content and metadata).
    """
    return process_job(record_job(record), models, today)


def process_documents(jobs: list[Job], models: Models | None = None, today: date | None = None) -> list[DocResult]:
    """Process many documents: what :func:`process_job` gives for each, their texts analysed together
    (stage 2 is faster so). The engines do the same step by step, with a time limit for each."""
    started = time.perf_counter()
    extracted = [extract_job(job) for job in jobs]
    texts = [item for item in extracted if isinstance(item, Extracted)]
    analyses = iter(analyze_extracted(texts, models))
    return [item if isinstance(item, DocResult) else finish_job(job, item, models, today, analysis=next(analyses),
                                                                  started=started)
            for job, item in zip(jobs, extracted)]


@dataclass(frozen=True, slots=True)
class Job:
    """One document to process: its ``doc_id``, and how to get its text (:func:`extract_job`)."""

    doc_id: str
    extract: Callable[[], Extracted]


def document_job(data: bytes, *, sha256: str | None = None, format: str = "text", gzip: bool = False,
                 meta: DocMeta | None = None) -> Job:
    """The job of a single-document file's bytes (see :func:`process_document`)."""
    return Job(make_doc_id(sha256 or hash_bytes(data)), lambda: extract_document(data, format, gzip=gzip, meta=meta))


def record_job(record: Record) -> Job:
    """The job of one record of a multi-document file (see :func:`process_record`)."""
    return Job(make_doc_id(record.sha256), lambda: extract_record(record))


def process_job(job: Job, models: Models | None = None, today: date | None = None) -> DocResult:
    """Extract the job's text and run every stage on it (see :func:`process_document`)."""
    started = time.perf_counter()
    extracted = extract_job(job)
    if isinstance(extracted, DocResult):
        return extracted
    return finish_job(job, extracted, models, today, started=started)


def extract_job(job: Job) -> Extracted | DocResult:
    """The job's text, or the failed result of a document that cannot be read."""
    started = time.perf_counter()
    try:
        return job.extract()
    except DocumentError as error:
        return failed_result(job.doc_id, str(error), seconds=time.perf_counter() - started)


def analyze_extracted(texts: list[Extracted], models: Models | None = None) -> list[Analysis]:
    """Stage 2 for the texts of many documents at once (one :class:`Analysis` each)."""
    return analyze_texts([extracted.text for extracted in texts], models_or_shared(models).tagger)


def finish_job(job: Job, extracted: Extracted, models: Models | None, today: date | None, *,
               analysis: Analysis | None = None, started: float | None = None) -> DocResult:
    """Every stage on an extracted text (``analysis``: its stage 2, when made already with other documents');
    an exception of a stage becomes the document's error. ``started``: when work on the document began."""
    started = time.perf_counter() if started is None else started
    try:
        result = process_text(extracted.text, models, doc_id=job.doc_id, today=today, meta=extracted.meta,
                              analysis=analysis)
    except MemoryError:
        raise
    except Exception as error:  # a bug on this input: this document fails, not the run
        message = " ".join(str(error).split())[:200]
        return failed_result(job.doc_id, f"internal error: {type(error).__name__}: {message}",
                             seconds=time.perf_counter() - started)
    extra = {"encoding": extracted.encoding}
    return DocResult(**{**_fields(result), "extra": extra, "seconds": time.perf_counter() - started})


def failed_result(doc_id: str, error: str, seconds: float = 0.0) -> DocResult:
    """The result of a document that failed: no rows but its ``documents`` line."""
    return DocResult(doc_id=doc_id, n_chars=0, status="error", error=error, seconds=seconds)


def _fields(result: DocResult) -> dict:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def process_text(text: str, models: Models | None = None, doc_id: str = "", today: date | None = None,
                 meta: DocMeta | None = None, analysis: Analysis | None = None) -> DocResult:
    """Run every stage of one document on a decoded text; ``meta`` is what the input said about it,
    ``analysis`` its stage 2 when it was made already (:func:`analyze_extracted`)."""
    models = models_or_shared(models)
    if analysis is None:
        analysis = analyze_text(text, models.tagger)  # stage 2
    analysis = retag_predicates(analysis, models.morph)  # a verb opening a sentence the tagger took for a name
    analysis = split_duo_tokens(analysis, models.morph, models.gazetteer)  # ``дуэт Котова-Вельцер``: two names
    sentences = list(analysis.sentences) or [(0, len(text))]
    raws = models.dates.find_raw(text, sentences, analysis)  # stage 3
    meta = complete_metadata(text, meta, raws)
    published = meta.published
    dates_read = read_dates(text, raws, published, today=today, analysis=analysis)
    durations = models.dates.find_durations(text, sentences, raws, analysis)
    date_facts = list(dates_read.facts)
    spans = refine_spans(analysis, models.morph, models.orgs, models.gazetteer)  # stage 4
    resolved = resolve_document(analysis, spans, models.morph, models.orgs, models.gazetteer,
                                document_year(published, date_facts))  # stages 5 and 6
    titles = build_positions(analysis, spans, resolved, models.titles, models.orgs, models.gazetteer)  # stage 7
    events = build_events(analysis, spans, resolved, titles, date_facts, models.events, published,
                          doc_id=doc_id)  # stage 7b
    mentions = [*resolved.mentions, *titles.mentions, *events.mentions, *map(_date_mention, date_facts),
                *map(_relative_mention, dates_read.unresolved), *map(_relative_mention, durations)]
    if analysis.text != text:  # stage 2 read apostrophes as quotes (nerpipe.text.unify_quotes): words as written
        mentions = [replace(mention, text=text[mention.start:mention.end]) for mention in mentions]
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


def _relative_mention(relative: RelativeDate) -> Mention:
    """A relative date with nothing to count from: a mention whose normal is its canonical words."""
    return Mention(relative.start, relative.end, DATE, relative.text, relative.normal, None)
