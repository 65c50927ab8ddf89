"""Abbreviations news agencies write between slashes after a body's name (``Федерации гребли Заречья
/ФГЗ/``): natasha takes the opening slash and the abbreviation into the name's span."""

from __future__ import annotations

from ..orgs.words import slashed_after
from ..records import ORG, Span


def split_slashed(text: str, span: Span) -> tuple[Span, Span | None]:
    """An ORG span cut before the slash that opens an abbreviation (``лиги /ЛСК/``), and the
    abbreviation as a span of its own; a slash alone ending the span is dropped (``России /``)."""
    inside = text[span.start:span.end]
    slash = inside.rfind("/")
    if slash <= 0:
        return span, None
    head = inside[:slash].rstrip()
    if not head or "/" in head:
        return span, None
    inner = slashed_after(text, span.start + slash)
    if inner is not None:
        return Span(span.start, span.start + len(head), span.type), Span(inner[0], inner[1], ORG)
    if not inside[slash + 1:].strip():
        return Span(span.start, span.start + len(head), span.type), None
    return span, None
