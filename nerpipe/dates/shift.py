"""Shifts as rows: ``на следующий день``, ``накануне``, ``в тот же день``, ``через два дня``, ``спустя
неделю``, ``днём ранее`` count from the nearest date said before them in the text (``5 апреля … На
следующий день …`` is 6 April), else, like ``год назад``, from the publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..records import DateFact
from .grammar import RawDate
from .wording import RelativeDate

_LEAP = 2000  # a stand-in year with a 29 February, for days of unknown year


def anchor_of(raw: RawDate, earlier: list[DateFact | RelativeDate]) -> DateFact | RelativeDate | None:
    """What a shift counts from: the nearest date said before it (written, or itself relative), when
    the shift counts from another date (``через два дня``, not ``два дня назад``)."""
    if not raw.anchored:
        return None
    before = [said for said in earlier if said.end <= raw.start]
    return before[-1] if before else None


def counts_from_event(text: str, raw: RawDate) -> bool:
    """``через неделю после выборов``, ``за день до визита``: a shift from an event, not from a date."""
    return _FROM_EVENT.match(text, raw.end) is not None


_FROM_EVENT = re.compile(r"\s+(?:после|до|с момента|со дня|с начала)\b", re.IGNORECASE)


def shift_from_anchor(text: str, raw: RawDate, anchor: DateFact) -> DateFact | None:
    """The day (week: day; month; year) ``raw`` stands for, counted from a single day ``anchor``;
    ``None`` when the anchor is no single day or its unknown year is needed."""
    if anchor.precision != "day" or anchor.iso_from != anchor.iso_to:
        return None
    if anchor.date_from is not None:
        return _shifted(text, raw, anchor.date_from, anchor.year_inferred)
    if raw.step == "year":
        return None
    month, day = int(anchor.iso_from[2:4]), int(anchor.iso_from[5:7])
    fact = _shifted(text, raw, date(_LEAP, month, day), False)
    return DateFact(fact.start, fact.end, fact.text, f"--{fact.iso_from[5:]}", f"--{fact.iso_to[5:]}", None, None,
                    fact.precision, False)


def shift_from_writing(text: str, raw: RawDate, published: date | None,
                       dateline: tuple[int, int] | None) -> DateFact | None:
    """The date ``raw`` stands for, counted from the publication date, or from the day of a dateline
    (year unknown) when it counts in days or weeks."""
    if published is not None:
        return _shifted(text, raw, published, True)
    if dateline is not None and raw.step in ("day", "week"):
        fact = _shifted(text, raw, date(_LEAP, *dateline), False)
        return DateFact(fact.start, fact.end, fact.text, f"--{fact.iso_from[5:]}", f"--{fact.iso_to[5:]}", None,
                        None, "day", False)
    return None


def _shifted(text: str, raw: RawDate, origin: date, inferred: bool) -> DateFact:
    surface = text[raw.start:raw.end]
    if raw.step in ("day", "week"):
        day = origin + timedelta(days=raw.shift * (7 if raw.step == "week" else 1))
        return DateFact(raw.start, raw.end, surface, day.isoformat(), day.isoformat(), day, day, "day", inferred)
    if raw.step == "month":
        year, month = divmod(origin.year * 12 + origin.month - 1 + raw.shift, 12)
        first = date(year, month + 1, 1)
        last = date(year, month + 1, calendar.monthrange(year, month + 1)[1])
        return DateFact(raw.start, raw.end, surface, f"{first:%Y-%m}", f"{last:%Y-%m}", first, last, "month",
                        inferred)
    year = origin.year + raw.shift
    return DateFact(raw.start, raw.end, surface, f"{year:04d}", f"{year:04d}", date(year, 1, 1), date(year, 12, 31),
                    "year", inferred)
