"""Which foreign country a place of no country is of where the text does not plainly say (no country dominates its
places, and its phrase names none): the one foreign country the text names, in a text that names no place of
Russia (``провинции Тамбалан в Заморье … в Бангасане, Лирайяне``); else the one foreign country named in its sentence
or the sentence before, with no place of another country there (``В Заморье наводнение затопило город Кедринск``,
a headline ``Наводнение в Заморье`` before ``В провинциях Тханьхоа и Куангдинь``); and a town of another country of
the gazetteer listed only beside places the gazetteer does not know in a text naming one foreign country, a town of
that country of the same name (``в Бангасане, Лирайяне, Толедо`` in a text about Заморье: not Spain's Toledo). A
building that seats a state's power (``Белый дом``, resources/seats.csv) is of that state where its sentence or the
one before names a place of it, else of none; a sea, a gulf or a strait of none.

Never a country named as where the place's subject goes or comes from (``Жители города Кедринска отправились в
Заморье``, ``Уроженец Кедринска вернулся из Заморья``), or buys goods in (``Завод в Кедринске закупил станки в
Заморье``): the place is where they set off, not the country; the
country still places what hangs on it (``прилетели в Заморье, в город Кедринск``) and what the next sentences name.

What a text names of countries is read once (:func:`read_countries`) for all its places."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..morph import Morph, fold
from ..ner import Analysis
from ..place_sources import read_csv
from ..places import FOREIGN_DIVISIONS, RUSSIA, VILLAGE_TYPES, Place
from ..records import Span
from .syntax import FROM_PREPOSITIONS, PLACE_PREPOSITIONS, governed, span_heads

# the endings of an adjective's forms: a word the tagger reads as one that has none is a name (``Куангдинь``)
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ую|юю|ей|ыми|ими)$")
# the nouns of waters between states (``Персидский залив``, ``Балтийское море``), lemmas: of no country a text names
_SEA_NOUNS = frozenset({"море", "океан", "залив", "пролив"})
# how many sentences before a place's own one a country's name may stand and still say where it is
_SENTENCES_BEFORE = 1


@dataclass(frozen=True)
class NamedCountries:
    """What a text names of countries, read once for all its places: the foreign countries it names as countries
    (``countries``), whether it names Russia or a place of it (``russia``), by sentence the countries whose places it
    names and those of them it names by a noun (``sentences``), and by the index of the verb of their clause the
    countries named as where someone goes or comes from (``gone``: ``отправились на отдых в Заморье``) and the head
    words of those names (``gone_heads``)."""

    countries: frozenset[str]
    russia: bool
    sentences: dict[int, tuple[frozenset[str], frozenset[str]]]
    gone: dict[int, frozenset[str]]
    gone_heads: frozenset[int] = frozenset()  # the head words of the countries gone to or come from
    seats: dict[str, str] = field(default_factory=dict)  # the states of the seats of power it names, by their names

    def seat_country(self, place: Place, sentence: int | None) -> str | None:
        """The state a building that seats a state's power abroad is of (``в Белом доме``: the US, :func:`_seat_keys`)
        where the place's ``sentence`` or the one before names a place of that state, else ``""``: not the country
        named nearest, nor the one the text is about; ``""`` too for a sea, a gulf or a strait (``Персидский залив``:
        of no one state); ``None`` for any other place."""
        if any(word in _SEA_NOUNS for word in fold(place.name).split()):
            return ""
        state = self.seats.get(place.name)
        if state is None:
            return None
        near = () if sentence is None else (sentence, sentence - 1)
        return state if any(state in self.sentences.get(at, ((),))[0] for at in near) else ""

    def one(self) -> str | None:
        """The one foreign country the text names as a country when it names no place of Russia, else ``None``."""
        return next(iter(self.countries)) if len(self.countries) == 1 and not self.russia else None


def read_sentences(analysis: Analysis, places: dict[Span, Place]) -> dict[int, tuple[frozenset[str], frozenset[str]]]:
    """By sentence, the countries of the places it names (a place by the sentence it opens in) and those of them it
    names by a noun (``Заречья``, not ``заречским``), in one pass over the places, for :func:`read_countries` and
    :func:`~nerpipe.resolve.subject_country.read_sentence_countries`; only the sentences that name a country's
    place not inside the quoted name of a work or an act (``«Акт о поддержке свободы в Заречье»``), which says
    nothing of where the sentence is; such a place still counts among the nouns of a sentence that names another."""
    named: dict[int, set[str]] = {}
    nouns: dict[int, set[str]] = {}
    marks = None  # the text's quotation marks, found once where a place of a country needs them
    for span, place in places.items():
        if place is None or place.country_code is None:
            continue
        words = analysis.tokens_in(span.start, span.end)
        if not words:
            continue
        marks = marks if marks is not None else QuoteMarks.of(analysis.text)
        if not marks.encloses(span):
            named.setdefault(words[0].sent, set()).add(place.country_code)
        if not all(_adjective(word) for word in words):  # ``из китайского города``: whose, not where
            nouns.setdefault(words[0].sent, set()).add(place.country_code)
    return {sentence: (frozenset(codes), frozenset(nouns.get(sentence, ()))) for sentence, codes in named.items()}


@dataclass(frozen=True)
class QuoteMarks:
    """Where a text's line breaks and quotation marks stand (sorted offsets), found once for all its spans."""

    breaks: tuple[int, ...]
    marks: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]  # of each pair of _QUOTES: the left, the right

    @classmethod
    def of(cls, text: str) -> QuoteMarks:
        """The line breaks and quotation marks of ``text``."""
        def offsets(mark: str) -> tuple[int, ...]:
            return tuple(match.start() for match in re.finditer(re.escape(mark), text))
        return cls(offsets("\n"), tuple((offsets(left), offsets(right)) for left, right in _QUOTES))

    def encloses(self, span: Span) -> bool:
        """Whether a span stands inside guillemets or curly quotes closed on its line (``«Акт о … на Украине»``):
        the last left mark of a pair before it on its line follows the last right one, and a right one follows
        it on its line."""
        at = bisect_left(self.breaks, span.start)
        line_start = self.breaks[at - 1] + 1 if at else 0
        after = bisect_left(self.breaks, span.end)
        line_end = self.breaks[after] if after < len(self.breaks) else None
        for lefts, rights in self.marks:
            left, right_before = _last_before(lefts, span.start), _last_before(rights, span.start)
            if left is None or left < line_start or right_before is not None and left < right_before:
                continue
            right = bisect_left(rights, span.end)
            if right < len(rights) and (line_end is None or rights[right] < line_end):
                return True
        return False


def _last_before(offsets: tuple[int, ...], stop: int) -> int | None:
    """The last of sorted ``offsets`` before ``stop``, else ``None``."""
    at = bisect_left(offsets, stop)
    return offsets[at - 1] if at else None


# the quotation marks a name of a work or an act is written in
_QUOTES = (("«", "»"), ("“", "”"))


def names_russia(places: dict[Span, Place]) -> bool:
    """Whether a text names a place of Russia."""
    return any(place is not None and place.country_code == RUSSIA for place in places.values())


def read_countries(analysis: Analysis | None, places: dict[Span, Place], morph: Morph | None = None
                   ) -> NamedCountries:
    """What a text names of countries (:class:`NamedCountries`); without its ``analysis``, nothing by sentence."""
    countries = frozenset(place.country_code for place in places.values() if place is not None
                          and place.category == "country" and place.country_code not in (None, RUSSIA))
    russia = names_russia(places)
    sentences = read_sentences(analysis, places) if analysis is not None else {}
    gone: dict[int, set[str]] = {}
    gone_heads: set[int] = set()
    for span, place in places.items():
        if analysis is None or place is None or place.category != "country" or place.country_code is None:
            continue
        words = analysis.tokens_in(span.start, span.end)
        if not words or all(_adjective(word) for word in words):  # ``из китайского города``: whose, not where
            continue
        heads = span_heads(analysis, span)
        if len(heads) == 1 and (_going(analysis, span, morph) or _bought_in(analysis, heads[0], morph)):
            verb = _clause_verb(analysis, heads[0].index)
            if verb is not None:
                gone.setdefault(verb, set()).add(place.country_code)
                gone_heads.add(heads[0].index)
    return NamedCountries(countries, russia, sentences, {index: frozenset(codes) for index, codes in gone.items()},
                          frozenset(gone_heads), read_seats(places, morph))


def read_seats(places: dict[Span, Place], morph: Morph | None) -> dict[str, str]:
    """The states of the places that are seats of a state's power (:func:`_seat_keys`), by their names, compared by the
    lemmas of their words (``Белом доме`` as ``Белый дом``; folded words without ``morph``)."""
    keys = _seat_keys(morph)
    out = {}
    for place in places.values():
        if place is None or place.country_code is not None or place.name in out:
            continue
        state = keys.get(_words_key(place.name, morph))
        if state is not None:
            out[place.name] = state
    return out


@lru_cache(maxsize=4)
def _seat_keys(morph: Morph | None) -> dict[tuple[str, ...], str]:
    """The states of the buildings that seat a state's power, named without the state (``Белый дом``, also Moscow's
    government house; resources/seats.csv), by the lemmas of their names' words."""
    return {_words_key(row["name"], morph): row["country"] for row in read_csv("seats.csv")}


def _words_key(name: str, morph: Morph | None) -> tuple[str, ...]:
    return tuple(fold(morph.lemma(word)) if morph is not None else fold(word) for word in name.split())


def _going(analysis: Analysis, span: Span, morph: Morph | None) -> bool:
    """Whether a place is named as where someone goes (``в Заморье`` in the accusative) or comes from (``из
    Заморья``)."""
    return governed(analysis, span, morph, "Acc", PLACE_PREPOSITIONS) \
        or governed(analysis, span, morph, "Gen", FROM_PREPOSITIONS)


# verbs of buying and ordering, lemmas: a country after ``в`` that depends on one is where goods come from
# (``закупил станки в Заморье``), not where the buyer is
_BUYING = frozenset({"закупить", "закупать", "купить", "покупать", "приобрести", "приобретать", "заказать",
                     "заказывать", "импортировать"})


def _bought_in(analysis: Analysis, head, morph: Morph | None) -> bool:
    """Whether a country's head word is in the locative after ``в`` and depends on a verb of buying, right or
    through its object (``закупил станки в Заморье``): where goods were bought, as one comes from it."""
    index = head.index
    if morph is None or head.feat.get("Case") != "Loc":
        return False
    # the preposition is the head word's ``case`` child, wherever its adjective puts it (``в соседней Заморье``,
    # ``в Заморской Республике``)
    if not any(token.head == index and token.rel == "case" and token.text.lower() in ("в", "во")
               for token in analysis.tokens[max(0, index - 8):index]):
        return False
    for _ in range(2):
        governor = analysis.tokens[index].head
        if governor is None:
            return False
        if analysis.tokens[governor].pos == "VERB":
            return morph.lemma(analysis.tokens[governor].text) in _BUYING
        index = governor
    return False


def country_named_near(analysis: Analysis | None, span: Span, place: Place, named: NamedCountries,
                       gone: frozenset[str], by_sentence: bool = True) -> str | None:
    """The foreign country a place of no country is of by what the text names around it (see the module): for a
    division only foreign states have, or any place of a text that names no place of Russia, the one foreign country
    the text names; else (not a village, a kind Russia's own, nor an adjective alone) the one country whose places
    its sentence or the one before names, where no place of Russia or of another country is named (the nearest
    sentence naming one says); else ``None``. By its sentences, never a country named as where the place's subject
    goes or comes from (``gone``, :func:`countries_gone`; the caller turns down the text's one country if it is
    such). Not by its sentences unless ``by_sentence``."""
    if len(named.countries) == 1 and (place.name.split()[0] in FOREIGN_DIVISIONS or not named.russia):
        return next(iter(named.countries))  # one of ``gone`` its caller turns down
    if analysis is None or not by_sentence or fold(place.name.split()[0]) in VILLAGE_TYPES:
        return None
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or all(_adjective(token) for token in tokens):  # ``Северной`` of ``Северной и Южной Кореи``
        return None
    for sentence in range(tokens[0].sent, tokens[0].sent - _SENTENCES_BEFORE - 1, -1):
        country = _country_of_sentence(named, sentence, gone if sentence == tokens[0].sent else frozenset())
        if country is not None:
            return country or None
    return None


def sentence_of(analysis: Analysis | None, span: Span) -> int | None:
    """The sentence a span opens in, ``None`` without the text's ``analysis``."""
    tokens = analysis.tokens_in(span.start, span.end) if analysis is not None else []
    return tokens[0].sent if tokens else None


def countries_gone(analysis: Analysis, span: Span, named: NamedCountries) -> frozenset[str]:
    """The countries named as where a place's subject goes or comes from: those of the verb whose clause names the
    place (``Жители города Кедринска отправились на отдых в Заморье``, ``Из Кедринска туристы вылетели в Заморье``);
    none where the place hangs on such a country itself (``в Заморье, в город Кедринск``) or on a verb of its own
    (``отправились в Заморье посмотреть город Кедринск``)."""
    heads = span_heads(analysis, span)
    index = _clause_verb(analysis, heads[0].index, named.gone_heads) if heads else None
    return named.gone.get(index, frozenset()) if index is not None else frozenset()


def _clause_verb(analysis: Analysis, index: int, through: frozenset[int] = frozenset()) -> int | None:
    """The index of the verb whose clause the word at ``index`` is of (the nearest verb up the tree from it, else
    the root); ``None`` where the way passes a word of ``through``."""
    token = analysis.tokens[index]
    for _ in range(len(analysis.tokens)):  # up the tree to its root
        if token.head is None:
            return token.index
        if token.head in through:
            return None
        token = analysis.tokens[token.head]
        if token.pos == "VERB":
            return token.index
    return None


def _country_of_sentence(named: NamedCountries, sentence: int, gone: frozenset[str]) -> str | None:
    """The one foreign country whose places (the country itself, a town of it) a sentence names by a noun, where it
    names no other country nor Russia by any word; ``""`` where it names a place of Russia or of several countries,
    or a country by an adjective alone (``американского агентства`` says whose, not where) or only as where the
    place's subject goes or comes from (``gone``); ``None`` where it names none."""
    countries, nouns = named.sentences.get(sentence, (frozenset(), frozenset()))
    if not countries:
        return None
    nouns = nouns - gone
    return next(iter(countries)) if nouns and len(countries) == 1 and RUSSIA not in countries else ""


def namesake_abroad(analysis: Analysis, span: Span, place: Place, places: dict[Span, Place],
                    named: NamedCountries) -> str | None:
    """The one foreign country a text that names no place of Russia names, for a town of the gazetteer of another
    country, not its capital, that the text does not name, listed by a comma or ``и`` beside a place of no country
    (one the gazetteer does not know; see the module); else ``None``. Beside towns the gazetteer knows it is its
    own (``в Лионе, Манчестере`` in a text about France)."""
    if place.category != "foreign_city" or place.capital or place.country_code in (None, RUSSIA):
        return None
    country = named.one()
    if country is None or country == place.country_code:
        return None
    return country if any(other != span and other_place is not None and other_place.country_code is None
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
