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

from .dates import find_published, normalize_dates
from .errors import DocumentError
from .models import Models, models_or_shared
from .ner import analyze_text
from .read import decode_bytes, hash_bytes, make_doc_id
from .records import DATE, DateFact, DocResult, Mention
from .resolve import document_year, resolve_document
from .spans import refine_spans
from .titles import build_positions

PIPELINE_VERSION = "5"  # bump when the output of process_document changes for the same input


def process_document(data: bytes, models: Models | None = None, today: date | None = None) -> DocResult:
    """Process one document's bytes. Never raises for bad content: errors come back as ``status='error'``."""
    started = time.perf_counter()
    sha = hash_bytes(data)
    doc_id = make_doc_id(sha)
    try:
        decoded = decode_bytes(data)
    except DocumentError as error:
        return DocResult(doc_id=doc_id, n_chars=0, status="error", error=str(error),
                         seconds=time.perf_counter() - started)
    result = process_text(decoded.text, models, doc_id=doc_id, today=today)
    extra = {"encoding": decoded.encoding}
    return DocResult(**{**_fields(result), "extra": extra, "seconds": time.perf_counter() - started})


def _fields(result: DocResult) -> dict:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def process_text(text: str, models: Models | None = None, doc_id: str = "", today: date | None = None) -> DocResult:
    """Run every stage of one document on a decoded text."""
    models = models_or_shared(models)
    analysis = analyze_text(text, models.segmenter, models.morph_tagger, models.syntax_parser,
                            models.ner_tagger)  # stage 2
    raws = models.dates.find_raw(text, list(analysis.sentences) or [(0, len(text))])  # stage 3
    published = find_published(text, raws)
    date_facts = normalize_dates(text, raws, published, today=today)
    spans = refine_spans(analysis, models.morph, models.orgs, models.gazetteer)  # stage 4
    resolved = resolve_document(analysis, spans, models.morph, models.orgs, models.gazetteer,
                                document_year(published, date_facts))  # stages 5 and 6
    titles = build_positions(analysis, spans, resolved, models.titles, models.orgs, models.gazetteer)  # stage 7
    mentions = [*resolved.mentions, *titles.mentions, *map(_date_mention, date_facts)]
    mentions.sort(key=lambda mention: (mention.start, -mention.end, mention.type))
    return DocResult(
        doc_id=doc_id,
        n_chars=len(text),
        published=published,
        title=_title_line(text),
        mentions=tuple(mentions),
        persons=tuple(resolved.persons.values()),
        organizations=tuple({**resolved.orgs, **titles.derived_orgs}.values()),
        locations=tuple(resolved.locations.values()),
        positions=tuple(titles.facts),
        dates=tuple(date_facts),
    )


def _date_mention(fact: DateFact) -> Mention:
    normal = fact.iso_from if fact.iso_from == fact.iso_to else f"{fact.iso_from}/{fact.iso_to}"
    return Mention(fact.start, fact.end, DATE, fact.text, normal, None)


def _title_line(text: str) -> str | None:
    """The first line that reads like a headline (skipping short labels such as ``Пресс-служба``)."""
    for line in text.split("\n")[:8]:
        line = line.strip()
        if len(line) >= 25 and len(line) <= 300:
            return line
    return None
