"""Places next to names: a country or town in the genitive natasha took into the name after it
(``короля Лиртании Рагнара Сверкера``, ``на кортах Мирска Котова``), and a place after ``в`` natasha tagged
as one that is no person (``в Мирандии``), and a team named after its town (``Нью-Ривер Фалконс``); a town's name
written alone that natasha tagged a person where the document names it after its noun elsewhere (``Ватакуро`` beside
``в городе Ватакуро``)."""

from __future__ import annotations

import re

from ...morph import UD_CASE, Morph, fold
from ...names import known_first_name
from ...ner import Analysis
from ...places import FOREIGN_DIVISIONS, SETTLEMENT_TYPES, Gazetteer
from ...records import LOC, PER, Span
from ...resolve.forms import could_be_form
from .recast import acts_as_person

# the kinds of place a genitive before a ruler's or official's name names (``мвами Лиртании``)
_LEADING_KINDS = frozenset({"country"})


def split_leading_place(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> list[Span]:
    """A PER span of three words or more whose first is a country the gazetteer knows, in an oblique case
    pymorphy reads as a place's and never as a first name's (``Лиртании Рагнара Сверкера``), or of two words
    whose first is any place it knows, read so, and in none of the cases the tagger reads the second in
    (``кортах Мирска Валенко``: a genitive place before a nominative; not ``Софии Рудаковой``, whose first
    pymorphy reads as a town's only): the place a LOC span, the rest the person; the span as it is otherwise."""
    tokens = analysis.tokens_in(span.start, span.end)
    if span.type != PER or len(tokens) < 2 or not tokens[0].text[:1].isupper():
        return [span]
    first = tokens[0].text
    place = gazetteer.lookup(first)
    parses = morph.parses(fold(first))
    if place is None or not parses or any("Name" in p.tag or "Surn" in p.tag for p in parses) \
            or not any("Geox" in p.tag and p.tag.case not in ("nomn", None) for p in parses):
        return [span]
    if len(tokens) > 2 and place.kind not in _LEADING_KINDS or len(tokens) == 2 \
            and UD_CASE.get(tokens[1].feat.get("Case", "")) in {p.tag.case for p in parses} | {None} \
            and not _indeclinable_after_noun(analysis, tokens, parses, morph):
        return [span]
    if len(tokens) == 2 and _declined_korean_given(first, tokens[1].text, morph):
        return [span]  # ``Сеула Ки-Хеона``: a family name of Korea a town's name too, declined with the given name
    return [Span(tokens[0].start, tokens[0].end, LOC), Span(tokens[1].start, span.end, PER)]


def _indeclinable_after_noun(analysis: Analysis, tokens: list, parses, morph: Morph) -> bool:
    """Whether the first of two words is a place's name pymorphy reads as indeclinable only (``Коми``, ``Осло``),
    right after a noun the tagger reads (``экс-главу Коми Вельцер``), and the second no first name pymorphy knows:
    the place the noun governs, whatever case the surname after it is in."""
    before = analysis.tokens[tokens[0].index - 1] if tokens[0].index else None
    return before is not None and before.pos == "NOUN" and all("Fixd" in p.tag for p in parses if "Geox" in p.tag) \
        and not known_first_name(morph, fold(tokens[1].text))


# a given name of Korea written with a hyphen, a syllable each side (``Ки-Хеона``, ``Чи-Сону``)
_KOREAN_GIVEN = re.compile(r"[А-ЯЁ][а-яё]{0,4}-[А-ЯЁ][а-яё]{1,6}")


def _declined_korean_given(first: str, second: str, morph: Morph) -> bool:
    """Whether a word after a place's name is a given name of Korea written with a hyphen that ends in the same case
    ending as the place's name (``Сеула`` + ``Ки-Хеона``): one name declined, family name first; neither part of
    it a first name pymorphy knows (not ``Лиону`` + ``Жан-Пьеру``, a hyphenated first name of Europe)."""
    return bool(_KOREAN_GIVEN.fullmatch(second)) and any(
        fold(first).endswith(ending) and fold(second).endswith(ending) for ending in ("а", "у", "ом", "е")) \
        and not any(known_first_name(morph, part) for part in fold(second).split("-"))


# prepositions after which a name in the prepositional case names a place, not a person (``в Мирандии``)
_PLACE_PREPOSITIONS = frozenset({"в", "во"})


def after_place_preposition(analysis: Analysis, span: Span) -> bool:
    """Whether a span follows ``в`` or ``во`` right before it: natasha's place there is no person
    (``в Мирандии``, ``во Флорене``), whatever first name or surname pymorphy reads it as."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].index == 0:
        return False
    return fold(analysis.tokens[tokens[0].index - 1].text) in _PLACE_PREPOSITIONS


# the first parts of hyphenated names of towns (``Нью-Ривер``, ``Лос-Пинос``): no first name opens so
_TOWN_PREFIXES = ("нью-", "лос-", "лас-", "сан-", "санта-", "сент-")


def named_after_town(text: str, span: Span, morph: Morph) -> bool:
    """Whether a PER span of two words or more opens with a town's hyphenated name (``Нью-Ривер Фалконс``)
    and has no first name pymorphy knows after it: a team or a company named after its town, no person."""
    words = text[span.start:span.end].split()
    return len(words) >= 2 and words[0][:1].isupper() and fold(words[0]).startswith(_TOWN_PREFIXES) \
        and not fold(words[0]).endswith("-") \
        and not any(known_first_name(morph, fold(word.strip("()")), shortest=1) for word in words[1:])


# the nouns of a town or a foreign division before its name (``в городе Ватакуро``, ``префектуры Акита``), folded; not
# those of streets, squares, airports, capes or islands, which are named after people (``улица Орлова``)
_TOWN_KINDS = SETTLEMENT_TYPES | FOREIGN_DIVISIONS


def recast_town_names(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A PER span of one word written as the name of a town or a foreign division a LOC span of the document gives
    after its noun (``Ватакуро – лучшее место`` beside ``в городе Ватакуро``): a LOC span, the place's; not when a name
    of two words or more of the document ends in that word, nor a first name pymorphy knows (``село Иван`` is rare),
    nor a word the document writes as a person's too (:func:`_person_words`)."""
    towns = set()
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type != LOC or not 1 <= len(tokens) <= 2 or not tokens[-1].text[:1].isupper():
            continue
        noun = tokens[0] if len(tokens) == 2 else analysis.tokens[tokens[0].index - 1] if tokens[0].index else None
        if noun is not None and morph.forms(noun.text.lower()) & _TOWN_KINDS:
            towns.add(fold(tokens[-1].text))  # ``городе Ватакуро``, or ``префектуре`` + ``Сомитама``
    if not towns:
        return spans
    named = {fold(analysis.text[s.start:s.end].split()[-1]) for s in spans
             if s.type == PER and len(analysis.text[s.start:s.end].split()) >= 2}
    persons = _person_words(analysis, spans, towns, morph)
    out = []
    for span in spans:
        surface = analysis.text[span.start:span.end]
        if span.type == PER and " " not in surface.strip() and fold(surface) in towns - named - persons \
                and not known_first_name(morph, fold(surface)):
            span = Span(span.start, span.end, LOC)
        out.append(span)
    return out


def _person_words(analysis: Analysis, spans: list[Span], towns: set[str], morph: Morph) -> set[str]:
    """The town names of ``towns`` a one-word PER span of the document shows a person's too: one the subject of a
    verb of what people do, set beside a noun of a person or whose words a ``по`` phrase reports (``Ладин родился``,
    :func:`.recast.acts_as_person`), or written in another case form, not after a preposition (``По словам
    Ладина`` beside ``в городе Ладин``): a person sharing the town's name."""
    out = set()
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type != PER or len(tokens) != 1:
            continue
        word = fold(tokens[0].text)
        before = analysis.tokens[tokens[0].index - 1] if tokens[0].index else None
        if word in towns and acts_as_person(analysis, tokens[0].index, morph):
            out.add(word)
        elif word not in towns and (before is None or before.pos != "ADP"):
            out |= {town for town in towns if could_be_form(word, town)}
    return out
