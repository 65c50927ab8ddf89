"""Which of several namesakes of a document a surname-only mention is: the one named in full
last before it, in a sentence of its own (``на квартире Тимура Вадеева. Как рассказывает сам
Вадеев`` → Тимур Вадеев, not his brother Аслан Вадеев named later; not one of ``Тимур Вадеев и
Аслан Вадеев``, named together)."""

from __future__ import annotations

import re

from ..names import Name
from ..records import Span

_SENTENCE_END = re.compile(r"[.!?…]\s")


def full_name_starts(names: dict[Span, Name]) -> dict[Name, list[int]]:
    """Where each full name of the document is written in full."""
    starts: dict[Name, list[int]] = {}
    for span, name in names.items():
        if name.is_full:
            starts.setdefault(name, []).append(span.start)
    return starts


def latest_before(text: str, candidates: list[Name], span: Span, starts: dict[Name, list[int]]) -> list[Name]:
    """The candidate named in full last before ``span``, when a sentence ends between it and the
    other candidates named before; none otherwise."""
    before = {c: max((s for s in starts.get(c, []) if s < span.start), default=-1) for c in candidates}
    named = sorted((at, c) for c, at in before.items() if at >= 0)
    if not named:
        return []
    latest, chosen = named[-1]
    if len(named) > 1 and not _SENTENCE_END.search(text, named[-2][0], latest):
        return []
    return [chosen]
