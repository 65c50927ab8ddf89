"""Raw matches as rows: ISO strings, periods, years inferred from the publication date or a weekday."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from ..records import DateFact
from .days import iso_day, safe_date, valid_day
from .grammar import WEEKDAY_NEAR, WEEKDAYS, RawDate
from .published import find_dateline
from .relative import in_apposition, resolve_relative, season_fact, tense_near
from .shift import anchor_of, counts_from_event, shift_from_anchor, shift_from_writing
from .wording import RelativeDate, relative_date


def _nearest_year(month: int, day: int | None, reference: date) -> int:
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = safe_date(year, month, day or 15)
        if candidate is None:
            continue
        distance = abs((candidate - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else reference.year


def _year_ahead(month: int, day: int | None, reference: date) -> int:
    """The year of the first such day (or month) on or after ``reference``, within nine months of it: the date of an
    event still to come (``выборы пройдут 8 сентября`` written on 28 February: September of the same year, not the
    one before); farther ahead (``5 декабря … будет`` written on 10 January) the nearest year, a day said before."""
    last = day or calendar.monthrange(reference.year, month)[1]
    candidate = safe_date(reference.year, month, last)
    if candidate is None:
        return _nearest_year(month, day, reference)
    if candidate >= reference:
        return reference.year if (candidate - reference).days <= 270 else _nearest_year(month, day, reference)
    ahead = safe_date(reference.year + 1, month, day or 1)
    return reference.year + 1 if ahead is not None and (ahead - reference).days <= 270 else _nearest_year(
        month, day, reference)


def _weekday_year(month: int, day: int, weekday: int, today: date, named: tuple[int, ...] = ()) -> int | None:
    """The one year in which the day falls on the weekday written beside it, never one after today's: among the
    years around those the text writes out as of its own time (:func:`find_years_of_now`; ``в среду, 31 октября …
    бюджет на 2013 год``: the year before to the year after them, today's at most), else among the last ten years."""
    if named:
        fits = _weekday_fits(month, day, weekday, min(named) - 1, min(max(named) + 1, today.year))
        if fits:
            return fits[0] if len(fits) == 1 else None
    fits = _weekday_fits(month, day, weekday, today.year - 10, today.year)
    return fits[0] if len(fits) == 1 else None


def _weekday_fits(month: int, day: int, weekday: int, first: int, last: int) -> list[int]:
    fits = []
    for year in range(first, last + 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate.weekday() == weekday:
            fits.append(year)
    return fits


def find_years_of_now(text: str, raws: list[RawDate], today: date, analysis=None) -> tuple[int, ...]:
    """The years up to today's a text writes out as of its own time: a period planned or reckoned (``бюджет на 2013
    год``, ``премия за 2010 год``, whatever the verb's tense) or a year of a sentence whose verb is in the present or
    the future (``в 2011 году исполнится``, ``пройдёт 10 декабря 2010 года``); not a year after today's (``в 2030
    году будет построен``, ``стратегия на 2030 год``: a plan far ahead), nor one of a sentence in the past (``в 1997
    году занял пост``, ``11 сентября 2001 г.``)."""
    years = []
    for raw in raws:
        if raw.relative or raw.y1 is None:
            continue
        if _PERIOD_BEFORE.search(text, max(0, raw.start - 4), raw.start) \
                or tense_near(analysis, raw.start, raw.end) in ("Pres", "Fut"):
            years.extend(year for year in (raw.y1, raw.y2) if year is not None and year <= today.year)
    return tuple(years)


_PERIOD_BEFORE = re.compile(r"(?:^|\s)(?:на|за)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DatesRead:
    """A text's dates: rows, and relative expressions with nothing to count from (mentions only)."""

    facts: tuple[DateFact, ...]
    unresolved: tuple[RelativeDate, ...]


def normalize_dates(
    text: str, raws: list[RawDate], published: date | None, today: date | None = None, analysis=None
) -> list[DateFact]:
    """Turn raw matches into :class:`DateFact` rows (ISO strings, periods, inferred years).

    ``analysis`` (:class:`nerpipe.ner.Analysis`) gives the tense of the verb near a bare weekday
    or season (``в пятницу прошла …`` / ``в пятницу пройдёт …``); without it the nearest one is taken.
    """
    return list(read_dates(text, raws, published, today, analysis).facts)


def read_dates(text: str, raws: list[RawDate], published: date | None, today: date | None = None,
               analysis=None) -> DatesRead:
    """:func:`normalize_dates`, and the relative expressions that would be rows on some publication
    date but have none to count from: ``в пятницу``, ``на этой неделе``, ``год назад`` in a text that
    states no publication date, ``на следующий день`` with no date before it either."""
    today = today or date.today()
    dateline = None if published is not None else find_dateline(text, raws)
    now_years = find_years_of_now(text, raws, today, analysis) if published is None else ()
    signed = read_copyright_day(text) if published is None else None
    facts: list[DateFact] = []
    unresolved: list[RelativeDate] = []
    said: list[DateFact | RelativeDate] = []  # in the text's order: what shifts count from
    for index, raw in enumerate(raws):
        raw = _with_listed_year(text, raws, index)
        tense = tense_near(analysis, raw.start, raw.end) if raw.relative else None
        if raw.shift is not None:
            # "накануне, 9 мая,": the written date carries the fact
            fact = None if in_apposition(raws, index) else _shift_fact(text, raw, said, published, dateline)
            if fact is not None and _past_after_writing(fact, raw, published, analysis):
                fact = None  # "Через сутки боевики напали": a day after some event before, not after the writing
            if fact is None:
                unresolved.append(relative_date(text, raw))
        elif raw.unit in ("season", "century") or (raw.part and raw.unit and raw.which is None):
            # a sport's or a trade's season has no days of its own, a century no row; "до конца года" may be of any
            # year the text speaks of: a mention
            fact = None
            unresolved.append(relative_date(text, raw))
        elif raw.season is not None:
            fact = season_fact(text, raw, published, tense)
        elif raw.relative and not (published is None and raw.m1):  # "в мае прошлого года", no date: "--05"
            fact = resolve_relative(text, raw, published, dateline, tense, raws, index)
            if fact is None and (published is None and resolve_relative(text, raw, today, None, tense, raws, index)
                                 is not None or _day_in_apposition(raw, raws, index)):
                # a date on any publication day; "вчера, 9 мая": the written date carries the row: a mention
                unresolved.append(relative_date(text, raw))
        else:
            ahead = published is not None and raw.y1 is None and raw.y2 is None \
                and tense_near(analysis, raw.start, raw.end) == "Fut"
            fact = _normalize_one(text, raw, published or _year_of_text(text, said) or signed, today, raws, index,
                                  now_years, ahead)
        if fact is not None:
            facts.append(fact)
            said.append(fact)
        elif unresolved and unresolved[-1].start == raw.start:
            said.append(unresolved[-1])
    return DatesRead(tuple(facts), tuple(unresolved))


def _day_in_apposition(raw: RawDate, raws: list[RawDate], index: int) -> bool:
    """``вчера, 9 мая``, ``в пятницу, 10 мая``: a relative day before the written date it stands for."""
    return (raw.rel_day is not None or raw.weekday is not None) and in_apposition(raws, index)


def _shift_fact(text: str, raw: RawDate, said: list, published: date | None,
                dateline: tuple[int, int] | None) -> DateFact | None:
    """A shift's row: from the date said before it, from the publication date when none is, none when
    it counts from an event (``через неделю после выборов``) or from what has no row."""
    if counts_from_event(text, raw):
        return None
    anchor = anchor_of(raw, said)
    if anchor is None:
        return shift_from_writing(text, raw, published, dateline)
    return shift_from_anchor(text, raw, anchor) if isinstance(anchor, DateFact) else None


def _past_after_writing(fact: DateFact, raw: RawDate, published: date | None, analysis) -> bool:
    """Whether a shift forward (``через сутки``, ``на следующий день``) lands after the publication date in a
    sentence whose verb is in the past: it counts from an event the text does not date, not from the date before it."""
    return published is not None and fact.date_from is not None and fact.date_from > published \
        and (raw.shift or 0) > 0 and tense_near(analysis, raw.start, raw.end) == "Past"


def _with_listed_year(text: str, raws: list[RawDate], index: int) -> RawDate:
    """A date without its year listed before one with it shares its year, as written: ``в мае и июне 2025 года``,
    ``5 мая и 7 июня 2025 года``, ``в декабре и январе 2025 года`` (December of 2024), ``в мае и июне прошлого
    года``. A range after it (``в мае и с 1 по 5 июня 2025 года``) is no list."""
    raw = raws[index]
    if raw.y1 is not None or raw.y2 is not None or raw.m1 is None or raw.relative or index + 1 == len(raws):
        return raw
    following = raws[index + 1]
    year = following.y1 or following.y2
    if following.m1 is None or following.d2 is not None or not _LIST_JOINT.fullmatch(text, raw.end, following.start):
        return raw
    if following.rel_year is not None and following.shift is None:  # "в мае и июне прошлого года"
        return replace(raw, rel_year=following.rel_year)
    if year is None or following.relative:
        return raw
    last_month = raw.m2 or raw.m1
    return replace(raw, y1=year - 1 if last_month > following.m1 else year)


# a term: the date a period lasts until (``до 31 июля``, ``по 5 мая``, ``к 1 сентября``)
_TERM_BEFORE = re.compile(r"(?i)\b(?:до|по|к)\s+(?:конца\s+|концу\s+)?$")
_LIST_JOINT = re.compile(r"\s*(?:,|и|или)\s+(?:(?:в|во|на)\s+)?", re.IGNORECASE)


# a copyright mark with one year (``© 2015, «Кедровские вести»``), not a range of years (``© 2001–2015``)
_COPYRIGHT = re.compile(r"(?:©|\([cс]\))\s*((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)", re.IGNORECASE)


def read_copyright_day(text: str) -> date | None:
    """With no publication date, the middle of the year a copyright mark of the text writes (``© 2015``): the
    year the text was published in, for a date that states none (the nearest year to the 2nd of July is its
    own for every day of it). The last mark: the site's own closes the text, a photo's credit (``Фото © 2012
    Заморское агентство``) may come before it."""
    marks = list(_COPYRIGHT.finditer(text))
    return date(int(marks[-1].group(1)), 7, 2) if marks else None


def _year_of_text(text: str, said: list) -> date | None:
    """With no publication date, the day of the latest date said before with its year written (``5 апреля 2024
    года. … 7 апреля …``): the year of a date that states none is inferred from it as from a publication date.
    The latest, not the last: a history date said between (``5 апреля 2024 года губернатор посетил завод,
    открытый 12 марта 1995 года. 7 апреля …``) is no time of the text's events; nor is a term (``продлён до 31
    июля 2024 года. 12 марта …``)."""
    written = [fact.date_from for fact in said
               if isinstance(fact, DateFact) and fact.date_from is not None and not fact.year_inferred
               and fact.precision in ("day", "month") and fact.iso_from == fact.iso_to
               and not _TERM_BEFORE.search(text, max(0, fact.start - 12), fact.start)]
    return max(written, default=None)


def _weekday_before(text: str, raw: RawDate, raws: list[RawDate], index: int) -> int | None:
    if index > 0 and raws[index - 1].weekday is not None and raw.start - raws[index - 1].end <= 3:
        return raws[index - 1].weekday
    window = text[max(0, raw.start - 25): raw.start] + " " + text[raw.end: raw.end + 15]
    found = WEEKDAY_NEAR.search(window)
    if found:
        word = found.group(1).lower()
        for name, number in WEEKDAYS.items():
            if word[:4] == name[:4]:
                return number
    return None


def _normalize_one(text, raw: RawDate, published, today, raws, index, now_years=(), ahead=False) -> DateFact | None:
    """One raw match as a row; ``ahead``: the verb of its sentence is in the future, the year inferred is that of
    the first such date on or after the publication date (:func:`_year_ahead`), not the nearest."""
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
            year = _year_ahead(m1, d1, published) if ahead else _nearest_year(m1, d1, published)
        elif d1:
            weekday = _weekday_before(text, raw, raws, index)
            if weekday is not None:
                year = _weekday_year(m1, d1, weekday, today, now_years)
        if year is not None:
            y1 = year
            y2 = year if ranged else None
            if ranged and m2 is not None and m2 < m1:
                y2 = year + 1
            inferred = True
    if raw.month_end and y2:  # "в конце февраля" of a leap year inferred ends on the 29th
        d2 = calendar.monthrange(y2, m2)[1]
    if precision == "day":
        d_from = safe_date(y1, m1, d1) if y1 else None
        if y1 and d_from is None:
            return None
        if ranged:
            d_to = safe_date(y2, m2, d2) if y2 else None
            if y2 and (d_to is None or d_to < d_from):
                return None
        else:
            d_to = d_from
        iso_from = iso_day(y1, m1, d1)
        iso_to = iso_day(y2, m2, d2) if ranged else iso_from
        if not valid_day(m1, d1) or (ranged and not valid_day(m2, d2)):
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
