"""The publication date and datelines: a date alone on a line near the top, or after a place."""

from __future__ import annotations

import re
from datetime import date

from .days import safe_date
from .grammar import RawDate

_DATELINE_NOISE = re.compile(r"(?i)\d{1,2}:\d{2}(:\d{2})?|опубликовано:?|дата публикации:?|обновлено:?|[,|·—–-]")
# a date alone on its line comes with a time or a word or two: a longer line is not one (and reading the
# whole line for each of its dates would take time growing with the square of its length)
_DATELINE_MAX = 120
# a place that opens a dateline is a few words
_PLACE_MAX = 60


def find_published(text: str, raws: list[RawDate], head_lines: int = 12) -> date | None:
    """The publication date, when the text states it in a line of its own near the top
    (a dateline such as ``26 Июнь2017`` or ``06.07.2018 12:30``) or opens a line after a
    place (``ТОМСК, 5 марта 2024 — …``)."""
    limit = _head_end(text, head_lines)
    for raw in raws:
        if raw.start >= limit:
            break
        if raw.d1 and raw.m1 and raw.y1 and not raw.d2 and is_dateline(text, raw.start, raw.end):
            return safe_date(raw.y1, raw.m1, raw.d1)
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
    if line_end - line_start <= _DATELINE_MAX:
        before, after = text[line_start:start], text[end:line_end]
        if not _DATELINE_NOISE.sub("", before + after).strip():
            return True
    if start - line_start > _PLACE_MAX:
        return False
    return bool(_DATELINE_HEAD.match(text[line_start:start]) and _DATELINE_TAIL.match(text, end, line_end))


# a place opening a line: "МОСКВА,", "Барнаул,", "Нижний Новгород (Россия),"; not a word of time ("Сегодня, 11
# июля, в Омске прошла …" states the day of what happened)
_TIME_WORDS = "Сегодня|Вчера|Завтра|Позавчера|Послезавтра|Накануне|Ныне|Тогда|Утром|Днем|Днём|Вечером|Ночью"
_DATELINE_HEAD = re.compile(r"^\s*(?!(?:В|Во|На|С|Со|К|По|О|Об|У|А|И|Но)\s)(?!(?i:" + _TIME_WORDS + r")\b)"
                            r"[A-ZА-ЯЁ][\w\-]*(?:\s+[A-ZА-ЯЁ][\w\-]*){0,2}(?:\s+\([^)]{1,30}\))?,\s*$")
_DATELINE_TAIL = re.compile(r"\s*(?:$|[.,/(—–-])")


# a comma, a day and its month after a place (``, 12 марта``, ``, 12 мар``, ``, 12.03``), a year maybe
_DAY_MONTH_AFTER = re.compile(
    r",\s*(\d{1,2}(?:\s+(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?|\.\d{2})(?:\s+\d{4})?)")


def opens_dateline(text: str, end: int) -> bool:
    """Whether a place that ends at ``end`` opens a dateline: a comma and a day with its month after it that
    :func:`is_dateline` takes for one (``НИЖНИЙ НОВГОРОД, 12 марта. /ТАСС/.``, ``ТОМСК, 12 мар -``)."""
    found = _DAY_MONTH_AFTER.match(text, end)
    return found is not None and is_dateline(text, found.start(1), found.end(1))


_TODAY_HEAD = re.compile(r"(?i)^\s*сегодня,\s*$")


def _said_today(text: str, start: int) -> bool:
    """``Сегодня, 11 июля, …`` opening a line: the day of writing as well as of what happens."""
    return bool(_TODAY_HEAD.match(text[text.rfind("\n", 0, start) + 1:start]))


def find_dateline(text: str, raws: list[RawDate], head_lines: int = 6) -> tuple[int, int] | None:
    """``(month, day)`` of a dateline that gives no year (``МОСКВА, 5 марта — …``), near the top."""
    limit = _head_end(text, head_lines)
    for raw in raws:
        if raw.start >= limit:
            break
        if raw.d1 and raw.m1 and not raw.y1 and not raw.d2 and (is_dateline(text, raw.start, raw.end)
                                                                 or _said_today(text, raw.start)):
            return raw.m1, raw.d1
    return None
