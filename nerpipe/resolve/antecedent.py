"""Which of several namesakes of a document a surname-only mention is: the one named in full
last before it (``Кафе открыл Тимур Вадеев. Позже Вадеев добавил …`` → Тимур Вадеев, not his
brother Аслан Вадеев named later); none when the last two are named together (``Тимур Вадеев и Аслан
Вадеев``)."""

from __future__ import annotations

import re

from ..names import Name
from ..records import Span

_TOGETHER = re.compile(r"\s*(?:,|и|или|а также|—|-)?\s*")


def full_name_spans(names: dict[Span, Name]) -> dict[Name, list[Span]]:
    """Where each full name of the document is written in full."""
    spans: dict[Name, list[Span]] = {}
    for span, name in names.items():
        if name.is_full:
            spans.setdefault(name, []).append(span)
    return spans


def latest_before(text: str, candidates: list[Name], span: Span, spans: dict[Name, list[Span]]) -> list[Name]:
    """The candidate named in full last before ``span``, unless the candidate named before that is
    named beside it, with nothing but a comma or a conjunction between them; none otherwise."""
    named = sorted(((max(before, key=lambda s: s.start), c) for c in candidates
                    if (before := [s for s in spans.get(c, []) if s.start < span.start])), key=lambda x: x[0].start)
    if not named:
        return []
    latest, chosen = named[-1]
    if len(named) > 1 and _TOGETHER.fullmatch(text, named[-2][0].end, latest.start):
        return []
    return [chosen]
