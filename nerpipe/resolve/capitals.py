"""Places of a text that names no place of Russia: the capital it means by ``столичный`` (``в столичной резиденции
президента``) is the one capital abroad it names, not Moscow (:func:`capital_adjectives_abroad`); a place of no
country is of the country of the last place named before it, else of the first after it
(:func:`country_named_nearest`)."""

from __future__ import annotations

from ..ner import Analysis
from ..places import RUSSIA, Place
from ..records import Span

_CAPITAL_ADJECTIVE = "столичный"


def capital_adjectives_abroad(analysis: Analysis, places: dict[Span, Place], morph) -> dict[Span, Place]:
    """``places`` with each ``столичный`` taken for Moscow made the one capital abroad the text names, where the
    text names no other place of Russia (``в Астане … в столичной резиденции президента Казахстана``: Astana's)."""
    capital_words = {span for span, place in places.items() if place.country_code == RUSSIA
                     and _capital_adjective(analysis, span, morph)}
    if not capital_words or any(place.country_code == RUSSIA for span, place in places.items()
                                if span not in capital_words):
        return places
    capitals = {place for place in places.values() if place.category == "foreign_city" and place.capital}
    if len(capitals) != 1:
        return places
    capital = capitals.pop()
    return {span: capital if span in capital_words else place for span, place in places.items()}


def _capital_adjective(analysis: Analysis, span: Span, morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    return len(tokens) == 1 and morph.lemma(tokens[0].text) == _CAPITAL_ADJECTIVE


def country_named_nearest(span: Span, places: dict[Span, Place]) -> str | None:
    """The country of the last place with a country named before ``span``, else of the first named after it (``в
    районе городов Чибок и Кондуга … в Нигерии``), in a text that names no place of Russia; ``None`` elsewhere."""
    if any(place.country_code == RUSSIA for place in places.values()):
        return None
    named = sorted((other.start, place.country_code) for other, place in places.items()
                   if place.country_code is not None and other != span)
    before = [country for start, country in named if start < span.start]
    after = [country for start, country in named if start >= span.end]
    return before[-1] if before else after[0] if after else None
