"""Which foreign country a place of no country is of where the text does not plainly say (no country dominates its
places, and its phrase names none): the one foreign country the text names, in a text that names no place of
Russia (``провинции Себу на Филиппинах … в Бого, Данбантаяне``); else the one foreign country named in its sentence
or the sentence before, with no place of another country there (``В Таиланде наводнение затопило город
Пхетчабури``, a headline ``Наводнение во Вьетнаме`` before ``В провинциях Хатинь и Куангбинь``); and a town of
another country of the gazetteer listed beside the places of the one foreign country such a text names, a town of
that country of the same name (``в Бого, Данбантаяне, Медельине``: not Colombia's Medellín)."""

from __future__ import annotations

import re

from ..morph import fold
from ..ner import Analysis
from ..places import RUSSIA, VILLAGE_TYPES, Place
from ..records import Span

# nouns of divisions only foreign states have (``провинция Хэйлунцзян``): never a place of Russia
_FOREIGN_DIVISIONS = frozenset({"провинция", "штат", "префектура", "кантон", "графство", "эмират"})
# the endings of an adjective's forms: a word the tagger reads as one that has none is a name (``Куангбинь``)
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ую|юю|ей|ыми|ими)$")
# how many sentences before a place's own one a country's name may stand and still say where it is
_SENTENCES_BEFORE = 1


def countries_named(places: dict[Span, Place]) -> set[str]:
    """The foreign countries a text names as countries (``Филиппинах``, ``вьетнамских``), not through a town."""
    return {place.country_code for place in places.values()
            if place is not None and place.category == "country" and place.country_code not in (None, RUSSIA)}


def names_russia(places: dict[Span, Place]) -> bool:
    """Whether a text names Russia or any place of Russia."""
    return any(place is not None and place.country_code == RUSSIA for place in places.values())


def one_country_named(places: dict[Span, Place]) -> str | None:
    """The one foreign country a text names as a country when it names no place of Russia, else ``None``."""
    countries = countries_named(places)
    return countries.pop() if len(countries) == 1 and not names_russia(places) else None


def country_named_near(analysis: Analysis | None, span: Span, place: Place, places: dict[Span, Place],
                       by_sentence: bool = True) -> str | None:
    """The foreign country a place of no country is of by what the text names around it (see the module): for a
    division only foreign states have, or any place of a text that names no place of Russia, the one foreign country
    the text names; else (not a village, a kind Russia's own, nor an adjective alone) the one country whose places
    its sentence or the one before names, where no place of Russia or of another country is named (the nearest
    sentence naming one says); else ``None``. Not by its sentences unless ``by_sentence``."""
    countries = countries_named(places)
    if len(countries) == 1 and (place.name.split()[0] in _FOREIGN_DIVISIONS or not names_russia(places)):
        return next(iter(countries))
    if analysis is None or not by_sentence or fold(place.name.split()[0]) in VILLAGE_TYPES:
        return None
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or all(_adjective(token) for token in tokens):  # ``Северной`` of ``Северной и Южной Кореи``
        return None
    for sentence in range(tokens[0].sent, tokens[0].sent - _SENTENCES_BEFORE - 1, -1):
        country = _country_of_sentence(analysis, sentence, span, places)
        if country is not None:
            return country or None
    return None


def _country_of_sentence(analysis: Analysis, sentence: int, span: Span, places: dict[Span, Place]) -> str | None:
    """The one foreign country whose places (the country itself, a town of it) a sentence names besides ``span`` by
    a noun, where it names no other country nor Russia by any word; ``""`` where it names a place of Russia or of
    several countries, or a country by an adjective alone (``американского агентства`` says whose, not where);
    ``None`` where it names none."""
    nouns: set[str] = set()
    named: set[str] = set()
    for other, other_place in places.items():
        if other_place is None or other == span or other_place.country_code is None:
            continue
        words = analysis.tokens_in(other.start, other.end)
        if words and words[0].sent == sentence:
            named.add(other_place.country_code)
            if not all(_adjective(word) for word in words):
                nouns.add(other_place.country_code)
    if not named:
        return None
    return named.pop() if nouns and len(named) == 1 and RUSSIA not in named else ""


def namesake_abroad(analysis: Analysis, span: Span, place: Place, places: dict[Span, Place]) -> str | None:
    """The one foreign country a text that names no place of Russia names, for a town of the gazetteer of another
    country, not its capital, that the text does not name, listed by a comma or ``и`` beside a place of no country
    or of that country (see the module); else ``None``."""
    if place.category != "foreign_city" or place.capital or place.country_code in (None, RUSSIA):
        return None
    country = one_country_named(places)
    if country is None or country == place.country_code:
        return None
    return country if any(other != span and other_place is not None and other_place.country_code in (None, country)
                          and listed_together(analysis, span, other) for other, other_place in places.items()) \
        else None


def _adjective(token) -> bool:
    """Whether the tagger reads a token as an adjective and it ends as one (``Северной``, ``американского``)."""
    return token.pos == "ADJ" and _ADJECTIVE_END.search(token.text.lower()) is not None


def listed_together(analysis: Analysis, one: Span, other: Span) -> bool:
    """Whether two spans of one sentence stand side by side in a list: only a comma or ``и`` between them."""
    first, second = (one, other) if one.end <= other.start else (other, one)
    if first.end > second.start:
        return False
    between = analysis.text[first.end: second.start]
    return between.strip() in (",", "и") and "\n" not in between
