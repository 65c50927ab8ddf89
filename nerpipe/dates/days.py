"""Days and periods as :class:`~nerpipe.records.DateFact` rows: the helpers both normalizers share."""

from __future__ import annotations

from datetime import date

from ..records import DateFact
from .grammar import RawDate


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def valid_day(month: int, day: int) -> bool:
    return safe_date(2000, month, day) is not None  # 2000 is a leap year: 29 February is valid


def iso_day(y: int | None, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"


def fact_of(raw: RawDate, surface: str, d_from: date, d_to: date, precision: str, inferred: bool) -> DateFact:
    width = {"day": 10, "month": 7, "year": 4}[precision]
    iso, iso_to = d_from.isoformat()[:width], d_to.isoformat()[:width]
    return DateFact(raw.start, raw.end, surface, iso, iso_to, d_from, d_to, precision, inferred)
