"""Centuries: ``в XIV веке``, ``к концу XVIII века``, ``в начале 20 века``, ``в прошлом веке``. A century is
a DATE mention whose ``normal`` is its words (``XIV век``, ``конец XVIII века``, ``прошлый век``) and no row:
the rows' precisions are a day, a month and a year. ``несколько веков``, ``в течение веков`` are durations."""

from __future__ import annotations

import re

from yargy import and_, or_, rule
from yargy.predicates import custom, eq, gram, gte, in_, in_caseless, lte, normalized
from yargy.predicates import type as type_

# Roman numerals, the Cyrillic Х that Russian texts often type for the Latin X included
_ROMAN = re.compile(r"^[IVXХ]{1,6}$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "Х": 10}
# a part of a century, by the stem of its noun → its words in the nominative
PARTS = {"начал": "начало", "конц": "конец", "конец": "конец", "середин": "середина"}
HALVES = {"перв": "первая половина", "втор": "вторая половина"}
# the words of a part of a century or a month in every case it takes ("в начале", "до конца", "к середине")
PART_WORDS = frozenset({"начале", "начала", "началу", "начало", "конце", "конца", "концу", "конец", "середине",
                        "середины", "середина", "середину"})
HALF_WORDS = {"первой", "второй", "первая", "вторая", "первую", "вторую"}


_MIXED_ROMAN = re.compile(r"\b[IVXХ]*Х[IVXХ]*\b")


def latin_numerals(text: str) -> str:
    """Roman numerals typed with the Cyrillic Х in Latin letters (``ХIХ`` → ``XIX``), the length kept: the
    tokenizer would cut a word of two scripts in pieces."""
    return _MIXED_ROMAN.sub(lambda match: match.group().replace("Х", "X"), text) if "Х" in text else text


def roman_number(word: str) -> int:
    """``XIV`` → 14, ``ХIХ`` (with Cyrillic Х) → 19; 0 for what is not a numeral."""
    if not _ROMAN.match(word):
        return 0
    values = [_ROMAN_VALUES[char] for char in word]
    total = 0
    for index, value in enumerate(values):
        total += -value if index + 1 < len(values) and value < values[index + 1] else value
    return total


def roman_words(number: int) -> str:
    """14 → ``XIV`` (centuries only: up to 39)."""
    tens, ones = divmod(number, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]


def century_of(word: str) -> int:
    return int(word) if word.isdigit() else roman_number(word)


# the prepositions before a part of a period: "в начале", "до конца", "к середине", "от начала"
PART_PREPOSITIONS = frozenset({"в", "во", "к", "до", "с", "со", "по", "от"})


def part_word(parts_fact):
    """The word of a part of a period (``начале``, ``конца``) read into ``parts_fact.part``."""
    return in_caseless(PART_WORDS).interpretation(parts_fact.part.custom(part_of))


def half_word(parts_fact):
    """``второй половине``: the words of a half of a period, the half read into ``parts_fact.part``."""
    return rule(in_caseless(HALF_WORDS).interpretation(parts_fact.part.custom(part_of)), normalized("половина"))


def part_of(word: str) -> str:
    """``концу`` → ``конец``, ``второй`` → ``вторая половина``."""
    word = word.lower()
    return next(words for stem, words in {**PARTS, **HALVES}.items() if word.startswith(stem))


def century_rules(parts_fact, which_in):
    """``в XIV веке``, ``к концу XVIII века``, ``во второй половине XIX века``, ``в 19 веке``; and with a word of
    which (``which_in``, the grammar's rule of ``прошлый``, ``этот`` …): ``в прошлом веке``, ``текущего столетия``."""
    numeral = or_(
        rule(custom(lambda value: 1 <= roman_number(value) <= 21)),
        rule(and_(type_("INT"), gte(1), lte(21)), rule(eq("-"), in_({"го", "м", "й", "ом", "ый"})).optional()),
    ).interpretation(parts_fact.century.custom(century_of))
    noun = or_(and_(normalized("век"), gram("sing")), and_(normalized("столетие"), gram("sing")))
    unit = noun.interpretation(parts_fact.unit.const("century"))
    part = or_(
        rule(part_word(parts_fact)),
        half_word(parts_fact),
    )
    preposition = in_caseless(PART_PREPOSITIONS).optional()
    return or_(
        rule(preposition, part.optional(), numeral, unit),
        rule(preposition, part.optional(), which_in("loct", "gent", "accs", "datv", "ablt", "nomn"), unit),
    )
