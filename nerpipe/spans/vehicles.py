"""ORG spans that name vehicles, instruments, works, buildings, monuments, contests and slogans, not
organizations (``шаттл «Орион»``, ``полёт «Орион»``, ``станции «Заря»``, ``фильм «Вокзал»``, ``кинотеатре
«Заря»``, ``мемориальный ансамбль «Вечная слава»``)."""

from __future__ import annotations

from ..morph import UD_NUMBER, Morph, fold
from ..ner import Analysis
from ..records import ORG, PER, Span
from ..resources import read_word_groups
from ..text import OPENING_QUOTES, QUOTE_PAIRS
from .organizations import common_noun, shopping_centre

_THINGS = read_word_groups("things.txt")
# nouns of vehicles and instruments whose names are written like names of organizations
_VEHICLES = frozenset(_THINGS["vehicle"])
# nouns of monuments and the adjectives that make a kind of organization one (``мемориальный ансамбль
# «Вечная слава»``, ``памятник «Скорбящая мать»``): what is named is built, no body
_MONUMENTS = frozenset(_THINGS["monument"])
_MONUMENT_ADJECTIVES = frozenset(_THINGS["monument_adjective"])
# nouns of works whose titles are quoted like names of organizations (``фильм «Вокзал»``)
WORKS = frozenset(_THINGS["work"])


def names_a_work(word: str, morph: Morph) -> bool:
    """Whether a word, or a part of it between hyphens, is a form of a noun of a work (:data:`WORKS`: ``фильме``,
    ``мини-сериале``)."""
    return any(morph.forms(part) & WORKS for part in word.lower().split("-"))


# nouns of places people go to whose quoted names are names of buildings (``кинотеатре «Заря»``)
_VENUES = frozenset(_THINGS["venue"])
# nouns of contests, awards and slogans: the name after them is of no organization
# (``конкурс The Stars``, ``премии «Звезда»``, ``под девизом Green Step``)
NAMED_THINGS = frozenset(_THINGS["named_thing"])
# nouns of projects: the quoted name after them is of no organization (``нацпроекта «Семья»``, not ``проекта ОНФ``)
_QUOTED_THINGS = frozenset(_THINGS["quoted_thing"])
# nouns of what vehicles do: a quoted name after them names a vehicle (``полёт «Орион»``)
_VEHICLE_DOINGS = frozenset(_THINGS["vehicle_doing"])
# nouns of works and programmes that are also a handing over or a body's plan: a declined name after them is of
# the body that hands over, receives or runs it (``передачи «Кедрнефти» пакета``, ``программы «Кедрбанка»``)
_OWNED_THINGS = frozenset(_THINGS["owned_thing"])


def drop_vehicle_names(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """ORG spans that name a vehicle or an instrument, not an organization: written after such a
    noun (``шаттл «Орион»``, ``станции «Заря»``, ``телескопа Кеплер``; a work's title after its noun
    and its author's name too: ``сериал Имя Фамилии «…»``), quoted after a noun of what
    vehicles do (``полёт «Орион»``) or joined to such a name (``шаттлы «Орион» (в мае) и «Вега»``),
    and every other mention of the same name in the document."""
    tokens = analysis.tokens
    vehicles: set[str] = set()
    ends: set[int] = set()  # the last tokens of the vehicles' names, closing quotes included
    authors = {}  # the last token of a person's name → its first (``фильм Имя Фамилии «…»``: the author's)
    for span in spans:
        named = analysis.tokens_in(span.start, span.end) if span.type == PER else []
        if named:
            authors[named[-1].index] = named[0].index
    for span in sorted(spans, key=lambda s: s.start):
        if span.type != ORG:
            continue
        inner = analysis.tokens_in(span.start, span.end)
        if not inner:
            continue
        noun = _first_noun(inner)
        if noun is not None and noun.text[:1].islower() and common_noun(noun, morph):
            # after adjectives, by the likeliest reading only (``Верховного суда`` is no ``судно``)
            lemmas = _tagged_lemmas(noun, morph) if noun is inner[0] else {morph.lemma(noun.text)}
            if lemmas & (_VEHICLES | _MONUMENTS) or shopping_centre(tokens, noun.index, morph) \
                    or _built(tokens, noun, morph):
                vehicles.add(_name_key(analysis, span, morph))  # ``станции «Заря»``, ``Орбитальный телескоп Кеплер``
            continue  # else a name that says what it is (``самолёт компании «Вектор»``)
        index = inner[0].index - 1
        quoted = index >= 0 and tokens[index].text in OPENING_QUOTES
        if quoted:
            index -= 1
        if index < 0 or tokens[index].sent != inner[0].sent:
            continue
        if quoted:
            index = _list_opening(tokens, index)  # ``проектов «Вектор» и «Семья»``: the noun before the list
        before = tokens[index]
        if quoted and before.text == "как" and index >= 2 and tokens[index - 1].text == ",":
            before = tokens[index - 2]  # ``такие картины, как «Вокзал»``
        elif quoted and index in authors and authors[index] > 0 and tokens[authors[index] - 1].sent == before.sent:
            before = tokens[authors[index] - 1]  # ``сериал Имя Фамилии «Вокзал»``: the work of its author
        forms = morph.forms(before.text) if before.pos in ("NOUN", "PROPN") else frozenset()
        cited = _cited(inner[0], morph) and (not forms & _OWNED_THINGS or _undeclined(inner[0], morph))
        work = quoted and bool(forms & (WORKS | _VENUES) or shopping_centre(tokens, before.index, morph)) \
            and cited  # not ``спектакль «Вектора»``
        named_thing = bool(forms & NAMED_THINGS or quoted and forms & _QUOTED_THINGS) \
            and cited  # not ``конкурс «Вектора»``
        # an unquoted name in an oblique case after the noun is a body's (``аппарат Думы``), no vehicle's
        vehicle = bool(forms & (_VEHICLES | _MONUMENTS)) and (quoted or _cited(inner[0], morph))
        if vehicle or (quoted and forms & _VEHICLE_DOINGS) or work or named_thing \
                or _joined_to(tokens, index, ends):
            vehicles.add(_name_key(analysis, span, morph))
            last = inner[-1].index
            closing = last + 1 < len(tokens) and tokens[last + 1].text in QUOTE_PAIRS.values()
            ends.add(last + 1 if closing else last)
    if not vehicles:
        return spans
    return [s for s in spans if s.type != ORG or _name_key(analysis, s, morph) not in vehicles]


def _built(tokens, noun, morph: Morph) -> bool:
    """Whether an adjective right before a span's noun, in the span or before it, makes what it names
    a monument (``мемориальный архитектурный ансамбль``, not ``танцевальный ансамбль``)."""
    index = noun.index - 1
    while index >= 0 and tokens[index].pos == "ADJ" and tokens[index].sent == noun.sent:
        if morph.forms(tokens[index].text) & _MONUMENT_ADJECTIVES:
            return True
        index -= 1
    return False


def _cited(word, morph: Morph) -> bool:
    """Whether the first word of a quoted name may be in the nominative, as a title is cited after
    the noun of its work (``фильм «Вокзал»``), while a name only in the genitive is of who made it
    (``спектакль «Современника»``)."""
    return not word.text[:1].isalpha() or not morph.is_known(word.text) or morph.has_gram(word.text, "nomn")


def _undeclined(word, morph: Morph) -> bool:
    """Whether the first word of a quoted name pymorphy does not know reads in no case of an owner or a recipient,
    as a title cited after its noun (``передачи «Кедровка»``), not a body's name declined after a noun of handing
    over or running (``передачи «Кедрнефти»``, ``программы «Кедрбанка»``); a known word is judged by
    :func:`_cited` alone (``программы «Новости»``)."""
    return not word.text[:1].isalpha() or morph.is_known(word.text) \
        or not any("gent" in parse.tag or "datv" in parse.tag for parse in morph.parses(fold(word.text)))


def reads_nominative(word: str, morph: Morph) -> bool:
    """Whether a name's word after the noun of an operation reads in the nominative, a name of its own cited after
    the noun (``спецоперации «Щит»``), not only in the genitive of its owner (``кампании «Кедрогаза»``); pymorphy's
    guess of a place in the nominative (``Заря``) does not count. :mod:`nerpipe.spans.occasions`'s test; a work's
    title (:func:`_cited`, ``фильм «Вокзал»``) reads in the nominative by any reading."""
    return any("nomn" in parse.tag and "Geox" not in parse.tag for parse in morph.parses(fold(word)))


def _tagged_lemmas(token, morph: Morph) -> frozenset[str]:
    """The lemmas of a noun's readings in the number the tagger gives it (``суда`` in the singular is of
    ``суд``, in the plural of ``судно``); all of them where none is in that number."""
    number = UD_NUMBER.get(token.feat.get("Number", ""))
    lemmas = frozenset(fold(p.normal_form) for p in morph.parses(fold(token.text))
                       if "NOUN" in p.tag and number in p.tag)
    return lemmas or morph.forms(token.text)


def _first_noun(inner):
    """The first token of a span that is no adjective: its head (``телескоп`` of ``Орбитальный телескоп``)."""
    return next((t for t in inner if t.pos != "ADJ"), None)


_LEADS = frozenset({"—", "–", "-", ":"})  # marks between a noun and the quoted names it introduces


def _list_opening(tokens, index: int) -> int:
    """The token before a list of quoted names joined by ``и``, ``или`` or commas whose later name token
    ``index`` (the word that joins it) comes before (``проектов «Вектор» и`` → ``проектов``); ``index``
    itself where no quoted name comes before it in its sentence."""
    sent = tokens[index].sent
    while index >= 2 and tokens[index].text in ("и", "или", ",") and tokens[index - 1].text in QUOTE_PAIRS.values():
        opening = index - 2
        while opening >= 0 and tokens[opening].text not in OPENING_QUOTES and tokens[opening].sent == sent:
            opening -= 1
        if opening < 1 or tokens[opening].text not in OPENING_QUOTES or tokens[opening - 1].sent != sent:
            break
        index = opening - 1
    if index >= 1 and tokens[index].text in _LEADS and tokens[index - 1].sent == sent:
        index -= 1  # ``проектов — «Вектор»``, ``проекта: «Вектор»``
    return index


def _joined_to(tokens, index: int, ends: set[int]) -> bool:
    """Whether token ``index`` is ``и``, ``или`` or a comma after one of ``ends``, a remark in
    brackets between (``«Орион» (в мае) и``)."""
    if tokens[index].text not in ("и", "или", ","):
        return False
    index -= 1
    if index >= 0 and tokens[index].text == ")":
        while index >= 0 and tokens[index].text != "(" and tokens[index].sent == tokens[index + 1].sent:
            index -= 1
        index -= 1
    return index in ends


def _name_key(analysis: Analysis, span: Span, morph: Morph) -> str:
    return " ".join(morph.lemma(t.text) for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalnum())
