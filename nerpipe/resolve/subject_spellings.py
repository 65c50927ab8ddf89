"""A full name written alike in several spans of a document, one of them the subject of a verb of a gender and kept as
written there (``Ани Ларук исполнила`` beside ``концерт Ани Ларук``): that is the name in the nominative, and every span
written so is it, not the case form another span was read as (``Аня Ларук``)."""

from __future__ import annotations

from collections import defaultdict

from ..morph import fold
from ..names import Name
from ..ner import Analysis
from ..records import Span


def keep_subject_spellings(analysis: Analysis, names: dict[Span, Name], subjects: dict[Span, str | None]) -> None:
    """Every span written as a subject's full name that a verb of a gender shows in the nominative as written gets
    that name, when the spans written so were read as more than one name and the subjects as one."""
    by_surface: dict[str, list[Span]] = defaultdict(list)
    for span in names:
        by_surface[analysis.text[span.start:span.end]].append(span)
    for surface, spans in by_surface.items():
        written = {names[s] for s in spans if subjects.get(s) and names[s].is_full
                   and fold(names[s].full) == fold(" ".join(surface.split()))}
        if len(written) == 1 and len({names[s] for s in spans}) > 1:
            name = written.pop()
            for span in spans:
                names[span] = name
