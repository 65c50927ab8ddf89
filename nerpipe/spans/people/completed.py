"""A name written in full where a span holds only its first words: a span of the first words of a name the
document writes in full in another span, followed in the text by that name's other words, grows over them
(``Хуан Карлос`` + ``Гомес Ортега`` in a headline the tagger left in pieces, when the text names ``Хуан Карлос Гомес
Ортега`` elsewhere)."""

from __future__ import annotations

import re

from ...records import PER, Span

_WORD = re.compile(r"\S+")


def complete_document_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each PER span of the first words of another PER span's name of three words or more grown to the
    whole name where its other words follow it, one space apart and as written there; the PER spans inside the grown
    span are dropped (``Ортега`` of ``Хуан Карлос`` ``Гомес Ортега``). Spans of other types stay."""
    people = [s for s in spans if s.type == PER]
    names = {tuple(_words(text, s)) for s in people}
    full = sorted((name for name in names if len(name) >= 3), key=lambda n: (-len(n), n))  # longest first
    if not full:
        return spans
    grown: dict[Span, Span] = {}
    for span in people:
        words = _words(text, span)
        for name in full:
            if len(name) <= len(words) or tuple(words) != name[:len(words)]:
                continue
            rest = " " + " ".join(name[len(words):])
            end = span.end + len(rest)
            if text.startswith(rest, span.end) and _ends_word(text, end) and not any(
                    s.type != PER and s.start < end and span.end < s.end for s in spans):
                grown[span] = Span(span.start, end, PER)
                break
    if not grown:
        return spans
    covered = list(grown.values())
    result = []
    for span in spans:
        if span in grown:
            result.append(grown[span])
        elif span.type == PER and any(c.start <= span.start and span.end <= c.end for c in covered):
            continue
        else:
            result.append(span)
    return result


def _words(text: str, span: Span) -> list[str]:
    return _WORD.findall(text[span.start:span.end])


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum() and text[end] != "-"
