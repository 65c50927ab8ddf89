"""The place a dateline opens with, one word in capitals the gazetteer knows (``ТАМБОВ, 4 мая — …``, ``МАГАДАН, 17
мар -``), a place span whatever the tagger made of it (a body, or nothing): :func:`place_datelines`. Datelines of
two words or more that the tagger took for a body are :func:`~nerpipe.spans.chrome.recast_datelines`'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import LOC, Span
from .published import opens_dateline

if TYPE_CHECKING:
    from ..places import Gazetteer

# one word in capitals (a hyphen inside maybe) opening a line before a comma
_CAPITAL_WORD = re.compile(r"(?m)^[ \t]*([A-ZА-ЯЁ][A-ZА-ЯЁ]+(?:-[A-ZА-ЯЁ]+)*)(?=,)")


def place_datelines(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with a place span over each one-word place in capitals that opens a dateline the gazetteer knows,
    instead of any span over it of another type."""
    places = []
    for found in _CAPITAL_WORD.finditer(text):
        start, end = found.span(1)
        if opens_dateline(text, end) and gazetteer.lookup(found.group(1)) is not None:
            places.append(Span(start, end, LOC))
    if not places:
        return spans
    out = [span for span in spans if not any(span.start < place.end and place.start < span.end
                                             and (span.type != LOC or span != place) for place in places)]
    out.extend(place for place in places if place not in out)
    return out
