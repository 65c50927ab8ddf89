"""Parts of a year as reports and plans state them: quarters (``в первом квартале 2024 года``, ``за III квартал``,
``во 2-м квартале прошлого года``) and half-years (``во втором полугодии``, ``по итогам первого полугодия 2023
года``). A quarter or a half is the months it spans (``2024-01`` to ``2024-03``); its year is written, relative
(``текущего года``) or inferred like a month's.

Not a date: a quarter of a town (``в третьем квартале микрорайона``): a quarter with no year before a noun in
the genitive (:func:`names_block`). Tenths of a month: ``в первой декаде мая`` is 1 to 10 May."""

from __future__ import annotations

import calendar
import re

from yargy import and_, or_, rule
from yargy.predicates import custom, dictionary, eq, gram, gte, in_, lte, normalized
from yargy.predicates import type as type_

from .centuries import roman_number

# the ordinal's lemma → its number
_ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4}
# the first and last month of each quarter and half
QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
HALF_MONTHS = {1: (1, 6), 2: (7, 12)}
# a trigger: the noun of a period, in any case
TRIGGER = re.compile(r"(?i:\b(?:квартал|полугоди|декад)\w*)")
_DIGITS = re.compile(r"\d+")


def ordinal_number(word: str) -> int:
    """``первый`` (the lemma of ``первом``) → 1, ``III`` → 3, ``3-й`` → 3."""
    word = word.lower()
    digits = _DIGITS.match(word)
    if digits:
        return int(digits.group())
    return _ORDINALS.get(word) or roman_number(word.upper())


def period_rules(parts_fact, year_rule, which_year):
    """``первом квартале 2024 года``, ``II квартала``, ``2-м полугодии текущего года``: the ordinal goes to
    ``quarter`` or ``half``, a year as written to ``y2`` (``year_rule``), a word of which year (``which_year``,
    ``прошлого``) to ``rel_year``."""

    quarter = rule(_ordinal(parts_fact.quarter, 4), and_(normalized("квартал"), gram("sing")))
    half = rule(_ordinal(parts_fact.half, 2), and_(normalized("полугодие"), gram("sing")))
    year = or_(
        year_rule,
        rule(which_year.interpretation(parts_fact.rel_year.normalized()), normalized("год")),
    )
    return rule(or_(quarter, half), year.optional())


def tenth_rule(parts_fact):
    """``первой декаде``, ``3-й декады``: a tenth of a month (the month follows in the grammar)."""
    return rule(_ordinal(parts_fact.tenth, 3), and_(normalized("декада"), gram("sing")))


def _ordinal(slot, high: int):
    """An ordinal from 1 to ``high`` in words, Roman or Arabic figures, as the number it is, into ``slot``."""
    words = {key for key, value in _ORDINALS.items() if value <= high}
    return or_(
        rule(dictionary(words)),
        rule(custom(lambda value: 1 <= roman_number(value.upper()) <= high)),
        rule(and_(type_("INT"), gte(1), lte(high)), rule(eq("-"), in_({"м", "й", "го", "ом", "ый"})).optional()),
    ).interpretation(slot.normalized().custom(ordinal_number))


# a part of a month as the tenth of it it stands for: "в начале мая" is 1 to 10 May, "в конце мая" 21 to 31 May
PART_TENTHS = {"начало": 1, "середина": 2, "конец": 3}


def tenth_days(tenth: int, month: int, year: int | None) -> tuple[int, int]:
    """The first and last day of a tenth of a month: 1–10, 11–20, 21 to the month's end (February's of a
    common year when the year is not written: the normalizer takes the end of the year it infers)."""
    if tenth < 3:
        return 10 * tenth - 9, 10 * tenth
    return 21, _month_end(month, year)


def _month_end(month: int, year: int | None) -> int:
    """The last day of a month (February's of a common year when the year is not written)."""
    return calendar.monthrange(year or 2001, month)[1]


# a half of a month: "в первой половине мая" is 1 to 15 May, "во второй половине мая" 16 to 31 May
MONTH_HALVES = {"первая половина": 1, "вторая половина": 2}


def find_half_days(half: int, month: int, year: int | None) -> tuple[int, int]:
    """The first and last day of a half of a month: 1–15, 16 to the month's end (as :func:`tenth_days`)."""
    return (1, 15) if half == 1 else (16, _month_end(month, year))


def period_months(quarter: int | None, half: int | None) -> tuple[int, int] | None:
    """The first and last month of a quarter or a half: (4, 6) for the second quarter."""
    if quarter:
        return QUARTER_MONTHS.get(quarter)
    if half:
        return HALF_MONTHS.get(half)
    return None


def names_block(following: str, morph) -> bool:
    """Whether a quarter with no year is a block of a town, by the word ``following`` it: a noun that can only be
    in the genitive (``квартале микрорайона``; not ``квартале работы не велись``)."""
    nouns = [parse.tag for parse in morph.parse(following) if parse.tag.POS == "NOUN"]
    return bool(nouns) and all(tag.case == "gent" for tag in nouns)
