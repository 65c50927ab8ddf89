"""What one word of a name shows by itself: the cases and genders a surname can be read in, whether
a first name shows no case (``Фелипе``), the gender the tagger gives a word, whether a word sounds as
Japanese names do; the ground :mod:`.grammemes` and :mod:`.genders` read a whole name on."""

from __future__ import annotations

import re

from ..morph import UD_GENDER, Morph, fold
from .endings import MASC_STEMS, VOWELS, regular_surname
from .first_endings import known_name
from .words import first_name_grammemes

# of the cases a word can be in, the one read when nothing else tells
CASE_ORDER = ("nomn", "gent", "datv", "ablt", "loct", "accs")


# the endings of a woman's surname in the nominative that a man's shows in the genitive
WOMANS_NOMINATIVE = tuple(stem + "а" for stem in MASC_STEMS)


# the endings of a man's surname of the Russian families in the nominative
MASC_NOMINATIVE = MASC_STEMS + ("ский", "цкий")


def surname_readings(morph: Morph, text: str) -> set[tuple[str, str]]:
    """The (case, gender) a surname can be in: pymorphy's readings of one it knows as a declined
    surname, or those the endings of the Russian families give one it does not know
    (``кормилову``: the dative of a man's, the accusative of a woman's); none for other words."""
    lowered = fold(text)
    if morph.is_known(lowered):
        known = {(p.tag.case, gender) for p in morph.parses(lowered)
                 if "Surn" in p.tag and p.tag.number == "sing" and "Fixd" not in p.tag
                 for gender in ((p.tag.gender,) if p.tag.gender in ("masc", "femn") else ("masc", "femn"))}
        return known | _womans_regular(lowered) if known and {g for _c, g in known} == {"masc"} else known
    readings = {(case, gender) for case in CASE_ORDER[1:] for gender in ("masc", "femn")
                if regular_surname(lowered, case, gender)}
    if lowered.endswith(MASC_NOMINATIVE):
        readings.add(("nomn", "masc"))
    if lowered.endswith(WOMANS_NOMINATIVE + ("ская", "цкая")):
        readings.add(("nomn", "femn"))
    return readings if readings - {("nomn", "masc"), ("nomn", "femn")} else set()


def agrees_with_first_name(morph: Morph, surname: str, first: str) -> bool:
    """Whether a surname can be in a case and gender a first name is in (``Белову`` ``Игорю``, ``Кравец``
    ``Олег``; not ``Белова`` ``Анна``, a man's genitive and a woman's nominative)."""
    return bool(first_name_grammemes(morph, first) & surname_readings(morph, surname))


def _womans_regular(lowered: str) -> set[tuple[str, str]]:
    """The readings of a woman's surname of the Russian families a word's ending gives (``ракова``: her
    nominative), for a surname pymorphy knows as a man's only: each such family has a woman's form."""
    readings = {(case, "femn") for case in CASE_ORDER[1:] if regular_surname(lowered, case, "femn")}
    if lowered.endswith(WOMANS_NOMINATIVE):
        readings.add(("nomn", "femn"))
    return readings


def shows_no_case(morph: Morph, text: str) -> bool:
    """A foreign name pymorphy does not know as a name, ending in a vowel other than ``а``/``я``,
    or one it knows as indeclinable: written alike in every case (``Фелипе``, ``Тору``, ``Тони``),
    so the tagger's case of it is a guess; a hyphenated name when each of its parts is so
    (``Анне-Марии`` shows its case by ``Марии``)."""
    if "-" in text.strip("-"):
        return all(shows_no_case(morph, part) for part in text.split("-") if part)
    lowered = fold(text)
    if len(lowered) > 4 and lowered.endswith("ии") and not morph.is_known(lowered):
        return False  # ``Лусии``: the genitive, dative or locative of a name in ``-ия``
    return lowered[-1:] in VOWELS - {"а", "я"} and (not known_name(morph, text) or indeclinable_name(morph, text))


def indeclinable_name(morph: Morph, text: str) -> bool:
    """A first name pymorphy lists as indeclinable (``Тони``, ``Мари``), or a name it knows only as an
    indeclinable surname (``Лори``)."""
    parses = morph.parses(fold(text))
    return any("Fixd" in p.tag and "Name" in p.tag for p in parses) or (
        bool(parses) and all("Fixd" in p.tag and "Surn" in p.tag for p in parses))


def word_gender(word) -> str | None:
    """The tagger's gender of a word of a name, ``masc`` or ``femn`` (a name has no neuter)."""
    gender = UD_GENDER.get(word.feat.get("Gender", ""))
    return gender if gender in ("masc", "femn") else None


_JAPANESE = re.compile(r"(?:(?:[бгдзкмнпрстфхц]|дз)?[аеиоуэюя]|ва|н|й)+")


def japanese_sounds(lowered: str) -> bool:
    """Whether a word is made of the syllables Russian writes Japanese with: a consonant (no ``л``,
    ``ш``, ``ж``, ``ч``; ``в`` only in ``ва``) and a vowel, or ``н`` (``Сатору``, ``Кэндзи``, ``Кавагути``)."""
    return _JAPANESE.fullmatch(lowered) is not None


# the endings of Italian and French surnames in ``-е`` that do not decline (``Карбоне``, ``Сальваторе``, ``Паскуале``,
# ``Микеле``, ``Конте``, ``Дуарте``); not ``-ане``, ``-ере``, ``-уре``, ``-ине``, ``-йре``, the dative of the Spanish,
# Portuguese and Japanese surnames in ``-а`` (``Кинтане``, ``Мантере``, ``Накамуре``)
_UNDECLINED_ITALIAN = re.compile(r"(?:о[нр]|[аеэ]л|лл|[нр]т)е$")


def detect_undeclined_e(morph: Morph, texts: list[str], roles: list[str], case: str | None,
                        gender: str | None) -> bool:
    """A man's surname of an Italian or French ending in ``-е`` (:data:`_UNDECLINED_ITALIAN`: ``-one``, ``-ore``,
    ``-ale``, ``-nte``) after first names that show no case, read in the dative (``Джузеппе Конте``, ``Паоло
    Карбоне``): a surname that does not decline, no dative of one in ``-а``; not one pymorphy knows as a form of a
    feminine word or of a name in ``-а``/``-я`` (``Кочерге``, ``Косте``); not in the locative, where ``-е`` ends the
    declined surnames in a consonant (``о Фелипе Кальдероне``)."""
    firsts = [text for text, role in zip(texts, roles) if role == "first"]
    lowered = fold(texts[-1])
    if gender != "masc" or case != "datv" or roles[-1] != "last" or not firsts \
            or not all(shows_no_case(morph, text) for text in firsts) or len(lowered) < 5 \
            or _UNDECLINED_ITALIAN.search(lowered) is None:
        return False
    return not morph.is_known(lowered) or not any(
        p.tag.gender == "femn" or "ms-f" in p.tag or "Name" in p.tag and p.normal_form.endswith(("а", "я"))
        for p in morph.parses(lowered) if p.tag.case == case)
