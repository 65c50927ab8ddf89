"""Stage: a document's title, source and publication date, from its metadata or else from its text.

What the input states (a page's ``<title>`` and ``og:site_name``, a table's
columns) comes first; what is missing is looked for in the text:

- **title** — the headline line: a short line near the top, before the first
  paragraph of the body, that holds one sentence and does not end with a full
  stop (unless it is very short, as some outlets write headlines). Labels above
  it (``Пресс-служба``, a date, ``Print``) are skipped; a text that starts with a
  body paragraph has no headline (None, not the paragraph).
- **source** — a credit line (``Источник: …``, ``По материалам …``), an agency in
  a dateline (``МОСКВА, 17 мая. /ТАСС/``, ``… – РИА Новости.``), the outlet naming
  itself (``Ранее «…» писала``), a report retold (``пишет «…»``, ``передает ТАСС``),
  a press service (``сообщили в пресс-службе …``, ``по данным пресс-службы …``);
  the first kind found wins, in that order. Else the host of the document's address.
- **published** — a dateline of its own near the top (:func:`nerpipe.dates.find_published`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from .dates import RawDate, find_published
from .formats.base import DocMeta

HEAD_LINES = 12  # the headline is among the first lines ...
HEAD_CHARS = 2000  # ... and the first characters
MIN_TITLE_CHARS, MAX_TITLE_CHARS = 15, 250
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 35
MAX_STOPPED_TITLE_WORDS = 10  # some outlets and exports end headlines with a full stop: only short ones count
MAX_SOURCE_WORDS = 8

_WORD = re.compile(r"\w+(?:[-.]\w+)*")
_DATE_WORD = (r"(?:(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\w*|(?:пн|вт|ср|чт|пт|сб|вс)\b|"
              r"(?:понедельник|вторник|сред[аы]|четверг|пятниц[аы]|суббот[аы]|воскресенье)|сегодня|вчера|в|г\.?|"
              r"года?)")
# a date on a line of its own ('12 марта 2023 года', 'Вторник, 12 марта 2023 г., 10:30'), perhaps after the
# place it was written in ('Энск, 12 марта 2023 года'; a dateline that goes on into the text is no label)
_DATE_LINE = re.compile(r"(?i)^(?:[А-ЯЁA-Z][\w-]*(?:\s+[А-ЯЁA-Z][\w-]*){0,2}\s*,\s*(?=\d))?"
                        r"[\d\s.,:/\-–—]*(?:" + _DATE_WORD + r"(?!\w)[\d\s.,:/\-–—]*)*$")
_LABEL = re.compile(r"(?i)^(?:print|печать|версия для печати|поделиться|share|новости|главная|фото|видео|"
                    r"читайте также|реклама|\d+\s*(?:просмотр\w*|комментари\w*))\b")
_BREADCRUMBS = re.compile(r"\s(?:/|>|»|›|\|)\s.*\s(?:/|>|»|›|\|)\s")
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[«\"]?[А-ЯЁA-Z]")
_ABBREVIATION_DOT = re.compile(r"(?i)(?:\b(?:г|гг|ул|пр|им|т|д|тыс|млн|млрд|руб|св|проф|акад|обл|р|с|п|ст|рис)"
                               r"|\b[А-ЯЁA-Z])\.\s+[«\"]?[А-ЯЁA-Z]")

_NAME = r"[«\"“„]([^«»\"“”„\n]{2,80})[»\"”“]"  # a name in quotes
_UNTIL = r"([^\n.;:,()]{2,120}?)\s*(?:[.;:,()]|\n|$)"  # words up to the next punctuation
_CREDIT = re.compile(r"(?im)^\s*(?:источник(?:\s+информации)?|по\s+материалам|материал\s+подготовлен\s+по|"
                     r"source)\s*(?::|—|–|-)?\s*(?:[«\"“„]([^«»\"“”„\n]{2,80})[»\"”“]|([^\n]{2,80}?))\s*\.?\s*$")
_BY_MATERIALS = re.compile(r"(?i)\bпо\s+материалам\s+(?:" + _NAME + r"|" + _UNTIL + r")")
_DATELINE_AGENCY = re.compile(
    r"(?m)^[ \t]*[А-ЯЁA-Z][\w\- ]{1,40}?[.,]\s+\d{1,2}\s+[а-яё]+(?:\s+\d{4}(?:\s+года?)?)?\s*"
    r"(?:[./]\s*/([^/\n]{2,60})/|[-–—]\s*([^.\n]{2,40})\.|\.\s+([A-ZА-ЯЁ][\w.-]*\.(?:RU|РУ|ru|рф))\s*[-–—])")
_SELF = re.compile(r"(?i)\bранее\s+(?:в\s+)?" + _NAME + r"\s+(?:писал|сообщал|рассказывал|информировал)[аио]?\b")
_RETOLD = re.compile(r"(?i)\b(?:пишет|пишут|сообщает|сообщают|сообщил[аио]?|передает|передаёт|передают|"
                     r"информирует|рассказывает|со\s+ссылкой\s+на)\s+(?:газета|издание|агентство|портал|сайт|"
                     r"телеканал|радиостанция|информагентство|ИА|СМИ)?\s*" + _NAME)
_RETOLD_AGENCY = re.compile(r"(?i)\b(?:пишет|сообщает|сообщил[аио]?|передает|передаёт|передают|информирует|"
                            r"со\s+ссылкой\s+на)\s+([^\n.,;:]{2,60})")
_PRESS_SERVICE = re.compile(r"(?i)\b(?:сообщили|сообщает|сообщила|рассказали|уточнили|пояснили|информирует)"
                            r"\s+(?:в\s+)?(пресс-служб[аеы])\s+" + _UNTIL)
_PRESS_DATA = re.compile(r"(?i)\bпо\s+(?:данным|информации|сообщению)\s+(пресс-службы)\s+" + _UNTIL)


def complete_metadata(text: str, meta: DocMeta | None, raws: list[RawDate]) -> DocMeta:
    """``meta`` with its missing title, source and publication date taken from the text.

    ``raws`` are the document's raw dates (``DateExtractor.find_raw``), used for a dateline.
    """
    meta = meta or DocMeta()
    found = DocMeta(
        title=None if meta.title else find_headline(text),
        source=None if meta.source else find_source(text),
        published=None if meta.published else find_published(text, raws),
    )
    meta = meta.fill(found)
    if meta.source is None and meta.url:
        meta = meta.fill(DocMeta(source=host_name(meta.url)))
    return meta


# -- title ---------------------------------------------------------------------------------------------------


def find_headline(text: str) -> str | None:
    """The headline line at the top of ``text``, or None when the text starts with its body.

    A headline has text after it: a short line that is all the text is not one.
    """
    offset = 0
    for index, raw in enumerate(text[:HEAD_CHARS].split("\n")):
        if index >= HEAD_LINES:
            break
        offset += len(raw) + 1
        line = " ".join(raw.split())
        if not line or _is_label(line):
            continue
        if is_headline(line) and text[offset:].strip():
            return line
        return None  # the body starts before any headline
    return None


def is_headline(line: str) -> bool:
    """A line that reads like a headline: short, one sentence, no final full stop."""
    words = _WORD.findall(line)
    if not (MIN_TITLE_CHARS <= len(line) <= MAX_TITLE_CHARS and MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS):
        return False
    if line.endswith((",", ";", ":")):
        return False
    if line.endswith(".") and not line.endswith("...") and len(words) > MAX_STOPPED_TITLE_WORDS:
        return False  # a sentence with a full stop is a headline only when it is very short
    inside = len(_SENTENCE_INSIDE.findall(line)) - len(_ABBREVIATION_DOT.findall(line))
    return inside <= 0


def _is_label(line: str) -> bool:
    """A line above a headline that is not one: a date, a rubric, a button, breadcrumbs."""
    if len(_WORD.findall(line)) < MIN_TITLE_WORDS and not line.endswith("."):
        return True
    return bool(_DATE_LINE.match(line) or _LABEL.match(line) or _BREADCRUMBS.search(line))


# -- source --------------------------------------------------------------------------------------------------


def find_source(text: str) -> str | None:
    """The outlet or agency the text credits, or None (see the module's docstring for the order)."""
    for finder in (_credit_line, _dateline_agency, _self_reference, _retold, _press_service):
        source = finder(text)
        if source:
            return source
    return None


def _credit_line(text: str) -> str | None:
    for match in _CREDIT.finditer(text):
        name = _tidy_source(match.group(1) or match.group(2))
        if name and not name.lower().startswith(("http", "www")):
            return name
        if name:  # an address: its host is the outlet
            return host_name(name if "//" in name else "http://" + name)
    match = _BY_MATERIALS.search(text)
    return _tidy_source(match.group(1) or match.group(2)) if match else None


def _dateline_agency(text: str) -> str | None:
    match = _DATELINE_AGENCY.search(text[:HEAD_CHARS])
    if not match:
        return None
    segment = next(g for g in match.groups() if g)
    return known_agency(segment) or _tidy_source(segment)


def _self_reference(text: str) -> str | None:
    match = _SELF.search(text)
    return _tidy_source(match.group(1)) if match else None


def _retold(text: str) -> str | None:
    match = _RETOLD.search(text)
    if match:
        return _tidy_source(match.group(1))
    for match in _RETOLD_AGENCY.finditer(text):
        agency = known_agency(match.group(1), at_start=True)
        if agency:
            return agency
    return None


def _press_service(text: str) -> str | None:
    match = _PRESS_SERVICE.search(text) or _PRESS_DATA.search(text)
    if not match:
        return None
    owner = _tidy_source(match.group(2))
    return f"пресс-служба {owner}" if owner else None


def _tidy_source(value: str | None) -> str | None:
    """A source name as one line, without edge punctuation; None when it is too long to be a name."""
    if not value:
        return None
    name = " ".join(value.split()).strip(" .,;:—–-/")
    if not name or len(_WORD.findall(name)) > MAX_SOURCE_WORDS or not _WORD.search(name):
        return None
    return name


@lru_cache(maxsize=1)
def _agencies() -> tuple[tuple[str, str], ...]:
    """``(spelling in lower case, name as shown)``, longest spelling first (``resources/agencies.txt``)."""
    pairs = []
    with resources.files("nerpipe.resources").joinpath("agencies.txt").open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            names = [n.strip() for n in line.split("|") if n.strip()]
            pairs += [(spelling.lower(), names[0]) for spelling in names]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def known_agency(segment: str, at_start: bool = False) -> str | None:
    """The agency named in ``segment`` (anywhere in it, or at its start), as the dictionary shows it."""
    lowered = " ".join(segment.split()).lower()
    for spelling, name in _agencies():
        position = lowered.find(spelling)
        while position >= 0:
            before = lowered[position - 1] if position else " "
            after = lowered[position + len(spelling)] if position + len(spelling) < len(lowered) else " "
            if not (before.isalnum() or after.isalnum()) and (not at_start or position == 0):
                return name
            position = lowered.find(spelling, position + 1)
    return None


def host_name(url: str) -> str | None:
    """``https://www.example.ru/news/1`` → ``example.ru``."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
