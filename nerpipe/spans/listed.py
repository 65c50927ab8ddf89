"""Two bodies of a list that natasha tags as one span (``министерства спорта, Федерации хоккея``)."""

from __future__ import annotations

import re

from ..orgs import OrgLexicon
from ..records import Span

# a comma and the capitalised word after it inside a span
_COMMA_WORD = re.compile(r",\s+([А-ЯЁ][а-яё]+)")


def split_listed_bodies(text: str, span: Span, orgs: OrgLexicon) -> list[Span]:
    """An ORG span cut at each comma a capitalised noun of a kind of body follows, when the span
    opens with a noun of a kind too (``министерства спорта, туризма, Федерации хоккея`` → two);
    a comma before a lower-case word stays inside (``министерства спорта, туризма``)."""
    inside = text[span.start:span.end]
    first = inside.split(maxsplit=1)[0] if inside.split() else ""
    if "," not in inside or orgs.kind_of(first.lower()) is None:
        return [span]
    pieces, start = [], span.start
    for found in _COMMA_WORD.finditer(inside):
        if orgs.kind_of(found.group(1).lower()) is None:
            continue
        pieces.append(Span(start, span.start + found.start(), span.type))
        start = span.start + found.start(1)
    pieces.append(Span(start, span.end, span.type))
    return pieces
