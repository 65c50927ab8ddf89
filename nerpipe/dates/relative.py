"""Relative expressions resolved against the publication date: ``вчера``, ``в пятницу``, ``на этой
неделе``, ``в прошлом месяце``, ``в прошлом году``, ``в минувшие выходные``, seasons."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from ..records import DateFact
from .days import fact_of, safe_date
from .grammar import NEAREST_WORDS, NEXT_WORDS, PAST_WORDS, THIS_WORDS, RawDate
from .periods import PART_TENTHS, tenth_days


def tense_near(analysis, start: int, end: int) -> str | None:
    """``Past``, ``Pres`` or ``Fut`` of the finite verb nearest to the date ``[start, end)`` in its
    sentence and line (the date's own words aside: the tagger may take ``летом`` for a verb)."""
    if analysis is None:
        return None
    text = analysis.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    for sent_start, sent_end in analysis.sentences:
        if sent_start <= start < sent_end:
            verbs = [t for t in analysis.tokens_in(max(sent_start, line_start), min(sent_end, line_end))
                     if t.pos in ("VERB", "AUX") and t.feat.get("Tense") and not start <= t.start < end]
            if not verbs:
                return None
            return min(verbs, key=lambda t: abs(t.start - start)).feat["Tense"]
    return None


def resolve_relative(text: str, raw: RawDate, published: date | None, dateline: tuple[int, int] | None,
                     tense: str | None, raws: list[RawDate], index: int) -> DateFact | None:
    """A relative expression (``вчера``, ``в пятницу``, ``на этой неделе``, ``в прошлом году`` …) as the
    day or period it stands for on the publication date; ``None`` when nothing anchors it."""
    surface = text[raw.start:raw.end]
    if (raw.weekday is not None or raw.rel_day is not None) and in_apposition(raws, index):
        return None  # "в минувшую пятницу, 2 апреля", "вчера, 11 марта": the explicit date carries the fact
    if published is None:
        if raw.rel_day is not None and dateline is not None:
            day = date(2000, *dateline) + timedelta(days=raw.rel_day)  # 2000: 29 February exists
            iso = f"--{day:%m-%d}"
            return DateFact(raw.start, raw.end, surface, iso, iso, None, None, "day", False)
        return None
    if raw.rel_day is not None:
        day = published + timedelta(days=raw.rel_day)
        return fact_of(raw, surface, day, day, "day", True)
    if raw.weekday is not None:
        day = weekday_day(published, raw.weekday, raw.which, tense)
        return fact_of(raw, surface, day, day, "day", True)
    if raw.unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=_shift(raw.which))
        return fact_of(raw, surface, monday, monday + timedelta(days=6), "day", True)
    if raw.unit == "month":
        month_index = published.year * 12 + published.month - 1 + _shift(raw.which)
        year, month = divmod(month_index, 12)
        if raw.part:  # "в конце прошлого месяца": its tenth of days
            first, last = tenth_days(PART_TENTHS[raw.part], month + 1, year)
            return fact_of(raw, surface, date(year, month + 1, first), date(year, month + 1, last), "day", True)
        last = calendar.monthrange(year, month + 1)[1]
        return fact_of(raw, surface, date(year, month + 1, 1), date(year, month + 1, last), "month", True)
    if raw.unit == "weekend":
        saturday = weekend_day(published, raw.which, tense)
        if saturday is None:
            return None
        return fact_of(raw, surface, saturday, saturday + timedelta(days=1), "day", True)
    if raw.rel_year is not None:
        year = published.year + _year_shift(raw.rel_year)
        if raw.m1 and raw.d1:  # "5 декабря прошлого года"; "в конце декабря прошлого года": 21 to 31 December
            day = safe_date(year, raw.m1, raw.d1)
            last = calendar.monthrange(year, raw.m1)[1] if raw.month_end else raw.d2 or raw.d1
            end = safe_date(year, raw.m1, last)
            return fact_of(raw, surface, day, end, "day", True) if day and end else None
        if raw.m1:  # "в декабре прошлого года"; "во втором квартале прошлого года": April to June
            last_month = raw.m2 or raw.m1
            last = calendar.monthrange(year, last_month)[1]
            return fact_of(raw, surface, date(year, raw.m1, 1), date(year, last_month, last), "month", True)
        return fact_of(raw, surface, date(year, 1, 1), date(year, 12, 31), "year", True)
    return None


def in_apposition(raws: list[RawDate], index: int) -> bool:
    """Whether a written date follows the relative expression ``raws[index]`` as its apposition: ``вчера,
    11 марта,``, ``накануне, 9 мая,``."""
    return index + 1 < len(raws) and raws[index + 1].start - raws[index].end <= 3 and not raws[index + 1].relative


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


def season_fact(text: str, raw: RawDate, published: date | None, tense: str | None) -> DateFact | None:
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
        if raw.y2 is not None:  # "зимой 2020/2021 года": the winter the two years share
            start, end = months(raw.y2) if first == 12 else (start, months(raw.y2)[1])
        return fact_of(raw, surface, start, end, "month", False)
    if published is None:
        last = 2 if first == 12 else first + 2
        return DateFact(raw.start, raw.end, surface, f"--{first:02d}", f"--{last:02d}", None, None, "month", False)
    if raw.rel_year is not None:
        start, end = months(published.year + _year_shift(raw.rel_year))
        return fact_of(raw, surface, start, end, "month", True)
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
    return fact_of(raw, surface, start, end, "month", True)


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
