"""The records the format layer hands out: document metadata, extracted text, table rows."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

MAX_META_CHARS = 1000  # a title, an address or an outlet name longer than this is not one


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What an input says about a document besides its text. Every field may be unknown (None).

    ``id`` is the input's own identifier (a table's id column, a WARC-Record-ID);
    the pipeline's ``doc_id`` is still derived from the content.
    """

    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    id: str | None = None

    def fill(self, other: DocMeta) -> DocMeta:
        """These values, with the gaps filled from ``other``."""
        changes = {f.name: getattr(other, f.name) for f in fields(self)
                   if getattr(self, f.name) is None and getattr(other, f.name) is not None}
        return replace(self, **changes) if changes else self

    def to_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["published"] = self.published.isoformat() if self.published else None
        return data


@dataclass(frozen=True, slots=True)
class Extracted:
    """A single document's text, how it was decoded, and what its format said about it."""

    text: str
    encoding: str | None
    meta: DocMeta = DocMeta()


@dataclass(frozen=True, slots=True)
class Record:
    """One document of a multi-document file (a table row, a WARC record), as the parent streams it.

    - ``locator``: where it is in the file, appended to the file's path in the
      ``documents`` table (``export.xlsx#17``): ``#N`` for the N-th data row of a
      table (the header is not counted; for JSON Lines, the N-th line), ``#N`` for
      the record at byte offset N of a WARC file (``warcio extract FILE N``).
    - ``format`` and ``data``: what a worker turns into text with
      :func:`nerpipe.formats.extract_document` — UTF-8 text (``text``) for a table
      cell, the HTTP body (``html``) for a WARC record, or an HTML cell.
    - ``meta``: what the container says (a row's title, url, published, source and
      id columns; a WARC record's target URI and record id). It wins over what the
      worker extracts from ``data``.
    - ``error``: why this one row cannot be a document (malformed, no text); then
      ``data`` is None and the row is a failed document.
    - ``encoding``: how the file's bytes were decoded (CSV, TSV, JSON Lines);
      ``charset``: the charset an HTTP header declared for a WARC record's page.
    """

    locator: str
    format: str
    data: bytes | None
    meta: DocMeta = DocMeta()
    error: str | None = None
    encoding: str | None = None
    charset: str | None = None

    @property
    def sha256(self) -> str:
        """The hash of everything the document's result depends on: its content and its metadata.

        A row whose text or columns change gets a new hash (and is processed again); an
        unchanged row keeps it, wherever it moves in the file.
        """
        digest = hashlib.sha256()
        digest.update(json.dumps([self.format, self.meta.to_dict(), self.error, self.charset], ensure_ascii=False,
                                 sort_keys=True).encode("utf-8"))
        digest.update(b"\x00")
        digest.update(self.data or b"")
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column of a table holds what. A name given here must exist; None means: find it by name.

    Built by the CLI from ``--text-column NAME`` and ``--column FIELD=NAME``
    (:func:`parse_column_options`).
    """

    text: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    id: str | None = None

    def given(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


COLUMN_FIELDS = tuple(f.name for f in fields(ColumnMap))


def parse_column_options(text_column: str | None = None, pairs=()) -> ColumnMap:
    """A :class:`ColumnMap` from ``--text-column`` and ``--column FIELD=NAME`` values.

    Raises ValueError with a message for the command line on an unknown field or a
    malformed pair.
    """
    given: dict[str, str] = {}
    if text_column:
        given["text"] = text_column
    for pair in pairs:
        field, sep, name = pair.partition("=")
        field = field.strip().lower()
        if field == "date":
            field = "published"
        if not sep or not name.strip():
            raise ValueError(f"--column wants FIELD=NAME, got {pair!r}")
        if field not in COLUMN_FIELDS:
            raise ValueError(f"--column: unknown field {field!r} (one of {', '.join(COLUMN_FIELDS)})")
        if field in given and given[field] != name.strip():
            raise ValueError(f"--column: {field} given twice")
        given[field] = name.strip()
    return ColumnMap(**given)


def clean_meta_text(value) -> str | None:
    """A metadata value as one tidy line, or None when it is empty or absurdly long."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    if not text or len(text) > MAX_META_CHARS or text.lower() in ("nan", "none", "null", "nat"):
        return None
    return text


_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")


def parse_date(value) -> date | None:
    """A publication date from a metadata value: a date, a datetime, or a string in a common form.

    ISO 8601 (``2023-05-17``, ``2023-05-17T10:30:00+03:00``), ``17.05.2023``, and
    written dates in Russian or English (``17 мая 2023``, ``May 17, 2023``, through
    dateparser). A value that is no date gives None.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_meta_text(value)
    if text is None or len(text) > 100:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if not re.search(r"\d{4}", text):  # a date without a year is no publication date
        return None
    return _dateparser_date(text)


def _dateparser_date(text: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["ru", "en"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year", "month"]})
    return parsed.date() if parsed else None
