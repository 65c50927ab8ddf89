"""Words about a name, apart from its parts' nominative: a patronymic, a form of address, a word
that names a family, a credit line, a span that cannot be a person's name."""

from __future__ import annotations

import re
from functools import cache

from ..morph import FORMER_PREFIXES, Morph, fold
from ..resources import read_word_groups

_CREDIT_LINE = re.compile(r"(?im)^\s*(источник|фото|фотография|иллюстрация|видео|по материалам|материал)\s*[:—–-]")


_PATRONYMIC_SUFFIXES = ("ович", "евич", "овна", "евна", "инична", "ична", "ич")


def is_patronymic(morph: Morph, word: str) -> bool:
    """A patronymic pymorphy's dictionary holds (``Сергеевича``), or one made from a first name it
    holds (``Ермолаевич``): not a surname that ends alike (``Радкович``, ``Вукович``)."""
    lowered = fold(word)
    parses = [p for p in morph.parses(lowered) if "Patr" in p.tag]
    if not parses:
        return False
    if morph.is_known(lowered):
        return True
    if parses[0].tag.gender == "femn" and len(lowered) > 7 and re.search(r"[оеи]вн(?:а|ы|е|у|ой)$|ичн(?:а|ы|е|у|ой)$",
                                                                         lowered):
        return True  # ``Бауыржановна``: a woman's patronymic of a first name pymorphy does not know; no woman's
        # surname ends so (hers of ``Радкович`` is ``Радкович``)
    normal = fold(parses[0].normal_form)
    for suffix in _PATRONYMIC_SUFFIXES:
        if normal.endswith(suffix):
            stem = normal[: -len(suffix)]
            return any(known_first_name(morph, stem + ending) for ending in ("", "й", "ь", "а", "я"))
    return False


def singular_name(parse) -> bool:
    """Whether a pymorphy reading is of a first name in the singular (one person's: ``Анны`` is no plural)."""
    return "Name" in parse.tag and parse.tag.number == "sing"


def first_name_readings(morph: Morph, word: str) -> list:
    """pymorphy's readings of a word as a first name in the singular (:func:`singular_name`)."""
    return [p for p in morph.parses(fold(word)) if singular_name(p)]


def oblique_first_name(morph: Morph, word: str) -> bool:
    """A word pymorphy knows as a first name in oblique cases only (``Джамшеда``, ``Ирины``)."""
    readings = first_name_readings(morph, word) if morph.is_known(fold(word)) else []
    return bool(readings) and all(p.tag.case != "nomn" for p in readings)


def first_name_grammemes(morph: Morph, word: str) -> set[tuple[str, str]]:
    """The (case, gender) of pymorphy's readings of a word as a first name in the singular (``Олега``: a man's
    genitive and accusative)."""
    return {(p.tag.case, p.tag.gender) for p in first_name_readings(morph, word)}


def known_first_name(morph: Morph, word: str, shortest: int = 3) -> bool:
    """Whether pymorphy knows a word (lower-cased by the caller) of ``shortest`` letters or more, and knows
    it as a first name among its readings (``рагнару``; ``ян`` only with ``shortest`` of 2 or less)."""
    return len(word) >= shortest and morph.is_known(word) and any("Name" in p.tag for p in morph.parses(word))


def is_honorific(morph: Morph, word: str) -> bool:
    """A form of address written before a name, in any case (``мистер``, ``господину``, ``пани``):
    no part of the name."""
    return _in_group(morph, word, "honorific")


def names_family(morph: Morph, word: str) -> bool:
    """A word before a surname that makes it name a family (``супругов`` Смит, ``семьи`` Дюпон)."""
    return _in_group(morph, word, "family")


def is_kin(morph: Morph, word: str) -> bool:
    """A noun of kin in the nominative singular (``внучка``, ``сын``), written before a relative's
    surname and the person's first name."""
    return fold(word) in name_words("kin")


def is_occupation(morph: Morph, word: str) -> bool:
    """An occupation of a person known by a name of their own (``блогера``, ``Композитор-неоклассик``:
    its first part)."""
    return _in_group(morph, word.split("-", 1)[0], "occupation")


def _in_group(morph: Morph, word: str, group: str) -> bool:
    """Whether a word, as written or by its lemma, is one of a group of ``resources/names.txt``."""
    lowered = fold(word)
    return lowered in name_words(group) or morph.lemma(lowered) in name_words(group)


@cache
def name_words(group: str) -> frozenset[str]:
    """The words of a group of ``resources/names.txt``, read once."""
    return frozenset(read_word_groups("names.txt")[group])


def is_credit_line(text: str, start: int) -> bool:
    """Whether ``start`` lies on a line such as ``Источник: …`` or ``Фото: …`` (agency credits, not people)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CREDIT_LINE.match(text, line_start)) and _CREDIT_LINE.match(text, line_start).end() <= start + 1


def looks_like_person(words, morph: Morph) -> bool:
    """Reject PER spans that cannot be a person's name: digits, all-caps acronyms, one letter alone (``И``
    opening a sentence), one unknown lowercase word, one word opening with ``экс-`` (``Экс-главный`` of a title
    at the start of a sentence) or followed by abbreviations only (``Экс-аким СКО``), one word pymorphy knows only
    as a short participle or gerund (``Подписан`` opening a headline's sentence), two words glued together
    (:data:`_GLUED`), a hyphenated word of common nouns (``Вратарь-новичок``)."""
    texts = [w.text for w in words if w.text[:1].isalpha()]
    if not texts:
        return False
    if any(ch.isdigit() for w in words for ch in w.text):
        return False
    if len(texts) == 1 and (texts[0].isupper() or _predicate_only(morph, texts[0])):
        return False
    if fold(texts[0]).startswith(FORMER_PREFIXES) and all(t.isupper() for t in texts[1:]):
        return False  # ``Экс-главный`` alone, or ``Экс-аким СКО``: a former title and the abbreviation of its region
    if any(_GLUED.search(t) for t in texts):
        return False
    if len(texts) == 1 and _common_compound(morph, texts[0]):
        return False
    return any(part[:1].isupper() for t in texts for part in t.split("-"))


def _common_compound(morph: Morph, text: str) -> bool:
    """A hyphenated word of two nouns of people opening a sentence (``Вратарь-новичок``, ``Судья-стажёр``): its
    first part a word pymorphy knows as no name, surname or patronymic, the part after the hyphen in lower case,
    both nouns of people it knows in one case and number (not ``Туркмен-баши``)."""
    head, dash, rest = text.partition("-")
    if not dash or not rest[:1].islower() or "-" in rest or not morph.is_known(fold(head)) \
            or not morph.is_known(fold(rest)):
        return False
    if any(gram in p.tag for p in morph.parses(fold(head)) for gram in ("Name", "Surn", "Patr", "Geox")):
        return False
    return bool(_person_noun_forms(morph, head) & _person_noun_forms(morph, rest))


def _person_noun_forms(morph: Morph, word: str) -> set[tuple[str, str]]:
    """The (case, number) pairs pymorphy reads a word in as an animate common noun."""
    return {(p.tag.case, p.tag.number) for p in morph.parses(fold(word))
            if p.tag.POS == "NOUN" and p.tag.animacy == "anim" and "Name" not in p.tag and "Surn" not in p.tag}


# two words a page lost the space between (``СтолицыВчера``): a capital after four small letters inside a word;
# not the particles of names that take a capital after them (``МакКормик``, ``ДиКаприо``, ``ЛаБеф``)
_GLUED = re.compile(r"[а-яё]{4}[А-ЯЁ][а-яё]")


_PREDICATES = {"PRTS", "GRND"}  # not verbs: ``Жилю`` of ``Жиль`` pymorphy knows only as one


def _predicate_only(morph: Morph, text: str) -> bool:
    """A word pymorphy knows as a short participle or gerund only (``Подписан``, ``Вручена``), or as those and a
    verb of the plural's first or second person or imperative (``Публикуем``, ``Следите`` after a link or a
    menu's word), or of the third person (``Исполняется`` after a heading run into its text); not ``Жилю``, a
    name's dative pymorphy knows as a verb of the first person's singular."""
    lowered = fold(text)
    return morph.is_known(lowered) and all(p.tag.POS in _PREDICATES or p.tag.POS == "VERB" and _no_names_verb(p.tag)
                                           for p in morph.parses(lowered))


def _no_names_verb(tag) -> bool:
    """A verb's form no name's is written as: of the third person, or of the plural's first or second or
    imperative."""
    return tag.person == "3per" or tag.number == "plur" and (tag.person in ("1per", "2per") or tag.mood == "impr")
