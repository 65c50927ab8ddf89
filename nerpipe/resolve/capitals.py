"""The capital a text means by ``столичный`` (``в столичной резиденции президента``): Moscow in a text about
Russia, but the one foreign capital a text names when it names no place of Russia and the capital's country is the
one the text is about or is named in the adjective's sentence (:func:`capital_adjectives_abroad`)."""

from __future__ import annotations

from ..ner import Analysis
from ..places import RUSSIA, Place
from ..records import Span
from .named_abroad import sentence_of

_CAPITAL_ADJECTIVE = "столичный"


def is_capital_adjective(word: str, morph) -> bool:
    """Whether a word is ``столичный`` in any form: the adjective of a capital, Moscow's unless a text ties it to
    another."""
    return morph.lemma(word) == _CAPITAL_ADJECTIVE


def capital_adjectives_abroad(analysis: Analysis, places: dict[Span, Place], morph,
                              country: str | None = None) -> dict[Span, Place]:
    """``places`` with each ``столичный`` taken for Moscow made the one capital abroad the text names, where the
    text names no other place of Russia and the capital is of ``country``, the one the text is about, or of a
    country its sentence names (``в Астане … в столичной резиденции президента Казахстана``: Astana's); not
    where the capital is only a place named (``делегация из Вашингтона``, ``мэр Парижа``)."""
    capital_words = {span for span, place in places.items() if place.country_code == RUSSIA
                     and _capital_adjective(analysis, span, morph)}
    if not capital_words or any(place.country_code == RUSSIA for span, place in places.items()
                                if span not in capital_words):
        return places
    capitals = {place for place in places.values() if place.category == "foreign_city" and place.capital}
    if len(capitals) != 1:
        return places
    capital = capitals.pop()
    sentences = {sentence_of(analysis, span) for span, place in places.items()
                 if span not in capital_words and place.country_code == capital.country_code}
    return {span: capital if span in capital_words
            and (capital.country_code == country or sentence_of(analysis, span) in sentences) else place
            for span, place in places.items()}


def _capital_adjective(analysis: Analysis, span: Span, morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    return len(tokens) == 1 and is_capital_adjective(tokens[0].text, morph)
