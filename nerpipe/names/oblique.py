"""Surnames whose ``-е`` is a case ending, told by the rest of the name: a woman's of the first
declension after a first name in the dative or locative (``Людмиле Шульге`` → ``Шульга``), and a
man's foreign surname in the locative that pymorphy guesses as one (``о Хосе Мендесе`` →
``Мендес``); a surname pymorphy knows as indeclinable (``Штуббе``), or whose ending is that of
French surnames that do not decline (``Дюпре``) or of Georgian ones (``-дзе``), stays as written."""

from __future__ import annotations

import re

from ..morph import Morph, fold
from .endings import CONSONANTS, regular_surname

# the consonants before the ``-е`` of foreign surnames that do not decline (``Дюпре``, ``Моле``,
# ``Люде``): an unknown surname ending so after a woman's name in the dative stays
_INDECLINABLE_BEFORE_E = "рлтд"


def shows_womans_oblique(morph: Morph, text: str, case: str) -> bool:
    """A woman's first name or patronymic in a form of the dative or locative ``case`` that is no
    nominative: one pymorphy knows so (``Людмиле``, ``Петровне``; not ``Анне`` alone, which it also
    knows as an indeclinable name of its own, and settles nothing by itself), or an unknown name in
    ``-ии``, the dative and locative of one in ``-ия`` (``Лусии``)."""
    lowered = fold(text)
    if case not in ("datv", "loct") or len(lowered) < 4:
        return False
    if not morph.is_known(lowered):
        return lowered.endswith("ии") and len(lowered) > 4
    parses = morph.parses(lowered)
    return any(("Name" in p.tag or "Patr" in p.tag) and p.tag.gender == "femn" and p.tag.case == case
               and p.tag.number == "sing" and "Fixd" not in p.tag for p in parses)


def womans_first_declension(morph: Morph, text: str, case: str) -> str | None:
    """The nominative in ``-а``/``-я`` of a woman's surname in the dative or locative ``-е`` (in lower
    case), when the first name has settled that case: pymorphy's noun of the first declension for a
    word it knows (``Цибуле`` → ``цибуля``), the ending for one it does not (``Шульге`` → ``шульга``);
    ``None`` for a surname it knows as indeclinable (``Штуббе``), a word it knows otherwise, or an
    unknown one with the ending of French surnames (``Дюпре``) or of Georgian ones (``-дзе``)."""
    lowered = fold(text)
    if case not in ("datv", "loct") or len(lowered) < 4 or "-" in lowered or not lowered.endswith("е") \
            or lowered[-2] not in CONSONANTS:
        return None
    stem = lowered[:-1]
    parses = morph.parses(lowered)
    if morph.is_known(lowered) and not all(p.tag.gender == "masc" for p in parses):
        for parse in parses:
            normal = fold(parse.normal_form)
            if parse.tag.POS == "NOUN" and parse.tag.case == case and parse.tag.number == "sing" \
                    and (parse.tag.gender == "femn" or "ms-f" in parse.tag) and "Fixd" not in parse.tag \
                    and normal in (stem + "а", stem + "я"):
                return normal
        return None
    if any("Fixd" in p.tag for p in parses) or lowered[-2] in _INDECLINABLE_BEFORE_E or lowered.endswith("дзе"):
        return None
    return stem + "а"


def mans_locative(morph: Morph, text: str) -> str | None:
    """The nominative of a man's surname pymorphy does not know in the locative ``-е``, when its
    likeliest guess is a man's noun in the locative of that stem (``мендесе`` → ``мендес``); ``None``
    when the guess is otherwise (``дюпре``, ``фелипе``: a feminine reading first)."""
    lowered = fold(text)
    if morph.is_known(lowered) or len(lowered) < 5 or not lowered.endswith("е") or lowered[-2] not in CONSONANTS \
            or lowered.endswith("дзе"):
        return None  # not the Georgian ``-дзе``, which does not decline
    parses = morph.parses(lowered)
    if not parses:
        return None
    top = parses[0]
    normal = fold(top.normal_form)
    if top.tag.POS == "NOUN" and top.tag.case == "loct" and top.tag.gender == "masc" and top.tag.number == "sing" \
            and normal in (lowered[:-1], lowered[:-1] + "ь"):
        return normal
    return None


# the endings of foreign surnames that do not decline in ``-е`` after a consonant: French and African ones after
# a vowel and ``р``, ``т``, ``л``, ``б``, ``д``, ``п``, ``х`` (``Дюпре``, ``Траоре``, ``Гёте``, ``Моле``, ``Нкубе``,
# ``Андраде``), Italian ones in ``-нте`` (``Конте``), Georgian ones in ``-дзе``; a man's surname in ``-ер`` is none
_UNDECLINED_E = re.compile(r"(?:[аеёиоуыэюя][ртлбдпх]|[бвгдкпт]р|нт|дз|л|х|п)е$")


def mans_locative_by_ending(morph: Morph, text: str) -> str | None:
    """The nominative of a man's foreign surname pymorphy does not know, in the locative ``-е`` after a consonant
    (``Кастильесе`` → ``кастильес``, ``Эклунде`` → ``эклунд``, ``Пальмере`` → ``пальмер``), in lower case, when
    its ending is none of those of surnames that do not decline (:data:`_UNDECLINED_E`: ``Траоре``, ``Конте``,
    ``Дюпре``); ``None`` for a word pymorphy knows or one of five letters or fewer."""
    lowered = fold(text)
    if morph.is_known(lowered) or len(lowered) < 6 or not lowered.endswith("е") or lowered[-2] not in CONSONANTS \
            or "-" in lowered or _UNDECLINED_E.search(lowered) and not lowered.endswith("ере"):
        return None
    return lowered[:-1]


def mans_locative_surname(morph: Morph, text: str) -> bool:
    """A surname in a man's locative: of the regular families (``Кожахметове``), or one pymorphy knows
    as a man's surname in the locative only."""
    lowered = fold(text)
    if regular_surname(lowered, "loct", "masc"):
        return True
    surnames = [p for p in morph.parses(lowered) if "Surn" in p.tag and p.tag.number == "sing"]
    return morph.is_known(lowered) and bool(surnames) and all(
        p.tag.case == "loct" and p.tag.gender == "masc" for p in surnames)


# the consonants before the locative ``-е`` of a man's first name pymorphy does not know that end
# the name itself (``Ерлане`` of ``Ерлан``); names in ``-ль`` (``Жиле`` of ``Жиль``) and the
# indeclinable ones in ``-пе``, ``-хе``, ``-де`` (``Фелипе``, ``Хорхе``, ``Давиде``) end otherwise
_NAME_BEFORE_E = "нмрткб"


def mans_locative_name(morph: Morph, text: str) -> str:
    """A man's first name pymorphy does not know, in the locative before a man's surname in it, without
    its ``-е`` after a vowel and one of :data:`_NAME_BEFORE_E` (``Ерлане`` → ``Ерлан``); else as written."""
    lowered = fold(text)
    if morph.is_known(lowered) or len(lowered) < 5 or not lowered.endswith("е") \
            or lowered[-2] not in _NAME_BEFORE_E or lowered[-3] not in "аеиоуыэюя":
        return text
    return text[:-1]

