"""Days written as ordinals in words before their month (``Семнадцатого марта``, ``двадцать четвёртого мая``): the
words the grammar matches, in their е and ё spellings (:data:`DAY_WORDS`, :data:`UNIT_WORDS`), the day they name
(:func:`read_day_words`), and where such words are a name, no date (:func:`names_by_day_words`: ``улица Восьмого
Марта``, ``завод «Первого мая»``)."""

from __future__ import annotations

import re

# a day's ordinal in words in the genitive, by itself or after its tens (``двадцать пятого``), as written with е and
# with ё (``четвёртого``)
_DAYS = {"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "четвёртого": 4, "пятого": 5, "шестого": 6,
         "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10, "одиннадцатого": 11, "двенадцатого": 12,
         "тринадцатого": 13, "четырнадцатого": 14, "пятнадцатого": 15, "шестнадцатого": 16,
         "семнадцатого": 17, "восемнадцатого": 18, "девятнадцатого": 19, "двадцатого": 20, "тридцатого": 30}
TENS = {"двадцать": 20, "тридцать": 30}
DAY_WORDS = frozenset(_DAYS)  # every ordinal of a day, both spellings
UNIT_WORDS = frozenset(word for word, number in _DAYS.items() if number < 10)  # those after ``двадцать``
# the words of a day in words: its ordinals and its tens
_DAY_OR_TENS = frozenset(DAY_WORDS | TENS.keys())


def read_day_words(value: str) -> int:
    """The day an ordinal in words names: ``Двенадцатого`` → 12, ``двадцать четвёртого`` → 24."""
    return sum(TENS.get(word) or _DAYS[word] for word in value.lower().replace("ё", "е").split())


# the nouns a name of a street, a square, a park or a works follows (``улица``, ``ул.``, ``завод``, ``имени``): a
# day in words after one names it (``проспект Первого мая``), whatever the case of its month
_NAME_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:улиц|проспект|площад|переул|бульвар|набережн|шосс|проезд|тупик|алле|сквер|парк|завод|фабрик|комбинат"
    r"|колхоз|совхоз|кинотеатр|стадион|имени)\w*|\b(?:ул|просп|пл|пер|наб|им)\.)\s*[«\"„]?\s*$")
# an opening quote right before the day and a closing one right after the month: a quoted name (``«Первого мая»``)
_QUOTED = re.compile(r"[«\"„][»\"“]")
# where a sentence may open: the text's start, a sentence's end, a line's, an opening quote or a dash of speech
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…\n])[\s«\"„—–-]*$")


def names_by_day_words(text: str, start: int, stop: int) -> bool:
    """Whether a date of a day in words at ``start``–``stop`` (``Восьмого марта``) is a name, no date: after the noun
    of a street or a works (``на улице Восьмого марта``, ``Завод «Первого мая»``, ``имени …``), in quotes of its own
    (``назвали «Первого мая»``), or with its month
    capitalised inside a sentence (``к магазину у Восьмого Марта``); a sentence opening with it (``Восьмого марта
    прошёл концерт``) has its date. ``False`` for a date whose day is no word."""
    words = text[start:stop].split()
    if not words or words[0].lower() not in _DAY_OR_TENS:
        return False
    before = text[max(0, start - 40):start]
    if _NAME_NOUN_BEFORE.search(before) or _QUOTED.match(before[-1:] + text[stop:stop + 1]):
        return True
    month = next((word for word in words[1:] if word.lower() not in _DAY_OR_TENS), "")
    return month.istitle() and not _SENTENCE_OPENS.search(before)
