"""Places of a text that names no place of Russia: the capital it means by ``столичный`` (``в столичной резиденции
президента``) is the one capital abroad it names, not Moscow (:func:`capital_adjectives_abroad`); a place of no
country is of the country of the last place named in a sentence before its, else of the first in one after it
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


def country_named_nearest(analysis: Analysis, span: Span, places: dict[Span, Place]) -> str | None:
    """The country of the last place with a country named in a sentence before ``span``'s, else of the first named
    in a sentence after it (``в районе городов Чибок и Кондуга. … в Нигерии``), in a text that names no place of
    Russia; ``None`` elsewhere, where ``span``'s own sentence names a place of a country (its phrase says how they
    stand: ``из Кедровки в Германию``), and where that place is listed with one of another country (``Делегации
    Китая и Монголии``)."""
    if any(place.country_code == RUSSIA for place in places.values()):
        return None
    sentence = _sentence(analysis, span)
    named = sorted((other.start, other.end, place.country_code, _sentence(analysis, other))
                   for other, place in places.items() if place.country_code is not None and other != span)
    if sentence is None or any(other[3] == sentence for other in named):
        return None
    before = [k for k, other in enumerate(named) if other[3] is not None and other[3] < sentence]
    after = [k for k, other in enumerate(named) if other[3] is not None and other[3] > sentence]
    if not before and not after:
        return None
    chosen = before[-1] if before else after[0]
    listed = {named[chosen][2]}
    for step in (-1, 1):
        k = chosen
        while 0 <= k + step < len(named) and _listed(analysis.text, named[min(k, k + step)], named[max(k, k + step)]):
            k += step
            listed.add(named[k][2])
    return named[chosen][2] if len(listed) == 1 else None


def _sentence(analysis: Analysis, span: Span) -> int | None:
    tokens = analysis.tokens_in(span.start, span.end)
    return tokens[0].sent if tokens else None


def _listed(text: str, first: tuple, second: tuple) -> bool:
    """Whether two places stand side by side in a list: only a comma or ``и`` between them."""
    return text[first[1]:second[0]].strip() in (",", "и")
