"""ORG spans of the authorities of a state or a place, named in the plural (``турецкие власти``, ``власти
Заречья``): a noun of :data:`AUTHORITY_NOUNS` in the plural with the adjective of a place before it or a place in
the genitive right after it. Alone (``местные власти``), in the singular (``пришёл к власти``, ``органы власти``)
or of a person (``власти Петрова``) it names no body."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..places import Gazetteer
from ..records import LOC, ORG, Span
from .descriptors import _adjectives_before

# nouns that name a place's governing bodies together, in the plural
AUTHORITY_NOUNS = frozenset({"власть"})


def find_authorities(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> list[Span]:
    """The spans with an ORG span added for each place's authorities (see the module), unless a span crosses it."""
    found: list[Span] = []
    for token in analysis.tokens:
        if token.feat.get("Number") != "Plur" or morph.lemma(token.text) not in AUTHORITY_NOUNS:
            continue
        span = _placed_authorities(analysis, token.index, spans, morph, gazetteer)
        if span is not None and not any(s.overlaps(span) and not span.contains(s) for s in [*spans, *found]):
            found.append(span)
    return spans + found if found else spans


def _placed_authorities(analysis: Analysis, head: int, spans: list[Span], morph: Morph,
                        gazetteer: Gazetteer) -> Span | None:
    """The span of the authorities the noun ``head`` names with a place's adjective before it (``киргизских
    властей``) or a place in the genitive right after it (``властями Заречья``), else ``None``."""
    tokens = analysis.tokens
    first = _adjectives_before(analysis, head, morph)
    if any(gazetteer.place_of_adjective(t.text) is not None for t in tokens[first:head]):
        return Span(tokens[first].start, tokens[head].end, ORG)
    after = tokens[head + 1] if head + 1 < len(tokens) and tokens[head + 1].sent == tokens[head].sent else None
    if after is None or after.feat.get("Case") != "Gen":
        return None
    place = next((s for s in spans if s.type == LOC and s.start == after.start), None)
    return Span(tokens[head].start, place.end, ORG) if place is not None else None
