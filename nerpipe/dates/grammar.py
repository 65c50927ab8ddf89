"""The date grammar: the words of dates (months, weekdays, relative words), the yargy rules of dates
as written and of relative expressions, and :class:`RawDate`, the parts of a match before any inference."""

from __future__ import annotations

import re
from dataclasses import dataclass

from yargy import and_, not_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, normalized

from .centuries import PART_PREPOSITIONS, century_rules, half_word, part_word
from .day_words import DAY_WORDS, UNIT_WORDS, read_day_words
from .periods import period_rules, tenth_rule
from .shift_words import and_int, shift_rules

MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
    "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}
MONTH_ABBR = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5, "воскресенье": 6,
}
# pymorphy gives "воскресенье" the lemma of "воскресение" (the feast): both name the day here
_WEEKDAY_LEMMAS = {**WEEKDAYS, "воскресение": 6}
_WEEKDAYS_ACCUSATIVE = {"понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"}
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
SEASONS = {"зимой": 12, "весной": 3, "летом": 6, "осенью": 9}  # the first month of each
_SEASON_LEMMAS = {"зима": 12, "весна": 3, "лето": 6, "осень": 9}
# "прошлый", "этот", "следующий" … → which instance, relative to the publication date
PAST_WORDS = {"прошлый", "минувший", "прошедший", "позапрошлый"}
THIS_WORDS = {"этот", "текущий", "нынешний", "настоящий"}
NEXT_WORDS = {"следующий", "будущий", "грядущий"}
NEAREST_WORDS = {"ближайший", "близкий", "предстоящий"}  # pymorphy's lemma of "ближайший" is "близкий"

_MONTH_STEMS = "янв|фев|мар|апр|ма[йяюе]|июн|июл|авг|сен|окт|ноя|дек"
WEEKDAY_NEAR = re.compile(
    r"(?i)(понедельник|вторник|сред[уаы]|четверг|пятниц[ауы]|суббот[ауы]|воскресень[ея])"
)

Parts = fact("Parts", ["d1", "m1", "y1", "d2", "m2", "y2", "decade", "rel_day", "weekday", "which", "rel_year",
                       "unit", "season", "count", "step", "sense", "bare", "century", "part",
                       "quarter", "half", "tenth", "listed"])


def which_lemma(word: str | None) -> str | None:
    """The word of which as its adjective's lemma: ``прошлое`` (pymorphy's lemma of ``прошлого`` read as a noun) →
    ``прошлый``."""
    if word is None or word in _WHICH_WORDS:
        return word
    return next((lemma for lemma in sorted(_WHICH_WORDS) if lemma[:5] == word[:5]), word)


_WHICH_WORDS = PAST_WORDS | THIS_WORDS | NEXT_WORDS | NEAREST_WORDS


def weekday_number(word: str | None) -> int | None:
    """The number of a weekday from its lemma: ``пятница`` → 4, ``воскресение`` → 6 (Monday is 0)."""
    return _WEEKDAY_LEMMAS.get(word.lower()) if word else None


def _int(value: str) -> int:
    return int(value)


def month_number(value: str) -> int:
    """The number of a month from any form of its name: ``мая`` → 5, ``сент.`` → 9, ``Июнь`` → 6."""
    key = value.split()[0].lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    for prefix, number in _MONTH_PREFIXES:
        if key.startswith(prefix):
            return number
    return 0


# "мар" before "ма": март and май share a first syllable
_MONTH_PREFIXES = (("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("авг", 8),
                   ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12))


def season_month(word: str | None) -> int | None:
    """The first month of a season from its word: ``летом`` or ``лето`` → 6."""
    if not word:
        return None
    word = word.lower()
    return SEASONS.get(word) or _SEASON_LEMMAS.get(word)


def season_lemma(word: str) -> str:
    """The season a form of its noun names, by its stem: ``лету`` → ``лето`` (pymorphy's first lemma of
    ``лету`` is ``лёт``)."""
    stem = word.lower()[:3]
    return next(lemma for lemma in _SEASON_LEMMAS if lemma.startswith(stem))


def build_grammar():
    """Three grammars: dates as written (``6 июля 2018 года``, ``27–28 ноября``, ``в декабре прошлого
    года``), relative expressions (``вчера``, ``в пятницу``, ``на этой неделе``, ``летом``), and years
    without their word (``с 2006``, ``2013–2014``, ``(2003)``), which yield to a longer reading. Each
    runs only on windows around its own triggers: the grammar is tried at every token of a window,
    and a small one is cheap."""
    day = and_int(1, 31, max_len=2)
    month_num = and_int(1, 12, max_len=2)
    year = and_int(1800, 2100, exact_len=4)
    month_name = or_(
        rule(dictionary(MONTHS)),
        # ``9 Дек. 2021`` as datelines write it; without the dot in lower case only (``3 Окт`` may be a name)
        rule(in_caseless(set(MONTH_ABBR)), eq(".")), rule(in_(set(MONTH_ABBR))),
    )
    year_word = or_(rule("г", eq(".").optional()), rule("гг", eq(".").optional()), rule(normalized("год")))
    dash = in_({"-", "–", "—", "‒", "−"})
    pair_joint = or_(dash, eq("и"), eq(","))

    ordinal_ending = rule(eq("-"), in_({"го", "е", "ое"}))  # 15-го марта

    def d(slot):
        return rule(day.interpretation(getattr(Parts, slot).custom(_int)), ordinal_ending.optional())

    def mn(slot):
        return month_name.interpretation(getattr(Parts, slot).custom(month_number))

    def y(slot):
        return year.interpretation(getattr(Parts, slot).custom(_int))

    numeric = rule(
        d("d1"), eq("."), month_num.interpretation(Parts.m1.custom(_int)), eq("."), y("y1"),
        year_word.optional(),
    )
    iso = rule(y("y1"), eq("-"), month_num.interpretation(Parts.m1.custom(_int)), eq("-"), d("d1"))
    # ``05-09-2016`` as datelines write it: day, month, year
    dashed = rule(d("d1"), eq("-"), month_num.interpretation(Parts.m1.custom(_int)), eq("-"), y("y1"))
    day_range = rule(d("d1"), pair_joint, d("d2"), mn("m2"), rule(y("y2"), year_word.optional()).optional())
    from_to_days = rule(
        in_caseless({"с", "со"}), d("d1"), mn("m1").optional(), in_({"по", "до"}), d("d2"), mn("m2"),
        rule(y("y2"), year_word.optional()).optional(),
    )
    month_range = rule(
        d("d1"), mn("m1"), rule(y("y1"), year_word.optional()).optional(), or_(dash, in_({"по", "до"})),
        d("d2"), mn("m2"), rule(y("y2"), year_word.optional()).optional(),
    )
    # a month's year: "2024 года", "2024 г.", "2024-го", "2024-го года"
    month_year_part = rule(y("y1"), rule(dash, in_({"го", "м", "й"})).optional(), year_word.optional())
    full = rule(d("d1"), mn("m1"), rule(y("y1"), year_word.optional()).optional())
    day_words = or_(rule(in_caseless(set(DAY_WORDS))), rule(in_caseless({"двадцать"}), in_caseless(set(UNIT_WORDS))),
                    rule(in_caseless({"тридцать"}), in_caseless({"первого"})))
    full_words = rule(day_words.interpretation(Parts.d1.custom(read_day_words)), mn("m1"),
                      rule(y("y1"), year_word.optional()).optional())
    # "декабрь 2024 года", "декабрь 2024-го"
    month_year = rule(mn("m1"), month_year_part)
    # two months listed: "май и июнь 2025 года", "в мае и июне" (the first one's joint is cut off its span, the
    # second one's joint off its start)
    joint = in_caseless({"и", "или"})
    listed_month = or_(rule(mn("m1"), joint.interpretation(Parts.listed.const(True))),
                       rule(joint, mn("m1"), month_year_part.optional()))
    month_only = rule(  # "в марте", "до марта", "в течение марта"
        in_caseless({"в", "во", "до", "к", "с", "по", "течение"}), mn("m1"), month_year_part.optional(),
    )
    # a part of a month: "в начале марта", "до конца сентября 2024 года", "к середине мая" (its tenth of days)
    month_part = part_word(Parts)
    # "во второй половине мая": 16 to 31 May (:func:`.periods.find_half_days`)
    month_half = half_word(Parts)
    month_in_part = rule(
        in_caseless(PART_PREPOSITIONS).optional(), or_(rule(month_part), month_half), mn("m1"),
        rule(y("y1"), year_word.optional()).optional(),
    )
    # "в 1996-1999 годах", "в 1996-99 годах": the second year in full or by its last two digits (:func:`.extract`
    # writes it out)
    short_year = and_int(0, 99, exact_len=2).interpretation(Parts.y2.custom(_int))
    year_range = or_(
        rule(y("y1"), dash, or_(y("y2"), short_year), year_word),
        rule(in_caseless({"с", "со"}), y("y1"), year_word.optional(), in_({"по", "до"}), y("y2"), year_word),
    )
    year_only = rule(y("y1"), year_word)
    decade_number = or_(
        and_int(1800, 2090, exact_len=4),
        and_int(10, 90, exact_len=2),
    ).interpretation(Parts.decade.custom(_int))
    decade = or_(
        rule(decade_number, dash, in_({"е", "х", "ые", "ых"}), normalized("год").optional()),
        # "к 90-м годам": the plural needs its noun, "в 2010-м" alone is a year
        rule(decade_number, dash, in_({"м", "ми", "ым"}), in_caseless({"годам", "годами"})),
    )
    year_ordinal = rule(y("y1"), dash, in_({"м", "й", "го"}), year_word.optional())  # в 2010-м году
    # с мая по июль 2019 года, май–июль 2019 года
    last_year = rule(y("y2"), year_word.optional()).optional()
    month_span = or_(
        rule(in_caseless({"с", "со"}), mn("m1"), in_({"по", "до"}), mn("m2"), last_year),
        # its preposition too, or "в январе" would be read first and cut the span ("в январе–марте 2024 года")
        rule(in_caseless({"в", "во", "за", "к", "до", "по"}).optional(), mn("m1"), dash, mn("m2"), last_year),
    )
    relative_day = rule(in_caseless(set(RELATIVE_DAYS)).interpretation(Parts.rel_day))
    # one dictionary predicate, not an or_ of normalized(): the grammar is tried at every token
    which_words = dictionary(PAST_WORDS | THIS_WORDS | NEXT_WORDS | NEAREST_WORDS)

    def which_in(*cases):  # "прошлой осенью", "в эту пятницу": the adjective agrees ("это осенью" is no "этой")
        return rule(and_(which_words, or_(*(gram(case) for case in cases)))).interpretation(
            Parts.which.normalized())

    # в пятницу, в минувшую пятницу, в ближайший вторник; a term set for a day: назначено на пятницу
    weekday = or_(
        rule(in_caseless({"в", "во"}), which_in("accs").optional(),
             dictionary(_WEEKDAY_LEMMAS).interpretation(Parts.weekday.normalized())),
        rule(eq("на"), which_in("accs").optional(),
             in_caseless(_WEEKDAYS_ACCUSATIVE).interpretation(Parts.weekday.normalized())),
        # the second of two: "в пятницу и субботу"
        rule(in_caseless({"и", "или"}), in_caseless(_WEEKDAYS_ACCUSATIVE).interpretation(Parts.weekday.normalized())),
    )
    which_year = rule(dictionary({"прошлый", "минувший", "этот", "текущий", "нынешний", "следующий", "будущий",
                                  "позапрошлый", "прошедший"}))
    # one year: "в прошлые годы", "за эти годы" are many
    relative_year = rule(
        in_caseless({"в", "во"}).optional(), which_year.interpretation(Parts.rel_year.normalized()),
        and_(normalized("год"), gram("sing")),
    )
    # 5 декабря прошлого года, в декабре прошлого года
    relative_month = rule(
        in_caseless({"в", "во"}).optional(), or_(d("d1"), rule(month_part)).optional(),
        mn("m1"),
        which_year.interpretation(Parts.rel_year.normalized()), normalized("год"),
    )
    # на этой неделе, в прошлом месяце, в минувшие выходные
    relative_unit = or_(
        rule(in_caseless({"на"}), which_in("loct"), normalized("неделя").interpretation(Parts.unit.const("week"))),
        rule(in_caseless({"в", "во"}), which_in("loct"),
             normalized("месяц").interpretation(Parts.unit.const("month"))),
        rule(in_caseless({"в", "во", "на"}), which_in("accs", "loct").optional(),
             in_caseless({"выходные", "выходных"}).interpretation(Parts.unit.const("weekend"))),
        # a part of a week, a month or a year: "в конце недели", "к концу прошлого месяца", "до конца этого года"
        rule(in_caseless(PART_PREPOSITIONS - {"от"}).optional(), month_part, which_in("gent").optional(),
             # in lower case: "в конце Недели моды" is of an event
             or_(and_(normalized("неделя"), gram("sing"), is_lower()).interpretation(Parts.unit.const("week")),
                 and_(normalized("месяц"), gram("sing"), is_lower()).interpretation(Parts.unit.const("month")),
                 and_(normalized("год"), gram("sing"), gram("gent"), is_lower()).interpretation(
                     Parts.unit.const("year")))),
        # a season of a sport or a trade: ``в текущем сезоне``, ``прошлого сезона``, ``новый сезон`` (one, no row)
        rule(in_caseless({"в", "во", "на"}).optional(),
             or_(which_in("loct", "gent", "accs", "datv", "ablt"),
                 rule(normalized("новый")).interpretation(Parts.which.const("новый"))),
             and_(normalized("сезон"), gram("sing")).interpretation(Parts.unit.const("season"))),
    )
    # летом, прошлой осенью, весной 2019 года, зимой прошлого года
    season_word = in_caseless(set(SEASONS)).interpretation(Parts.season.normalized())
    # the noun in any case, only with its year: "с весны 2021 года", "до осени прошлого года" ("лет" is years)
    season_noun = and_(dictionary(_SEASON_LEMMAS), not_(in_caseless({"лет"}))).interpretation(
        Parts.season.custom(season_lemma))
    season = or_(
        rule(or_(season_word, season_noun), which_year.interpretation(Parts.rel_year.normalized()),
             normalized("год")),
        rule(which_in("ablt").optional(), season_word, rule(y("y1"), year_word.optional()).optional()),
        rule(season_noun, y("y1"), year_word.optional()),
        # зимой 2020/2021 года, зимы 2020–2021 годов: one winter across two years
        rule(or_(season_word, season_noun), y("y1"), or_(dash, eq("/")), y("y2"), year_word.optional()),
    )
    # в первом квартале 2024 года, во втором полугодии прошлого года
    period = or_(
        period_rules(Parts, rule(y("y2"), year_word.optional()), which_year),
        # в первой декаде мая, во второй декаде июня 2023 года
        rule(tenth_rule(Parts), mn("m1"), rule(y("y1"), year_word.optional()).optional()),
    )
    absolute = or_(
        numeric, iso, dashed, from_to_days, month_range, day_range, relative_month, full, full_words, month_span,
        month_year, year_range, decade, year_ordinal, year_only, month_in_part, month_only, period, listed_month,
    ).interpretation(Parts)
    relative = or_(season, relative_day, weekday, relative_year, relative_unit, shift_rules(Parts),
                   century_rules(Parts, which_in)).interpretation(Parts)
    return absolute, relative, bare_year_rules(dash).interpretation(Parts)


# the years a bare number can be (news of the last century and the next few years)
BARE_YEARS = (1900, 2039)


def bare_year_rules(dash):
    """A year written without ``год``, where its context makes it one (the extractor then checks
    that no noun follows, as in ``до 2000 человек``): after a preposition of time (``с 2006``, ``к 2030``),
    two of them (``с 1975 по 1977``, ``2013–2014``, ``2013/2014``) or alone in brackets (``(2003)``)."""
    year = and_int(*BARE_YEARS, exact_len=4)

    def y(slot):
        return year.interpretation(getattr(Parts, slot).custom(_int))

    def marked(predicate):  # the word that makes the number a year marks the match as a bare year
        return predicate.interpretation(Parts.bare.const(True))

    return or_(
        rule(marked(in_caseless({"с", "со", "по", "до", "к", "после", "в", "во"})), y("y1")),
        rule(marked(in_caseless({"с", "со"})), y("y1"), in_({"по", "до"}), y("y2")),
        rule(y("y1"), marked(or_(dash, eq("/"))), y("y2")),
        rule(marked(eq("(")), y("y1"), eq(")")),
    )


@dataclass(frozen=True, slots=True)
class RawDate:
    """A match before year inference: parts as written."""

    start: int
    end: int
    d1: int | None
    m1: int | None
    y1: int | None
    d2: int | None
    m2: int | None
    y2: int | None
    decade: int | None = None
    rel_day: int | None = None
    weekday: int | None = None
    which: str | None = None  # "прошлый", "этот", "следующий", "ближайший" … before a weekday, week, month or season
    rel_year: str | None = None
    unit: str | None = None  # "week", "month", "weekend", "season" (of a sport or a trade), "century"; "year" (a part
    # of one with no word of which: "до конца года")
    season: int | None = None  # first month of a season: 12, 3, 6 or 9
    shift: int | None = None  # signed number of ``step``s of a shift: ``два дня назад`` is -2, ``накануне`` -1
    step: str | None = None  # "day", "week", "month" or "year" of a shift
    anchored: bool = False  # the shift counts from another date of the text when one precedes it
    century: int | None = None  # the number of a century (unit "century"): ``XIV века`` is 14
    part: str | None = None  # the part of a century: "начало", "конец", "середина", "первая половина" …
    period: str | None = None  # "quarter" or "half" of a year, its months in ``m1`` to ``m2``
    month_end: bool = False  # ``d2`` is the last day of its month, whatever the year inferred (28 or 29 February)

    @property
    def past(self) -> bool:
        return self.which in PAST_WORDS

    @property
    def relative(self) -> bool:
        """Whether the expression is said relative to the time of writing."""
        return (self.rel_day is not None or self.weekday is not None or self.unit is not None
                or self.shift is not None or self.rel_year is not None or (self.season is not None and self.y1 is None))
