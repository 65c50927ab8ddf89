"""The words of shifts from another date or from the time of writing (``через два дня``, ``год назад``,
``неделю спустя``) and their yargy rule; :func:`and_int`, a number within bounds, for every rule of dates."""

from __future__ import annotations

from yargy import and_, or_, rule
from yargy.predicates import eq, gte, in_caseless, length_eq, lte
from yargy.predicates import type as type_

# the words of a shift (``через два дня``, ``год назад``, ``неделю спустя``): counts and units as written
COUNTS = {
    "один": 1, "одну": 1, "одного": 1, "одним": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "двумя": 2,
    "три": 3, "трёх": 3, "трех": 3, "тремя": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "четырьмя": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
}
STEP_WORDS = {
    "day": {"день", "дня", "дней", "днём", "днем", "днями", "сутки", "суток", "сутками"},
    "week": {"неделю", "недели", "недель", "неделей", "неделями"},
    "month": {"месяц", "месяца", "месяцев", "месяцем", "месяцами"},
    "year": {"год", "года", "лет", "годом", "годами"},
}
_ONE_STEP = {"день", "днём", "днем", "сутки", "неделю", "неделей", "месяц", "месяцем", "год", "годом"}
# "сегодняшнего дня" is "сегодня"
_DAY_ADJECTIVES = {"сегодняшн": "сегодня", "вчерашн": "вчера", "завтрашн": "завтра"}


def count_number(word: str) -> int:
    """``двух`` → 2, ``15`` → 15."""
    word = word.lower()
    return int(word) if word.isdigit() else COUNTS[word]


def step_of(word: str) -> str:
    """``дня`` → ``day``, ``лет`` → ``year``."""
    return next(step for step, words in STEP_WORDS.items() if word.lower() in words)


def day_word(adjective: str) -> str:
    """``сегодняшнего`` → ``сегодня``."""
    return next(word for stem, word in _DAY_ADJECTIVES.items() if adjective.lower().startswith(stem))


def shift_rules(parts):
    """Shifts from another date or from the time of writing: ``год назад``, ``через два дня``, ``неделю
    спустя``, ``днём ранее``, ``на следующий день``, ``накануне``, ``в тот же день``; and ``с сегодняшнего
    дня`` (a relative day)."""
    count = or_(and_int(1, 99, max_len=2), in_caseless(set(COUNTS))).interpretation(parts.count.custom(count_number))
    step = in_caseless(set().union(*STEP_WORDS.values())).interpretation(parts.step.custom(step_of))
    # a unit without its count is one ("через неделю"); "лет назад" is "много лет назад", no date
    one_step = in_caseless(_ONE_STEP).interpretation(parts.step.custom(step_of))
    counted = or_(rule(count, step), rule(one_step))

    def sense(words, value):
        return in_caseless(words).interpretation(parts.sense.const(value))

    day_step = in_caseless({"день"}).interpretation(parts.step.const("day"))
    return or_(
        rule(counted, sense({"назад"}, "ago")),
        rule(sense({"через", "спустя"}, "after"), counted),
        rule(counted, sense({"спустя", "позже", "позднее"}, "after")),
        rule(counted, sense({"ранее", "раньше"}, "before")),
        rule(in_caseless({"на"}), sense({"следующий", "другой"}, "after"), day_step),
        rule(sense({"накануне"}, "before")),
        rule(in_caseless({"в", "во"}), sense({"тот", "этот"}, "same"), eq("же"), day_step),
        rule(in_caseless({f"{stem}{ending}" for stem in _DAY_ADJECTIVES for ending in ("его", "ий", "ему", "им")})
             .interpretation(parts.rel_day.custom(day_word)),
             in_caseless({"дня", "день", "дню", "днём", "днем"})),
    )


def and_int(low: int, high: int, max_len: int | None = None, exact_len: int | None = None):
    checks = [type_("INT"), gte(low), lte(high)]
    if exact_len:
        checks.append(length_eq(exact_len))
    elif max_len == 2:
        checks.append(or_(length_eq(1), length_eq(2)))
    return and_(*checks)
