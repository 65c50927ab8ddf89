"""The place a dateline opens with (``ТАМБОВ, 4 мая — …``, ``НИЖНИЙ НОВГОРОД, 12 мар - …``, ``…, 12 марта. /ТАСС/.``):
words in capitals opening a line before a comma, a day and its month that
:func:`~nerpipe.dates.published.opens_dateline` reads, a place span whatever the tagger made of them (a body, a
person, or nothing); so are the words in capitals of a place the gazetteer knows opening a line before a full stop
and the text (``ТВЕРЬ. «Метеор» подписал …``): :func:`place_datelines`, the one dateline mechanism of the spans."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates.published import opens_dateline
from ..records import LOC, Span

if TYPE_CHECKING:
    from ..places import Gazetteer

# words in capitals (a hyphen inside maybe, the first of two letters or more) opening a line before a comma
_CAPITAL_WORDS = re.compile(
    r"(?m)^[ \t]*([A-ZА-ЯЁ][A-ZА-ЯЁ]+(?:-[A-ZА-ЯЁ]+)*(?:[ \t]+[A-ZА-ЯЁ]+(?:-[A-ZА-ЯЁ]+)*)*)(?=,)")
# the same words before a full stop and the text of the line (``ТВЕРЬ. «Метеор» …``, ``ТВЕРЬ . Клуб …``)
_STOPPED_WORDS = re.compile(
    r"(?m)^[ \t]*([A-ZА-ЯЁ][A-ZА-ЯЁ]+(?:-[A-ZА-ЯЁ]+)*(?:[ \t]+[A-ZА-ЯЁ]+(?:-[A-ZА-ЯЁ]+)*)*)"
    r"(?=[ \t]?\.[ \t]+[«\"„A-ZА-ЯЁ])")


def place_datelines(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with a place span over the words in capitals that open each dateline, instead of any span over
    them of another type: where the gazetteer knows them (``ТАМБОВ``, ``НИЖНИЙ НОВГОРОД``, tagged or not), or where
    the tagger made a span of just those words, of two or more (``ВЕРХНИЕ ЛУГИ``, a small place's name the gazetteer
    does not know, tagged a body or a person); and over the words of a known place before a full stop that open a
    line (``ОМСК . «Метеор» …``)."""
    exact = {(span.start, span.end) for span in spans}
    places = []
    for found in _CAPITAL_WORDS.finditer(text):
        start, end = found.span(1)
        if not opens_dateline(text, end):
            continue
        if gazetteer.lookup(found.group(1)) is not None or " " in found.group(1) and (start, end) in exact:
            places.append(Span(start, end, LOC))
    places.extend(Span(*found.span(1), LOC) for found in _STOPPED_WORDS.finditer(text)
                  if gazetteer.lookup(found.group(1)) is not None)
    if not places:
        return spans
    out = [span for span in spans if not any(span.overlaps(place) and span != place for place in places)]
    out.extend(place for place in places if place not in out)
    return out
