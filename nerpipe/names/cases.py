"""The case a word of a name shows by pymorphy's readings or its ending alone, where the tagger's
may be wrong (``Мендесом`` tagged nominative, ``Вальдбранда`` dative)."""

from __future__ import annotations

from ..morph import Morph, fold
from .endings import CONSONANTS, first_declension_surname, regular_surname
from .first_endings import MASC_ENDINGS, known_name
from .nominative import INDECLINABLE_ENDINGS
from .shown import japanese_sounds


def name_cases(morph: Morph, text: str, grams: tuple[str, ...]) -> set[str]:
    """The cases pymorphy reads a word in as a singular name of ``grams``, not as an indeclinable one."""
    return {p.tag.case for p in morph.parses(fold(text))
            if any(g in p.tag for g in grams) and p.tag.number == "sing" and "Fixd" not in p.tag}


def after_consonant(lowered: str, ending: str) -> bool:
    """Whether a word ends in ``ending`` with a consonant before it (``хельдорфом``: ``ф`` before ``-ом``)."""
    return len(lowered) > len(ending) and lowered.endswith(ending) and lowered[-len(ending) - 1] in CONSONANTS


# the case a man's surname pymorphy does not know shows by its ending alone
_MASC_CASE_ENDINGS = (("ом", "ablt"), ("ем", "ablt"), ("а", "gent"), ("я", "gent"), ("у", "datv"), ("ю", "datv"))


def case_of_ending(morph: Morph, surname: str, case: str | None) -> str | None:
    """The tagger's case of a man's name unless the ending of a surname pymorphy does not know
    rules it out (``Тимо Вальдбранда`` read as dative is genitive)."""
    lowered = fold(surname)
    if case in (None, "nomn") or morph.is_known(lowered) or lowered.endswith(INDECLINABLE_ENDINGS):
        return case
    for ending, shown in _MASC_CASE_ENDINGS:
        if len(lowered) > len(ending) + 2 and after_consonant(lowered, ending):
            if case == "accs" and ending in ("у", "ю") and not regular_surname(lowered, "datv", "masc"):
                return case  # the accusative of a name in ``-а`` (``Кваресму``), not a man's ``-ову``
            if case not in MASC_ENDINGS or ending not in MASC_ENDINGS[case]:
                return shown  # no man's name ends so in the case (``Ландсберга`` read as a locative)
            return case
    return case


def guess_alone_genitive(surname: str) -> str | None:
    """``gent`` for a surname alone pymorphy does not know, hung on a word and tagged a nominative, that ends in
    ``-а`` or ``-я`` after a consonant (``кабинета Мерца``): a man's genitive, since a woman's surname of the first
    declension shows an oblique ending there; else ``None``."""
    lowered = fold(surname)
    if len(lowered) > 4 and "-" not in lowered and (after_consonant(lowered, "а") or after_consonant(lowered, "я")):
        return "gent"
    return None


def case_shown(morph: Morph, surname: str, cases: set[str]) -> str | None:
    """The one of ``cases`` a surname can be in, when it can be in one of them only: by pymorphy's
    readings of a name it knows (``Уолдроном``), else by the endings of a man's name and of the
    first declension's instrumental (``Мендесом``, ``Забарой``)."""
    lowered = fold(surname)
    if len(lowered) < 5:
        return None
    if known_name(morph, lowered):  # pymorphy's own cases of it (``Уолдроном``)
        shown = cases & name_cases(morph, lowered, ("Name", "Surn"))
        return shown.pop() if len(shown) == 1 else None
    shown = {case for case in cases if any(after_consonant(lowered, ending) for ending in _SHOWN_ENDINGS.get(case, ()))}
    return shown.pop() if len(shown) == 1 else None


_SHOWN_ENDINGS = {**MASC_ENDINGS, "ablt": MASC_ENDINGS["ablt"] + ("ой",)}


def mans_surname(morph: Morph, surname: str, case: str | None) -> bool:
    """A surname pymorphy does not know with the ending of a man's name in the genitive, dative or
    instrumental (``Хельдорфа``, ``Хельдорфу``, ``Хельдорфом``): a woman's surname has other endings
    there, or none; or one it knows only as a man's surname or name in that case, with those endings (``Уолдроном``)."""
    lowered = fold(surname)
    if case not in ("gent", "datv", "ablt") or len(lowered) <= 4 \
            or not any(after_consonant(lowered, ending) for ending in MASC_ENDINGS[case]):
        return False
    if not morph.is_known(lowered):
        return True
    singular = [p for p in morph.parses(lowered) if p.tag.number != "plur"]
    return bool(singular) and all(("Surn" in p.tag or "Name" in p.tag) and p.tag.gender == "masc"
                                  and p.tag.case == case and "Fixd" not in p.tag for p in singular)


def _undeclined_name_in_u(morph: Morph, lowered: str) -> bool:
    """A man's first name in ``-у`` pymorphy knows as one that does not decline (``Марку``, ``Паулу``), or does
    not know at all; not the dative of a Russian name only (``Ивану``)."""
    names = [p for p in morph.parses(lowered) if "Name" in p.tag]
    return not morph.is_known(lowered) or any("Fixd" in p.tag and p.tag.gender == "masc" for p in names)


def read_undeclined_first_in_u(morph: Morph, texts: list[str], roles: list[str], case: str | None) -> str | None:
    """The case a surname shows by itself after a man's first name in ``-у`` read as a dative
    the surname cannot be in (``Марку Тавейры``: ``Тавейры`` is a genitive of the first declension, and a man's
    dative would be ``Тавейре``): a Portuguese first name in ``-у`` that does not decline, the name in the
    surname's one oblique case; ``None`` for other names."""
    if roles != ["first", "last"] or case != "datv" or not fold(texts[0]).endswith("у") \
            or not _undeclined_name_in_u(morph, fold(texts[0])):
        return None
    lowered = fold(texts[-1])
    if not morph.is_known(lowered):  # the first declension's genitive or instrumental, not an undeclined surname
        shown = {case for case in ("gent", "ablt") if first_declension_surname(lowered, case, "masc")}
        return shown.pop() if len(shown) == 1 and len(lowered) > 4 else None
    cases = {p.tag.case for p in morph.parses(lowered)
             if p.tag.POS == "NOUN" and p.tag.number == "sing" and "Fixd" not in p.tag}
    return cases.pop() if len(cases) == 1 and not cases & {"nomn", "datv", "accs"} else None


# the endings of the instrumental no nominative of a foreign name has: a man's ``-ом``, ``-ем`` after a
# consonant, a woman's ``-ой`` of a name in ``-а`` and ``-ией``, ``-ьей`` of one in ``-ия``, ``-ья``
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ой", "ией", "ьей")


def shows_instrumental(morph: Morph, text: str) -> bool:
    """A word of a name pymorphy does not know whose ending is the instrumental's alone: ``-ом``,
    ``-ем`` after a consonant (``Пеннингтоном``), ``-ией`` (``Патрисией``), or ``-ой`` after a
    consonant that pymorphy reads as the instrumental of a word in ``-а`` (``Мацудой`` of ``Мацуда``);
    not a surname of the Russian families (``Кормиловой`` may be a genitive) nor an adjective's
    ``-ской`` (``Донской`` is a nominative)."""
    lowered = fold(text)
    if morph.is_known(lowered) or len(lowered) < 6 or "-" in lowered or regular_surname(lowered, "gent", "femn") \
            or lowered.endswith(("ской", "цкой")):
        return False
    if lowered.endswith(("ией", "ьей")):
        return True
    if after_consonant(lowered, "ом") or after_consonant(lowered, "ем"):
        return True
    return after_consonant(lowered, "ой") and any(
        p.tag.case == "ablt" and p.tag.number == "sing" and fold(p.normal_form) == lowered[:-2] + "а"
        for p in morph.parses(lowered))


def only_instrumental(morph: Morph, text: str) -> bool:
    """A first name pymorphy reads in the instrumental singular alone, as a name or a common noun
    (``Дельфиной``; ``Камалой``, which it knows as a plant's name only): in no other case, whatever the
    tagger's."""
    parses = morph.parses(fold(text))
    return len(text) > 4 and bool(parses) and all(p.tag.case == "ablt" and p.tag.number == "sing" for p in parses)


def womans_oblique_only(morph: Morph, surname: str) -> bool:
    """A surname of the regular families in a woman's oblique ``-ой`` that no nominative ends so: in ``-иной``,
    ``-ыной``, or one pymorphy knows in no nominative (``Ракитиной``, ``Сосновской``); not ``Лановой``, ``Боровой``,
    which may be a man's nominative."""
    lowered = fold(surname)
    if regular_surname(lowered, "gent", "femn") is None:  # every woman's oblique of these ends in -ой
        return False
    return lowered.endswith(("иной", "ыной")) or morph.is_known(lowered) and not any(
        p.tag.case == "nomn" for p in morph.parses(lowered))


def ends_unknown_consonant(morph: Morph, surname: str) -> bool:
    """A surname pymorphy does not know, of three letters or more, ending in a consonant (``Ларвик``): a woman's
    does not decline."""
    lowered = fold(surname)
    return len(lowered) > 2 and lowered[-1] in CONSONANTS and not morph.is_known(lowered)


def read_womans_first_case(morph: Morph, text: str) -> str | None:
    """The case of a first name that by its ending alone would show none (``Фелипе``, ``Жаилду``) but is a woman's
    oblique form: the dative of a word pymorphy's dictionary holds only as the
    dative or locative of a feminine noun in ``-а`` (``Донне`` of ``донна``); the accusative of one it does not know
    in ``-у`` after a consonant, which it guesses as a woman's accusative only (``Белинду``; a Portuguese man's
    ``Рикарду`` it guesses as a man's dative, ``Жаилду`` as no name; not a name of Japanese sounds); else ``None``."""
    lowered = fold(text)
    parses = morph.parses(lowered)
    if morph.is_known(lowered):
        dative = lowered.endswith("е") and bool(parses) and all(
            p.tag.POS == "NOUN" and p.tag.gender == "femn" and p.tag.number == "sing" and p.tag.case in ("datv", "loct")
            and fold(p.normal_form) == lowered[:-1] + "а" for p in parses)
        return "datv" if dative else None
    names = [p for p in parses if "Name" in p.tag]
    accusative = after_consonant(lowered, "у") and not japanese_sounds(lowered) \
        and bool(names) and all(p.tag.gender == "femn" and p.tag.case == "accs" for p in names)
    return "accs" if accusative else None
