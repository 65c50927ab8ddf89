"""The capital a text means by ``столичный`` (``в столичной резиденции президента``): Moscow in a text about
Russia, but the one foreign capital a text names when it names no place of Russia and the capital's country is the
one the text is about or is named in the adjective's sentence, or when it names no place of Moscow and the capital's
country is named in the adjective's sentence or the one before (:func:`capital_adjectives_abroad`)."""

from __future__ import annotations

from ..ner import Analysis
from ..places import RUSSIA, Place
from ..records import Span
from .named_abroad import sentence_of

_CAPITAL_ADJECTIVE = "столичный"
_MOSCOW = "RU-MOW"


def capital_adjectives_abroad(analysis: Analysis, places: dict[Span, Place], morph,
                              country: str | None = None) -> dict[Span, Place]:
    """``places`` with each ``столичный`` taken for Moscow made the one capital abroad the text names, where the
    text names no other place of Russia and the capital is of ``country``, the one the text is about, or of a
    country its sentence names (``в Астане … в столичной резиденции президента Казахстана``: Astana's); not
    where the capital is only a place named (``делегация из Вашингтона``, ``мэр Парижа``)."""
    capital_words = {span for span, place in places.items() if place.country_code == RUSSIA
                     and _capital_adjective(analysis, span, morph)}
    if not capital_words:
        return places
    others = [place for span, place in places.items() if span not in capital_words]
    capitals = {place for place in others if place.category == "foreign_city" and place.capital}
    if len(capitals) != 1:
        return places
    capital = capitals.pop()
    sentences = {sentence_of(analysis, span) for span, place in places.items()
                 if span not in capital_words and place.country_code == capital.country_code}
    russian = any(place.country_code == RUSSIA for place in others)
    moscow = any(place.region_code == _MOSCOW for place in others)
    return {span: capital if span in capital_words and (
        not russian and (capital.country_code == country or sentence_of(analysis, span) in sentences)
        or not moscow and _near(sentence_of(analysis, span), sentences)) else place
        for span, place in places.items()}


def _near(sentence: int | None, sentences: set[int | None]) -> bool:
    """Whether a sentence is one that names the capital's country or the one after it: ``столичный`` there is that
    capital, in a text that names regions of Russia but not Moscow (``побывала в мэрии Улан-Батора. … председателем
    Столичного совета``)."""
    return sentence is not None and (sentence in sentences or sentence - 1 in sentences)


def _capital_adjective(analysis: Analysis, span: Span, morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    return len(tokens) == 1 and morph.lemma(tokens[0].text) == _CAPITAL_ADJECTIVE
