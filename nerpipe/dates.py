"""Stage 3: dates and date ranges, normalized to ISO 8601.

A yargy grammar finds single dates (``6 июля 2018 года``, ``06.07.2018``,
``апреле 2017 года``, ``2016 году``, ``в июле``), ranges (``27–28 ноября``,
``22 и 23 июня``, ``с 27 по 28 ноября``, ``30 июня – 2 июля``,
``в 2019–2020 годах``), decades (``1990-е годы``) and relative expressions
(``вчера``, ``сегодня``, ``в минувшую пятницу``, ``в пятницу``, ``на этой неделе``,
``в прошлом месяце``, ``в прошлом году``, ``в минувшие выходные``, ``летом``,
``прошлой осенью``, ``весной 2019 года``). The grammar only runs on sentences that
contain a digit, a month name or a relative word, which keeps it cheap.

A year that is not written is inferred: from the publication date when the
text states one (the nearest year to it), otherwise from a weekday stated next
to the date when exactly one of the last ten years fits.

Relative expressions resolve against the publication date. A bare weekday or
season is the one before it when the sentence's verb is in the past tense, the
one after it in the future tense, the nearest one otherwise. With no publication
date they stay unresolved and are not rows — except ``сегодня``, ``вчера`` … under a
dateline that gives a day without a year (``МОСКВА, 5 марта — …``), which resolve
to a day of unknown year (``--03-04``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from yargy import Parser, and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq, gte, in_, in_caseless, length_eq, lte, normalized
from yargy.predicates import type as type_

from .records import DateFact

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
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
SEASONS = {"зимой": 12, "весной": 3, "летом": 6, "осенью": 9}  # the first month of each
_SEASON_LEMMAS = {"зима": 12, "весна": 3, "лето": 6, "осень": 9}
# "прошлый", "этот", "следующий" … → which instance, relative to the publication date
PAST_WORDS = {"прошлый", "минувший", "прошедший", "позапрошлый"}
THIS_WORDS = {"этот", "текущий", "нынешний", "настоящий"}
NEXT_WORDS = {"следующий", "будущий", "грядущий"}
NEAREST_WORDS = {"ближайший", "близкий", "предстоящий"}  # pymorphy's lemma of "ближайший" is "близкий"

_MONTH_STEMS = "янв|фев|мар|апр|ма[йяюе]|июн|июл|авг|сен|окт|ноя|дек"
# where a date can start: a month word, a four-digit year, a numeric date, a relative word
_MONTH_WORD = r"(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
_MONTH_ABBR = r"(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\."
_YEAR = r"(?:1[89]|20)\d\d"
# where a date can be: a month word, a year with its word (год, г.), a numeric date, a decade,
# a year as an ordinal (2010-м), a relative word; the grammar then runs on a window around it
_TRIGGER = re.compile(
    rf"(?i:\b{_MONTH_WORD}|\b{_MONTH_ABBR})"
    rf"|\b{_YEAR}(?:\s*[-–—]\s*{_YEAR})?\s*(?:-\s*\w{{1,2}}\s*)?(?i:г\b|гг\b|год)"
    rf"|\b{_YEAR}-(?:м|й|го)\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b{_YEAR}-\d\d-\d\d\b"
    r"|\b(?:\d\d)?\d0-(?:[хем]|ми|ы[еxм]?)"
    r"|(?i:\b(?:позавчера|вчера|сегодня|послезавтра|завтра|весной|летом|осенью|зимой)\b"
    r"|\b(?:прошл|позапрошл|минувш|прошедш|нынешн|текущ|эт[оиу]|следующ|будущ|ближайш|предстоящ|грядущ)\w*\s+"
    r"(?:год|пятниц|понедельник|вторник|сред|четверг|суббот|воскресень|недел|месяц|выходн)"
    r"|\bв[о]?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|выходные)\b)"
)
_WINDOW_BEFORE = 20
_WINDOW_AFTER = 36
_WEEKDAY_NEAR = re.compile(
    r"(?i)(понедельник|вторник|сред[уаы]|четверг|пятниц[ауы]|суббот[ауы]|воскресень[ея])"
)

Parts = fact("Parts", ["d1", "m1", "y1", "d2", "m2", "y2", "decade", "rel_day", "weekday", "which", "rel_year",
                       "unit", "season"])


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


def _build_grammar():
    day = and_int(1, 31, max_len=2)
    month_num = and_int(1, 12, max_len=2)
    year = and_int(1800, 2100, exact_len=4)
    month_name = or_(
        rule(dictionary(MONTHS)),
        rule(in_(set(MONTH_ABBR)), eq(".").optional()),
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
    day_range = rule(d("d1"), pair_joint, d("d2"), mn("m2"), rule(y("y2"), year_word.optional()).optional())
    from_to_days = rule(
        in_caseless({"с", "со"}), d("d1"), mn("m1").optional(), in_({"по", "до"}), d("d2"), mn("m2"),
        rule(y("y2"), year_word.optional()).optional(),
    )
    month_range = rule(
        d("d1"), mn("m1"), rule(y("y1"), year_word.optional()).optional(), or_(dash, in_({"по", "до"})),
        d("d2"), mn("m2"), rule(y("y2"), year_word.optional()).optional(),
    )
    full = rule(d("d1"), mn("m1"), rule(y("y1"), year_word.optional()).optional())
    month_year = rule(mn("m1"), y("y1"), year_word.optional())
    month_only = rule(
        in_caseless({"в", "во", "до", "к", "с", "по", "начале", "конце", "середине", "течение"}), mn("m1"),
        rule(y("y1"), year_word.optional()).optional(),
    )
    year_range = or_(
        rule(y("y1"), dash, y("y2"), year_word),
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
        rule(mn("m1"), dash, mn("m2"), last_year),
    )
    relative_day = rule(in_caseless(set(RELATIVE_DAYS)).interpretation(Parts.rel_day))
    which = or_(*(normalized(word) for word in sorted(PAST_WORDS | THIS_WORDS | NEXT_WORDS | NEAREST_WORDS)))
    which_slot = which.interpretation(Parts.which.normalized())
    # в пятницу, в минувшую пятницу, в ближайший вторник
    weekday = rule(in_caseless({"в", "во"}), which_slot.optional(),
                   dictionary(WEEKDAYS).interpretation(Parts.weekday.normalized()))
    which_year = or_(normalized("прошлый"), normalized("минувший"), normalized("этот"), normalized("текущий"),
                     normalized("нынешний"), normalized("следующий"), normalized("будущий"),
                     normalized("позапрошлый"), normalized("прошедший"))
    relative_year = rule(
        in_caseless({"в", "во"}).optional(), which_year.interpretation(Parts.rel_year.normalized()),
        normalized("год"),
    )
    # 5 декабря прошлого года, в декабре прошлого года
    relative_month = rule(
        in_caseless({"в", "во"}).optional(), d("d1").optional(), mn("m1"),
        which_year.interpretation(Parts.rel_year.normalized()), normalized("год"),
    )
    # на этой неделе, в прошлом месяце, в минувшие выходные
    relative_unit = or_(
        rule(in_caseless({"на"}), which_slot, normalized("неделя").interpretation(Parts.unit.const("week"))),
        rule(in_caseless({"в", "во"}), which_slot, normalized("месяц").interpretation(Parts.unit.const("month"))),
        rule(in_caseless({"в", "во", "на"}), which_slot.optional(),
             in_caseless({"выходные", "выходных"}).interpretation(Parts.unit.const("weekend"))),
    )
    # летом, прошлой осенью, весной 2019 года, зимой прошлого года
    season_word = in_caseless(set(SEASONS)).interpretation(Parts.season.normalized())
    season = or_(
        rule(season_word, which_year.interpretation(Parts.rel_year.normalized()), normalized("год")),
        rule(which_slot.optional(), season_word, rule(y("y1"), year_word.optional()).optional()),
    )
    return or_(
        numeric, iso, from_to_days, month_range, day_range, relative_month, full, month_span, month_year,
        year_range, decade, year_ordinal, season, year_only, month_only, relative_day, weekday, relative_year,
        relative_unit,
    ).interpretation(Parts)


def and_int(low: int, high: int, max_len: int | None = None, exact_len: int | None = None):
    checks = [type_("INT"), gte(low), lte(high)]
    if exact_len:
        checks.append(length_eq(exact_len))
    elif max_len == 2:
        checks.append(or_(length_eq(1), length_eq(2)))
    return and_(*checks)


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
    unit: str | None = None  # "week", "month" or "weekend" of a relative expression
    season: int | None = None  # first month of a season: 12, 3, 6 or 9

    @property
    def past(self) -> bool:
        return self.which in PAST_WORDS

    @property
    def relative(self) -> bool:
        """Whether the expression is said relative to the time of writing."""
        return (self.rel_day is not None or self.weekday is not None or self.unit is not None
                or self.rel_year is not None or (self.season is not None and self.y1 is None))


class DateExtractor:
    """Finds and normalizes dates; one instance per process (the parser is costly to build)."""

    def __init__(self, morph_vocab):
        from yargy.morph import MorphAnalyzer
        from yargy.tokenizer import MorphTokenizer

        tokenizer = MorphTokenizer(morph=MorphAnalyzer(morph_vocab))
        self.parser = Parser(_build_grammar(), tokenizer=tokenizer)

    def find_raw(self, text: str, sentences: list[tuple[int, int]] | None = None) -> list[RawDate]:
        """Every date expression, sentence by sentence (only sentences that can hold one)."""
        if sentences is None:
            sentences = [(0, len(text))]
        found: list[RawDate] = []
        for sent_start, sent_end in sentences:
            for start, end in _windows(text, sent_start, sent_end):
                chunk = text[start:end]
                for match in self.parser.findall(chunk):
                    raw = _raw_from_match(match, start, chunk)
                    if raw is not None and (not found or raw.start >= found[-1].end):
                        found.append(raw)
        return found


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of a sentence around date triggers, merged and cut at white space."""
    out: list[list[int]] = []
    for match in _TRIGGER.finditer(text, start, end):
        lo = max(start, match.start() - _WINDOW_BEFORE)
        hi = min(end, match.end() + _WINDOW_AFTER)
        while lo > start and not text[lo - 1].isspace():
            lo -= 1
        while hi < end and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


_LEADING_WORDS = {"в", "во", "до", "к", "с", "со", "по", "начале", "конце", "середине", "течение"}


def _season_month(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    return SEASONS.get(word) or _SEASON_LEMMAS.get(word)


def _raw_from_match(match, offset: int, chunk: str) -> RawDate | None:
    parts = match.fact
    start, end = match.span
    tokens = match.tokens
    # a span starts at the date itself, not at the preposition before it
    lead = 0
    ranged = parts.d2 is not None or parts.m2 is not None or parts.y2 is not None
    while lead < len(tokens) - 1 and tokens[lead].type == "RU" and tokens[lead].value.lower() in _LEADING_WORDS:
        keeps_preposition = (parts.rel_year and not parts.m1) or parts.weekday is not None or parts.unit
        if keeps_preposition or (ranged and tokens[lead].value.lower() in ("с", "со")):
            break
        lead += 1
    if lead:
        start = tokens[lead].span.start
    weekday = WEEKDAYS.get(parts.weekday) if parts.weekday else None
    rel_day = RELATIVE_DAYS.get(parts.rel_day.lower()) if parts.rel_day else None
    raw = RawDate(
        start=offset + start, end=offset + end,
        d1=parts.d1, m1=parts.m1, y1=parts.y1, d2=parts.d2, m2=parts.m2, y2=parts.y2,
        decade=parts.decade, rel_day=rel_day, weekday=weekday, which=parts.which, rel_year=parts.rel_year,
        unit=parts.unit, season=_season_month(parts.season),
    )
    if raw.m1 == 0 or raw.m2 == 0:
        return None
    return raw


# -- normalization -----------------------------------------------------------------------------


_DATELINE_NOISE = re.compile(r"(?i)\d{1,2}:\d{2}(:\d{2})?|опубликовано:?|дата публикации:?|обновлено:?|[,|·—–-]")


def find_published(text: str, raws: list[RawDate], head_lines: int = 12) -> date | None:
    """The publication date, when the text states it in a line of its own near the top
    (a dateline such as ``26 Июнь2017`` or ``06.07.2018 12:30``) or opens a line after a
    place (``ТОМСК, 5 марта 2024 — …``)."""
    limit = _head_end(text, head_lines)
    for raw in raws:
        if raw.start >= limit:
            break
        if raw.d1 and raw.m1 and raw.y1 and not raw.d2 and is_dateline(text, raw.start, raw.end):
            return _safe_date(raw.y1, raw.m1, raw.d1)
    return None


def _head_end(text: str, lines: int) -> int:
    offset = 0
    for index, line in enumerate(text.split("\n")):
        if index >= lines:
            break
        offset += len(line) + 1
    return offset


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is a dateline: alone on its line (times and labels such as
    ``Опубликовано:`` aside), or right after a place that opens the line (``МОСКВА, 5 марта —``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if not _DATELINE_NOISE.sub("", before + after).strip():
        return True
    return bool(_DATELINE_HEAD.match(before) and _DATELINE_TAIL.match(after))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(month: int, day: int | None, reference: date) -> int:
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _safe_date(year, month, day or 15)
        if candidate is None:
            continue
        distance = abs((candidate - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else reference.year


def _weekday_year(month: int, day: int, weekday: int, today: date) -> int | None:
    fits = []
    for year in range(today.year - 10, today.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate.weekday() == weekday:
            fits.append(year)
    return fits[0] if len(fits) == 1 else None


def normalize_dates(
    text: str, raws: list[RawDate], published: date | None, today: date | None = None, analysis=None
) -> list[DateFact]:
    """Turn raw matches into :class:`DateFact` rows (ISO strings, periods, inferred years).

    ``analysis`` (:class:`nerpipe.ner.Analysis`) gives the tense of the verb near a bare weekday
    or season (``в пятницу прошла …`` / ``в пятницу пройдёт …``); without it the nearest one is taken.
    """
    today = today or date.today()
    dateline = None if published is not None else find_dateline(text, raws)
    facts: list[DateFact] = []
    for index, raw in enumerate(raws):
        if raw.season is not None:
            fact = _season_fact(text, raw, published, _tense_near(analysis, raw.start))
        elif raw.relative:
            fact = resolve_relative(text, raw, published, dateline, _tense_near(analysis, raw.start), raws, index)
        else:
            fact = _normalize_one(text, raw, published, today, raws, index)
        if fact is not None:
            facts.append(fact)
    return facts


def _tense_near(analysis, offset: int) -> str | None:
    """``Past``, ``Pres`` or ``Fut`` of the finite verb nearest to ``offset`` in its sentence."""
    if analysis is None:
        return None
    for start, end in analysis.sentences:
        if start <= offset < end:
            verbs = [t for t in analysis.tokens_in(start, end) if t.pos in ("VERB", "AUX") and t.feat.get("Tense")]
            if not verbs:
                return None
            return min(verbs, key=lambda t: abs(t.start - offset)).feat["Tense"]
    return None


# a place opening a line: "МОСКВА,", "Сыктывкар,", "Нижний Новгород (Россия),"
_DATELINE_HEAD = re.compile(r"^\s*(?!(?:В|Во|На|С|Со|К|По|О|Об|У|А|И|Но)\s)[A-ZА-ЯЁ][\w\-]*(?:\s+[A-ZА-ЯЁ][\w\-]*){0,2}"
                            r"(?:\s+\([^)]{1,30}\))?,\s*$")
_DATELINE_TAIL = re.compile(r"^\s*(?:$|[.,/(—–-])")


def find_dateline(text: str, raws: list[RawDate], head_lines: int = 6) -> tuple[int, int] | None:
    """``(month, day)`` of a dateline that gives no year (``МОСКВА, 5 марта — …``), near the top."""
    limit = _head_end(text, head_lines)
    for raw in raws:
        if raw.start >= limit:
            break
        if raw.d1 and raw.m1 and not raw.y1 and not raw.d2 and is_dateline(text, raw.start, raw.end):
            return raw.m1, raw.d1
    return None


def resolve_relative(text: str, raw: RawDate, published: date | None, dateline: tuple[int, int] | None,
                     tense: str | None, raws: list[RawDate], index: int) -> DateFact | None:
    """A relative expression (``вчера``, ``в пятницу``, ``на этой неделе``, ``в прошлом году`` …) as the
    day or period it stands for on the publication date; ``None`` when nothing anchors it."""
    surface = text[raw.start:raw.end]
    if raw.weekday is not None and index + 1 < len(raws) and raws[index + 1].start - raw.end <= 3 \
            and not raws[index + 1].relative:
        return None  # "в минувшую пятницу, 2 апреля": the explicit date carries the fact
    if published is None:
        if raw.rel_day is not None and dateline is not None:
            day = date(2000, *dateline) + timedelta(days=raw.rel_day)  # 2000: 29 February exists
            iso = f"--{day:%m-%d}"
            return DateFact(raw.start, raw.end, surface, iso, iso, None, None, "day", False)
        return None
    if raw.rel_day is not None:
        day = published + timedelta(days=raw.rel_day)
        return _fact(raw, surface, day, day, "day", True)
    if raw.weekday is not None:
        day = weekday_day(published, raw.weekday, raw.which, tense)
        return _fact(raw, surface, day, day, "day", True)
    if raw.unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=_shift(raw.which))
        return _fact(raw, surface, monday, monday + timedelta(days=6), "day", True)
    if raw.unit == "month":
        month_index = published.year * 12 + published.month - 1 + _shift(raw.which)
        year, month = divmod(month_index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return _fact(raw, surface, date(year, month + 1, 1), date(year, month + 1, last), "month", True)
    if raw.unit == "weekend":
        saturday = weekend_day(published, raw.which, tense)
        if saturday is None:
            return None
        return _fact(raw, surface, saturday, saturday + timedelta(days=1), "day", True)
    if raw.rel_year is not None:
        year = published.year + _year_shift(raw.rel_year)
        if raw.m1 and raw.d1:
            day = _safe_date(year, raw.m1, raw.d1)
            return _fact(raw, surface, day, day, "day", True) if day else None
        if raw.m1:
            last = calendar.monthrange(year, raw.m1)[1]
            return _fact(raw, surface, date(year, raw.m1, 1), date(year, raw.m1, last), "month", True)
        return _fact(raw, surface, date(year, 1, 1), date(year, 12, 31), "year", True)
    return None


def _shift(which: str | None) -> int:
    if which in PAST_WORDS:
        return -2 if which == "позапрошлый" else -1
    if which in NEXT_WORDS or which in NEAREST_WORDS:
        return 1
    return 0


def weekday_day(published: date, weekday: int, which: str | None, tense: str | None) -> date:
    """The day ``в (минувшую|эту|ближайшую|следующую) пятницу`` stands for on ``published``; a bare
    weekday is the last one (that day included) in the past tense, the next one in the future tense,
    the nearest one otherwise."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if which in PAST_WORDS:
        return published - timedelta(days=back or 7)
    if which in THIS_WORDS:
        return published - timedelta(days=published.weekday()) + timedelta(days=weekday)
    if which in NEXT_WORDS:
        return published - timedelta(days=published.weekday()) + timedelta(days=7 + weekday)
    if which in NEAREST_WORDS or tense == "Fut":
        return published + timedelta(days=ahead)
    if tense == "Past" or back <= ahead:
        return published - timedelta(days=back)
    return published + timedelta(days=ahead)


def weekend_day(published: date, which: str | None, tense: str | None) -> date | None:
    """The Saturday of ``в минувшие (эти, ближайшие) выходные``; a bare ``в выходные`` only with a past
    or future verb (in the present it is a habit, not a date)."""
    if which in PAST_WORDS or (which is None and tense == "Past"):
        sunday = published - timedelta(days=(published.weekday() - 6) % 7 or 7)
        return sunday - timedelta(days=1)
    if which is not None or tense == "Fut":
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
        return saturday + timedelta(weeks=1) if which in NEXT_WORDS else saturday
    return None


def _season_fact(text: str, raw: RawDate, published: date | None, tense: str | None) -> DateFact | None:
    """``весной 2019 года``, ``прошлой осенью``, ``летом``, ``зимой прошлого года`` as three months.
    Winter is December to February; ``зимой 2019 года`` is December 2018 to February 2019."""
    surface = text[raw.start:raw.end]
    first = raw.season

    def months(year: int) -> tuple[date, date]:  # the season "of" a year
        start = date(year - 1, 12, 1) if first == 12 else date(year, first, 1)
        end_month = 2 if first == 12 else first + 2
        end = date(year, end_month, calendar.monthrange(year, end_month)[1])
        return start, end

    if raw.y1 is not None:
        start, end = months(raw.y1)
        return DateFact(raw.start, raw.end, surface, f"{start:%Y-%m}", f"{end:%Y-%m}", start, end, "month", False)
    if published is None:
        last = 2 if first == 12 else first + 2
        return DateFact(raw.start, raw.end, surface, f"--{first:02d}", f"--{last:02d}", None, None, "month", False)
    if raw.rel_year is not None:
        start, end = months(published.year + _year_shift(raw.rel_year))
        return _fact(raw, surface, start, end, "month", True)
    occurrences = [months(year) for year in (published.year - 1, published.year, published.year + 1)]
    if raw.which in PAST_WORDS:
        start, end = [o for o in occurrences if o[1] < published][-1]
    elif raw.which in NEXT_WORDS or raw.which in NEAREST_WORDS:
        start, end = [o for o in occurrences if o[0] > published][0]
    elif raw.which is None and tense == "Past":
        start, end = [o for o in occurrences if o[0] <= published][-1]
    elif raw.which is None and tense == "Fut":
        start, end = [o for o in occurrences if o[1] >= published][0]
    else:
        current = [o for o in occurrences if o[0] <= published <= o[1]]
        start, end = current[0] if current else occurrences[1]
    return _fact(raw, surface, start, end, "month", True)


def _weekday_before(text: str, raw: RawDate, raws: list[RawDate], index: int) -> int | None:
    if index > 0 and raws[index - 1].weekday is not None and raw.start - raws[index - 1].end <= 3:
        return raws[index - 1].weekday
    window = text[max(0, raw.start - 25): raw.start] + " " + text[raw.end: raw.end + 15]
    found = _WEEKDAY_NEAR.search(window)
    if found:
        word = found.group(1).lower()
        for name, number in WEEKDAYS.items():
            if word[:4] == name[:4]:
                return number
    return None


def _year_shift(word: str) -> int:
    """``прошлого`` → -1, ``этом`` → 0, ``следующем`` → 1."""
    word = word.lower()
    if word.startswith("позапрошл"):
        return -2
    if word.startswith(("прошл", "минувш", "прошедш")):
        return -1
    if word.startswith(("следующ", "будущ")):
        return 1
    return 0


def _normalize_one(text, raw: RawDate, published, today, raws, index) -> DateFact | None:
    surface = text[raw.start:raw.end]
    if raw.decade is not None:
        start = raw.decade if raw.decade >= 1800 else 1900 + raw.decade
        if start % 10:
            return None
        return DateFact(raw.start, raw.end, surface, str(start), str(start + 9), date(start, 1, 1),
                        date(start + 9, 12, 31), "year", False)

    d1, m1, y1, d2, m2, y2 = raw.d1, raw.m1, raw.y1, raw.d2, raw.m2, raw.y2
    ranged = d2 is not None or m2 is not None or y2 is not None
    if ranged:
        m1 = m1 or m2
        if y1 is None and y2 is not None and m2 is not None and m1 > m2:
            y1 = y2 - 1  # с 28 декабря по 3 января 2021 года
        y1 = y1 or y2
        y2 = y2 or y1
        m2 = m2 or m1
        d2 = d2 if d2 is not None else None
    if m1 is None and y1 is None:
        return None
    precision = "day" if d1 else ("month" if m1 else "year")
    inferred = False
    if y1 is None:
        year = None
        if published is not None:
            year = _nearest_year(m1, d1, published)
        elif d1:
            weekday = _weekday_before(text, raw, raws, index)
            if weekday is not None:
                year = _weekday_year(m1, d1, weekday, today)
        if year is not None:
            y1 = year
            y2 = year if ranged else None
            if ranged and m2 is not None and m2 < m1:
                y2 = year + 1
            inferred = True
    if precision == "day":
        d_from = _safe_date(y1, m1, d1) if y1 else None
        if y1 and d_from is None:
            return None
        if ranged:
            d_to = _safe_date(y2, m2, d2) if y2 else None
            if y2 and (d_to is None or d_to < d_from):
                return None
        else:
            d_to = d_from
        iso_from = _iso_day(y1, m1, d1)
        iso_to = _iso_day(y2, m2, d2) if ranged else iso_from
        if not _valid_day(m1, d1) or (ranged and not _valid_day(m2, d2)):
            return None
        return DateFact(raw.start, raw.end, surface, iso_from, iso_to, d_from, d_to, "day", inferred)
    if precision == "month":
        if not ranged:
            y2, m2 = y1, m1
        iso = f"{y1:04d}-{m1:02d}" if y1 else f"--{m1:02d}"
        iso_to = f"{y2:04d}-{m2:02d}" if y2 else f"--{m2:02d}"
        d_from = date(y1, m1, 1) if y1 else None
        d_to = date(y2, m2, calendar.monthrange(y2, m2)[1]) if y2 else None
        if d_from and d_to and d_to < d_from:
            return None
        return DateFact(raw.start, raw.end, surface, iso, iso_to, d_from, d_to, "month", inferred)
    y_to = y2 if ranged and y2 else y1
    if y_to < y1:
        return None
    return DateFact(raw.start, raw.end, surface, f"{y1:04d}", f"{y_to:04d}", date(y1, 1, 1), date(y_to, 12, 31),
                    "year", False)


def _valid_day(month: int, day: int) -> bool:
    return _safe_date(2000, month, day) is not None  # 2000 is a leap year: 29 February is valid


def _iso_day(y: int | None, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"


def _fact(raw: RawDate, surface: str, d_from: date, d_to: date, precision: str, inferred: bool) -> DateFact:
    width = {"day": 10, "month": 7, "year": 4}[precision]
    iso, iso_to = d_from.isoformat()[:width], d_to.isoformat()[:width]
    return DateFact(raw.start, raw.end, surface, iso, iso_to, d_from, d_to, precision, inferred)
