"""First names whose case or gender pymorphy's readings mislead: a name it knows as an indeclinable one
of a woman far likelier than as the oblique form of another (``Амели``, not the genitive of ``Амеля``),
and the genitive ``-ы`` of a name in ``-а`` that it knows only as an indeclinable name or as no name
(``Аны`` of ``Ана``); women's names of the Caucasus and Central Asia that do not decline, which it reads
as a man's (``Наргиз``)."""

from __future__ import annotations

from functools import cache

from ..morph import Morph, fold
from ..resources import read_word_groups
from .endings import CONSONANTS, MASC_STEMS, TURKIC_PATRONYMICS


@cache
def _womans_firsts() -> frozenset[str]:
    return frozenset(read_word_groups("names.txt")["womans_first"])


@cache
def _mans_firsts() -> frozenset[str]:
    return frozenset(read_word_groups("names.txt")["mans_first"])


def mans_misread(text: str) -> bool:
    """Whether a first name is a man's of Western Europe that pymorphy knows only as a woman's (``Лионель``)."""
    return fold(text) in _mans_firsts()


# parts of women's names of the Caucasus and Central Asia (``гюль``, a flower): a name opening or ending so
_WOMANS_PARTS = ("гюль", "гуль")


def womans_undeclined(text: str) -> bool:
    """Whether a first name is a woman's of the Caucasus or Central Asia that does not decline, which pymorphy
    reads as a man's or does not know (``Наргиз``, ``Гюльшан``, ``Айгуль``), in any case."""
    lowered = fold(text)
    return lowered in _womans_firsts() or len(lowered) > 5 and (
        lowered.startswith(_WOMANS_PARTS) or lowered.endswith(_WOMANS_PARTS))


def indeclinable_likelier(morph: Morph, text: str, case: str | None, gender: str | None) -> bool:
    """Whether pymorphy reads a word in ``-и`` in the genitive as an indeclinable first name of ``gender``
    with more weight than as a declined name of that gender (``Амели``, ``Натали``: not the genitive of
    ``Амеля``, ``Наталя``); not in the dative, where the form of a name it knows is likelier than a
    foreign one written alike (``Анне`` of ``Анна``, not Anne)."""
    lowered = fold(text)
    if case != "gent" or gender is None or not lowered.endswith("и") or not morph.is_known(lowered):
        return False
    fixed = declined = 0.0
    for parse in morph.parses(lowered):
        if "Name" not in parse.tag or parse.tag.gender != gender:
            continue
        if "Fixd" in parse.tag:
            fixed += parse.score
        else:
            declined += parse.score
    return fixed > declined > 0


def genitive_of_a(morph: Morph, text: str) -> bool:
    """A word in ``-ы`` after a consonant that pymorphy knows as no declined name, surname or patronymic in
    the singular (``Нарендры``; ``Аны``, an indeclinable name it lists; ``Акиры``, a name's plural): the
    genitive of a name in ``-а``, as no nominative of a name ends so."""
    lowered = fold(text)
    if len(lowered) < 3 or not lowered.endswith("ы") or lowered[-2] not in CONSONANTS \
            or any(lowered.endswith(ending) and len(lowered) - len(ending) >= 3 for ending in TURKIC_PATRONYMICS):
        return False  # a patronymic of ``-улы`` after a father's name, not ``Зулы`` (of ``Зула``)
    if not morph.is_known(lowered):
        return len(lowered) > 3
    return not any(gram in p.tag and "Fixd" not in p.tag and p.tag.number != "plur" for p in morph.parses(lowered)
                   for gram in ("Name", "Surn", "Patr"))  # no plural of a name is one person's (``Акиры``)


# the consonants before the ``-е`` of men's names that do not decline (``Микеле``, ``Фелипе``, ``Хорхе``,
# ``Давиде``, ``Хосе``, ``Жозе``, ``Феличе``, ``Симоне``): a name pymorphy does not know ending so in the
# dative may be one of them
_INDECLINABLE_MANS_BEFORE_E = "лпхдсзчн"


def womans_dative(morph: Morph, texts: list[str], roles: list[str], case: str | None) -> bool:
    """Whether a first name pymorphy does not know, in ``-е`` in the dative before a surname that does
    not decline, is a woman's of the first declension (``Кьяре Морелли`` → ``Кьяра``): a man's name that
    declines ends there in ``-у``, ``-ю``; not after the consonants and the ``-оре`` of men's names that
    do not decline (``Микеле``, ``Этторе``), nor after another consonant (``Андре``)."""
    if roles != ["first", "last"] or case != "datv":
        return False
    first, last = fold(texts[0]), fold(texts[1])
    if morph.is_known(first) or len(first) < 4 or not first.endswith("е") or first[-2] not in CONSONANTS \
            or first[-2] in _INDECLINABLE_MANS_BEFORE_E or first[-3] not in "аеиуыэюя":
        return False
    return _undeclined(morph, last)


def _undeclined(morph: Morph, lowered: str) -> bool:
    """A surname that does not decline: ending in a vowel other than ``-а``, ``-я``, ``-е`` and not known
    to pymorphy as a declined word (``Морелли``, ``Кордейру``)."""
    if len(lowered) < 3 or lowered[-1] not in "иоуэы":
        return False
    return not morph.is_known(lowered) or all("Fixd" in p.tag for p in morph.parses(lowered))


def womans_nominative(morph: Morph, texts: list[str], roles: list[str], case: str | None) -> bool:
    """Whether a first name in ``-а`` pymorphy knows only as a man's genitive or accusative, before a
    foreign surname in a consonant written as in the nominative, is a woman's name in the nominative
    (``Мартина Хольцер``, not ``Мартин Хольцер``): a man's surname would decline with his first name
    (``Мартина Хольцера``)."""
    if roles != ["first", "last"] or case in (None, "nomn"):
        return False
    first, last = fold(texts[0]), fold(texts[1])
    if len(first) < 4 or not first.endswith("а") or first[-2] not in CONSONANTS:
        return False
    names = [p for p in morph.parses(first) if "Name" in p.tag]
    if not names or any(p.tag.gender == "femn" or p.tag.case == "nomn" for p in names):
        return False
    return _undeclined_consonant(morph, last)


def _undeclined_consonant(morph: Morph, lowered: str) -> bool:
    """A surname in a consonant written as in the nominative: one pymorphy does not know, or knows in the
    nominative alone (``Хольцер``), and none of the Russian families (``-ов``, ``-ин``, ``-ых``)."""
    if len(lowered) < 4 or lowered[-1] not in CONSONANTS or lowered.endswith(_RUSSIAN_ENDINGS):
        return False
    parses = [p for p in morph.parses(lowered) if p.tag.POS == "NOUN"]
    return not morph.is_known(lowered) or bool(parses) and all(p.tag.case in ("nomn", "accs") for p in parses)


# the endings of surnames of the Russian families in the nominative of a man or in any case (``Черных``);
# ``-ий`` covers ``-ский`` and ``-цкий``
_RUSSIAN_ENDINGS = (*MASC_STEMS, "ых", "их", "ой", "ий", "ый")


_OBLIQUE_CASES = ("gent", "datv", "ablt", "loct")


def find_womans_oblique_cases(morph: Morph, first: str, surname: str) -> tuple[str, ...]:
    """The oblique cases a first name and a surname of the regular families are both a woman's in and the
    surname no man's (``Руслане Сомовой``: the dative and locative; no man's ``Руслане`` of ``Руслан`` with
    ``Сомове``): the name of a woman, whatever gender the tagger reads the first name in."""
    from .endings import regular_surname
    from .readings import name_in

    lowered = fold(surname)
    return tuple(case for case in _OBLIQUE_CASES
                 if name_in(morph, first, case, "femn") and regular_surname(lowered, case, "femn") is not None
                 and regular_surname(lowered, case, "masc") is None)
