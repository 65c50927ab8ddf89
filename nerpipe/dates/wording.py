"""The canonical words of a relative expression that nothing anchors (no publication date, no date
before it): the ``normal`` of its DATE mention, which has no ``dates`` row.

The form is the expression's words in the nominative without the preposition, with one word for
each sense (``минувший``, ``прошедший`` → ``прошлый``; ``текущий``, ``нынешний`` → ``этот``; ``будущий``
→ ``следующий``; ``предстоящий`` → ``ближайший``): ``сегодня``, ``вчера``, ``пятница``, ``прошлая
пятница``, ``эта неделя``, ``прошлый месяц``, ``выходные``, ``следующий год``. A shift keeps its
preposition or adverb, its count in digits (none for one) and its unit as the count wants it: ``год
назад``, ``2 года назад``, ``через 3 дня``, ``неделю ранее``; a day after, before or on another date
is ``следующий день``, ``предыдущий день``, ``тот же день``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .centuries import roman_words
from .grammar import NEAREST_WORDS, NEXT_WORDS, PAST_WORDS, RELATIVE_DAYS, THIS_WORDS, WEEKDAYS, RawDate


@dataclass(frozen=True, slots=True)
class RelativeDate:
    """A relative expression with nothing to count from: a DATE mention without a ``dates`` row."""

    start: int
    end: int
    text: str
    normal: str


# the adjective of each sense, by gender: masculine, feminine, neuter, plural
_ADJECTIVES = {
    "позапрошлый": ("позапрошлый", "позапрошлая", "позапрошлое", "позапрошлые"),
    "прошлый": ("прошлый", "прошлая", "прошлое", "прошлые"),
    "этот": ("этот", "эта", "это", "эти"),
    "следующий": ("следующий", "следующая", "следующее", "следующие"),
    "ближайший": ("ближайший", "ближайшая", "ближайшее", "ближайшие"),
    "новый": ("новый", "новая", "новое", "новые"),  # of a season only: "новый сезон"
}
_GENITIVES = {"позапрошлый": "позапрошлого", "прошлый": "прошлого", "этот": "этого", "следующий": "следующего",
              "ближайший": "ближайшего"}  # of a masculine noun: конец прошлого века
_FEMININE_GENITIVES = {"позапрошлый": "позапрошлой", "прошлый": "прошлой", "этот": "этой", "следующий": "следующей",
                       "ближайший": "ближайшей"}
# the units a part is said of, in the genitive, and whether feminine: конец недели, начало года
_PART_UNITS = {"week": ("недели", True), "month": ("месяца", False), "year": ("года", False)}
_WEEKDAY_GENDERS = (0, 0, 1, 0, 1, 1, 2)  # понедельник … воскресенье
_UNITS = {"week": ("неделя", 1), "month": ("месяц", 0), "weekend": ("выходные", 3), "season": ("сезон", 0),
          "century": ("век", 0)}
# a unit after a count: one, two to four, five and more
_STEPS = {
    "day": ("день", "дня", "дней"),
    "week": ("неделю", "недели", "недель"),
    "month": ("месяц", "месяца", "месяцев"),
    "year": ("год", "года", "лет"),
}


def relative_date(text: str, raw: RawDate) -> RelativeDate:
    return RelativeDate(raw.start, raw.end, text[raw.start:raw.end], canonical_words(raw))


def canonical_words(raw: RawDate) -> str:
    """The canonical form of a relative expression (see the module's docstring)."""
    if raw.shift is not None:
        return _shift_words(raw)
    if raw.rel_day is not None:
        return next(word for word, days in RELATIVE_DAYS.items() if days == raw.rel_day)
    if raw.weekday is not None:
        noun, gender = next(word for word, day in WEEKDAYS.items() if day == raw.weekday), \
            _WEEKDAY_GENDERS[raw.weekday]
        return _with_sense(raw.which, noun, gender)
    if raw.century is not None:  # XIV век, конец XVIII века
        return f"{raw.part} {roman_words(raw.century)} века" if raw.part else f"{roman_words(raw.century)} век"
    if raw.unit == "century" and raw.part:  # конец этого века
        sense = _sense_of(raw.which)
        return f"{raw.part} {_GENITIVES[sense]} века" if sense else f"{raw.part} века"
    if raw.part and raw.unit in _PART_UNITS or (raw.part and raw.rel_year):  # конец недели, начало этого года
        noun, feminine = _PART_UNITS.get(raw.unit or "year")
        sense = _sense_of(raw.which or raw.rel_year)
        adjective = (_FEMININE_GENITIVES if feminine else _GENITIVES)[sense] + " " if sense else ""
        return f"{raw.part} {adjective}{noun}"
    if raw.unit is not None:
        return _with_sense(raw.which, *_UNITS[raw.unit])
    return _with_sense(raw.rel_year, "год", 0)


def _with_sense(word: str | None, noun: str, gender: int) -> str:
    sense = _sense_of(word)
    return f"{_ADJECTIVES[sense][gender]} {noun}" if sense else noun


def _sense_of(word: str | None) -> str | None:
    if word is None:
        return None
    word = word.lower()
    if word.startswith("позапрошл"):
        return "позапрошлый"
    if word in PAST_WORDS or word.startswith(("прошл", "минувш", "прошедш")):
        return "прошлый"
    if word in NEXT_WORDS or word.startswith(("следующ", "будущ")):
        return "следующий"
    if word in NEAREST_WORDS:
        return "ближайший"
    if word in THIS_WORDS or word.startswith(("эт", "текущ", "нынешн")):
        return "этот"
    return "новый" if word == "новый" else None


def count_form(forms: tuple[str, ...], count: int) -> str:
    """The form of a unit a count wants, of its forms after one, two to four, and five and more: ``("год",
    "года", "лет")`` → ``год`` for 21, ``года`` for 3, ``лет`` for 12."""
    if count % 10 == 1 and count % 100 != 11:
        return forms[0]
    return forms[1] if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14) else forms[2]


def _shift_words(raw: RawDate) -> str:
    count = abs(raw.shift)
    if raw.anchored and raw.step == "day" and count <= 1:
        return {0: "тот же день", 1: "следующий день", -1: "предыдущий день"}[raw.shift]
    unit = count_form(_STEPS[raw.step], count)
    amount = unit if count == 1 else f"{count} {unit}"
    if not raw.anchored:
        return f"{amount} назад"
    return f"через {amount}" if raw.shift > 0 else f"{amount} ранее"
