"""A route natasha reads as one place (``трассе Казань-Оренбург``, ``по маршруту Махачкала–Ростов-на-Дону``):
its two ends joined by a dash, each a place the gazetteer knows, are two LOC spans."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import Span

# a dash between a route's ends, with or without spaces around it
_DASH = re.compile(r"\s*[-–—]\s*")


def split_route(text: str, span: Span, is_place: Callable[[str], bool]) -> list[Span]:
    """A LOC span (an ORG span stays whole: the caller passes none) that no place of the gazetteer is cut at the first
    dash whose both sides are places (``Казань-Оренбург``: ``Казань``, ``Оренбург``; not ``Ростов-на-Дону``, a place
    whole); else the span."""
    surface = text[span.start:span.end]
    if not _DASH.search(surface) or is_place(surface):
        return [span]
    for dash in _DASH.finditer(surface):
        left, right = surface[:dash.start()], surface[dash.end():]
        if left and right and left[-1].isalpha() and right[0].isupper() and is_place(left) and is_place(right):
            return [Span(span.start, span.start + dash.start(), span.type), Span(span.start + dash.end(), span.end,
                                                                                   span.type)]
    return [span]
