"""Places abroad a text names only as where its people meet, go or compete (``провёл переговоры в Лондоне``,
``прибыл в Париж``, ``на Играх в Лондоне``) or as whose their counterparts are (``с британскими коллегами``): they
say nothing of which country the text is about. A text that names a foreign country only so, or as where its trade
goes or comes from (``экспорт пшеницы в Египет``), is about no foreign country (:func:`scope_without_venues`), and
Russia's ministries it names stay Russia's."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..places import RUSSIA, Place
from ..records import Span
from .locations import Scope, document_scope
from .syntax import MODIFIER, PLACE_PREPOSITIONS, span_heads, word_before

# nouns of a meeting, a visit or an event whose place in the locative after ``в``/``на`` is only where it is held
# (``переговоры в Лондоне``, ``Играх … в Лондоне``), lemmas; not a country's own bodies' meetings (``совещание``,
# ``съезд``, ``сессия`` in its capital: a text about that country)
_EVENTS = frozenset({"переговоры", "встреча", "визит", "саммит", "форум", "конференция", "игра", "олимпиада",
                     "чемпионат", "турнир", "соревнование", "выставка", "фестиваль", "конкурс", "поездка",
                     "командировка", "консультация", "марафон", "этап"})
# verbs of meeting, going or arriving whose place is only where someone meets or goes (``встретился в
# Лондоне``, ``прибыл в Париж``, ``посетил Рим``), lemmas
_MEETING = frozenset({"встретиться", "встречаться", "прибыть", "прибывать", "прилететь", "прилетать",
                      "приехать", "приезжать", "вылететь", "улететь", "отправиться", "посетить", "посещать",
                      "побывать"})
# nouns of the counterparts of a visitor an adjective of a country says whose they are (``с британскими
# коллегами``), lemmas
_COUNTERPARTS = frozenset({"коллега", "партнёр", "партнер", "визави", "сторона", "собеседник", "хозяин"})
# nouns of a foreign state's envoys: one serving in a town of Russia is that state's (``генконсул в Чите``), lemmas
FOREIGN_ENVOYS = frozenset({"посол", "посланник", "генконсул", "консул", "вице-консул", "атташе"})
# nouns of a state's envoys whose place after ``в`` is only where they serve (``посол в Китае``, ``постпред в
# Женеве``), lemmas; a ``полпред`` in a district of Russia serves his own state
ENVOYS = FOREIGN_ENVOYS | {"постпред", "полпред"}


# words of trade whose partner is the place after ``в``/``на`` (``экспорт пшеницы в Египет``, ``поставлять в Египет``)
# or after ``из`` (``импорт из Египта``), lemmas: a partner of the text's own country, not the country it is about
_TRADE_TO = frozenset({"экспорт", "поставка", "вывоз", "отгрузка", "экспортировать", "поставлять", "поставить",
                       "вывозить", "вывезти", "отгружать", "отгрузить"})
_TRADE_FROM = frozenset({"импорт", "ввоз", "закупка", "поставка", "импортировать", "ввозить", "ввезти", "закупать",
                         "поставлять", "поставить"})
_FROM = frozenset({"из"})
_TRADE_HOPS = 2  # nouns from a partner's place up to the word of trade (``экспорт пшеницы в Египет``)


def find_trade_partners(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> set[Span]:
    """The spans of places abroad named as where trade goes or comes from (see :data:`_TRADE_TO`)."""
    out = set()
    for span, place in places.items():
        before = word_before(analysis, span)
        heads = span_heads(analysis, span)
        if place is None or place.country_code in (None, RUSSIA) or before is None or len(heads) != 1:
            continue
        preposition = before.text.lower()
        words = _TRADE_TO if preposition in PLACE_PREPOSITIONS else _TRADE_FROM if preposition in _FROM else None
        token = heads[0]
        for _ in range(_TRADE_HOPS):
            if words is None or token.head is None:
                break
            token = analysis.tokens[token.head]
            if morph.lemma(token.text) in words:
                out.add(span)
                break
            if token.pos != "NOUN":
                break
    return out


def venues_abroad(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> set[Span]:
    """The spans of places abroad named only as a venue or as a counterpart's country (see the module)."""
    out = set()
    for span, place in places.items():
        if place is None or place.country_code in (None, RUSSIA):
            continue
        heads = span_heads(analysis, span)
        if len(heads) != 1 or heads[0].head is None:
            continue
        head, governor = heads[0], analysis.tokens[heads[0].head]
        lemma = morph.lemma(governor.text)
        if head.pos == "ADJ":
            if head.rel == MODIFIER and lemma in _COUNTERPARTS:
                out.add(span)
            continue
        before = word_before(analysis, span)
        if before is None or before.text.lower() not in PLACE_PREPOSITIONS \
                or head.feat.get("Case") not in ("Loc", "Acc"):
            continue
        if governor.pos == "VERB" and (lemma in _MEETING or _of_event(analysis, governor.index, morph)):
            out.add(span)  # ``встретился в Лондоне``, ``провёл переговоры в Лондоне``
        elif governor.pos in ("NOUN", "PROPN") and lemma in _EVENTS:
            out.add(span)  # ``переговоры в Лондоне``
    return out


def stations_abroad(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> set[Span]:
    """The spans of places abroad named only as where an envoy serves (``послом в Китае``, ``посол Заречья в
    Германии``): the envoy is of another state, most often the one the text is about, so the place says nothing
    of which country the text is about (a town of Russia where a foreign consul serves stays its region's)."""
    return {span for span, place in places.items()
            if place is not None and place.country_code not in (None, RUSSIA) and is_station(analysis, span, morph)}


def is_station(analysis: Analysis, span: Span, morph: Morph, envoy: int | None = None) -> bool:
    """Whether a place is named only as where an envoy serves: after ``в``/``во``, in the locative or the
    accusative, under a noun of a state's envoy (:data:`ENVOYS`) in the parse (``послом в Китае``, ``посол Заречья
    в Германии``); ``envoy``: the index of the envoy's noun the place must hang under, any where ``None``."""
    heads = span_heads(analysis, span)
    before = word_before(analysis, span)
    if len(heads) != 1 or heads[0].head is None or before is None or before.text.lower() not in ("в", "во") \
            or heads[0].feat.get("Case") not in ("Loc", "Acc"):
        return False
    governor = analysis.tokens[heads[0].head]
    return governor.pos in ("NOUN", "PROPN") and morph.lemma(governor.text) in ENVOYS \
        and envoy in (None, governor.index)


def _of_event(analysis: Analysis, verb: int, morph: Morph) -> bool:
    """Whether a verb has a noun of a meeting or an event for its subject, object or adverbial (``провёл
    переговоры``, ``переговоры прошли``, ``находится с визитом``)."""
    sentence = analysis.tokens_in(*analysis.sentences[analysis.tokens[verb].sent])  # its dependents are there
    return any(token.head == verb and token.rel.startswith(("obj", "nsubj", "obl")) and token.pos == "NOUN"
               and morph.lemma(token.text) in _EVENTS
               for token in sentence)


def scope_without_venues(analysis: Analysis, places: dict[Span, Place], regional: dict[Span, Place] | None,
                         scope: Scope, morph: Morph) -> Scope:
    """``scope``, but of no foreign country where the text names that country only as a venue, as a counterpart's
    (:func:`venues_abroad`) or as a partner of trade (:func:`find_trade_partners`: ``экспорт пшеницы в Египет``, the
    text's own country's trade): the scope of the text without those places."""
    if scope.country is None:
        return scope
    named = {span for span, place in places.items() if place is not None and place.country_code == scope.country}
    if not named <= venues_abroad(analysis, places, morph) | find_trade_partners(analysis, places, morph):
        return scope  # named once more otherwise ("Турция закупает газ"): the text is about it
    return document_scope({span: place for span, place in places.items() if span not in named},
                          None if regional is None else {span: place for span, place in regional.items()
                                                         if span not in named})
