"""Article tables: one document per row of a CSV, TSV, JSON Lines, Parquet or XLSX file.

Rows stream in bounded memory (``csv`` and JSON Lines line by line, Parquet in
record batches of the needed columns only, XLSX through openpyxl's read-only
mode), so a table of a million rows costs no more memory than one of a hundred.

Columns are found by name, case and spaces aside: the text in ``text``,
``body``, ``content``, ``текст`` … (:data:`COLUMN_NAMES`), or in the column a
:class:`~.base.ColumnMap` names. Optional columns give the document's title,
url, source, publication date and id.

Errors: a row that cannot be a document (a malformed JSON line, a row with
another number of fields than the header, an empty text cell) is yielded as a
:class:`~.base.Record` with ``error`` set, and reading goes on. A problem with
the whole file (no text column, a named column missing, a file that stops
being readable halfway) raises :class:`DocumentError`; the rows yielded before
it stay valid.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import os
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import DocumentError
from ..read.decode import decode_bytes
from .base import ColumnMap, DocMeta, Record, clean_meta_text, parse_date
from .sniff import CSV, HEAD_BYTES, HTML, JSONL, PARQUET, TEXT, TSV, XLSX, Kind, looks_like_html_text, open_binary

log = logging.getLogger("nerpipe")

MAX_CELL_BYTES = 8 * 1024 * 1024  # a text cell (and a CSV field or a JSON line) larger than this is refused
PARQUET_BATCH_ROWS = 1024
XLSX_HEADER_SEARCH_ROWS = 10  # an export may put a caption or a report title above the header row

# candidate column names for each field, best first; compared after normalize_column_name
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "full_text", "fulltext", "article_text", "article", "text_body", "plain_text",
             "текст", "текст_статьи", "текст_сообщения", "полный_текст", "содержание", "содержимое", "сообщение"),
    "title": ("title", "headline", "header", "heading", "subject", "заголовок", "название", "тема"),
    "url": ("url", "link", "href", "uri", "address", "page_url", "article_url", "ссылка", "url_адрес", "адрес",
            "ссылка_на_источник"),
    "published": ("published", "date", "published_at", "publication_date", "pub_date", "pubdate", "datetime",
                  "date_published", "created_at", "time", "timestamp", "дата", "дата_публикации", "дата_выхода",
                  "дата_и_время", "время"),
    "source": ("source", "outlet", "media", "publisher", "site", "site_name", "sitename", "source_name",
               "источник", "сми", "издание", "название_сми", "площадка", "ресурс"),
    "id": ("id", "doc_id", "document_id", "article_id", "uid", "uuid", "guid", "идентификатор", "ид"),
}


def normalize_column_name(name) -> str:
    """``'Текст статьи '`` → ``'текст_статьи'``: lower case, runs of spaces, dashes and dots as one ``_``."""
    return re.sub(r"[\s\-./]+", "_", str(name).strip().lower()).strip("_")


def find_columns(names: list, columns: ColumnMap) -> dict[str, int]:
    """Which position holds each field: ``{'text': 3, 'title': 0, …}`` (absent fields left out).

    Raises :class:`DocumentError` when a column named in ``columns`` is not among
    ``names`` or no text column is found.
    """
    normal = [normalize_column_name(n) if n is not None else "" for n in names]
    found: dict[str, int] = {}
    taken: set[int] = set()
    for field, wanted in columns.given().items():
        key = normalize_column_name(wanted)
        if key not in normal:
            raise DocumentError(f"no column {wanted!r} (given for {field}); the columns are: {_list(names)}")
        found[field] = normal.index(key)
        taken.add(found[field])
    for field, candidates in COLUMN_NAMES.items():
        if field in found:
            continue
        for candidate in candidates:
            if candidate in normal and normal.index(candidate) not in taken:
                found[field] = normal.index(candidate)
                taken.add(found[field])
                break
    if "text" not in found:
        raise DocumentError(f"no text column (named text, body, content or текст; or give --text-column); "
                            f"the columns are: {_list(names)}")
    return found


def _list(names) -> str:
    shown = [str(n) for n in list(names)[:20]]
    return ", ".join(shown) + (", …" if len(names) > 20 else "") if shown else "(none)"


def make_record(locator: str, values: dict, encoding: str | None = None) -> Record:
    """A table row as a :class:`Record`: ``values`` maps fields (text, title, …) to the row's cells."""
    text = values.get("text")
    if isinstance(text, (list, tuple)) and all(isinstance(p, str) for p in text):
        text = "\n".join(text)  # paragraphs as a list, as some scrapers save them
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if text is not None and not isinstance(text, str):
        text = str(text)
    meta = DocMeta(
        title=clean_meta_text(values.get("title")),
        url=clean_meta_text(values.get("url")),
        source=clean_meta_text(values.get("source")),
        published=parse_date(values.get("published")),
        id=clean_meta_text(values.get("id")),
    )
    if text is None or not text.strip():
        return Record(locator, TEXT, None, meta, error="the row's text cell is empty", encoding=encoding)
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_CELL_BYTES:
        return Record(locator, TEXT, None, meta, error=f"the row's text is {len(data)} bytes, over the limit of "
                      f"{MAX_CELL_BYTES}", encoding=encoding)
    return Record(locator, HTML if looks_like_html_text(text) else TEXT, data, meta, encoding=encoding)


def iter_table(source, kind: Kind, columns: ColumnMap | None = None) -> Iterator[Record]:
    """Stream the rows of a table file as :class:`Record` objects, in file order.

    ``source`` is a path or a seekable binary file (read from its start).
    """
    columns = columns or ColumnMap()
    if kind.format in (CSV, TSV):
        return _iter_csv(source, kind, columns)
    if kind.format == JSONL:
        return _iter_jsonl(source, kind, columns)
    if kind.format == PARQUET:
        return _iter_parquet(source, columns)
    if kind.format == XLSX:
        return _iter_xlsx(source, columns)
    raise ValueError(f"not a table format: {kind.format!r}")


# -- CSV and TSV ---------------------------------------------------------------------------------------------


@contextmanager
def _text_stream(source, kind: Kind):
    """``(stream, encoding)``: the file as text, decoded as read.decode_bytes decides from its first 64 KiB."""
    with open_binary(source, kind) as binary:
        try:
            head = binary.read(HEAD_BYTES)
            decoded = decode_bytes(head)
            binary.seek(0)
        except (OSError, EOFError, zlib.error) as error:
            raise DocumentError(f"cannot read the file: {error}") from None
        encoding, errors = _python_codec(decoded.encoding)
        stream = io.TextIOWrapper(binary, encoding=encoding, errors=errors, newline="")
        try:
            yield stream, decoded.encoding
        finally:
            stream.detach()  # the binary file is its opener's to close


def _python_codec(encoding: str) -> tuple[str, str]:
    """The codec and error handler that read a whole file like read.decode_bytes read its head."""
    if encoding == "utf-8-bom":
        return "utf-8-sig", "strict"
    if encoding == "utf-8-replace":  # a damaged byte or a character cut at the end of the head
        return "utf-8", "replace"
    try:
        codecs.lookup(encoding)
    except LookupError:
        return "utf-8", "replace"
    return encoding, "replace" if encoding != "utf-8" else "strict"


def _delimiter(header_line: str, kind: Kind) -> str:
    """Tab for TSV; for CSV, the most frequent of ``,``, ``;``, tab and ``|`` in the header line
    (spreadsheets in Russian locales save CSV with semicolons)."""
    if kind.format == TSV:
        return "\t"
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _iter_csv(source, kind: Kind, columns: ColumnMap) -> Iterator[Record]:
    with _text_stream(source, kind) as (stream, encoding):
        try:
            first = stream.readline()
            stream.seek(0)
        except (OSError, EOFError, UnicodeDecodeError, ValueError) as error:
            raise DocumentError(f"cannot read the file: {error}") from None
        old_limit = csv.field_size_limit()
        csv.field_size_limit(MAX_CELL_BYTES)
        try:
            reader = csv.reader(stream, delimiter=_delimiter(first, kind))
            yield from _csv_rows(reader, columns, encoding)
        except csv.Error as error:
            raise DocumentError(f"malformed {kind.format.upper()} near line {reader.line_num}: {error}; "
                                "the rows before it are kept") from None
        except (OSError, EOFError, UnicodeDecodeError) as error:
            raise DocumentError(f"cannot read the file past line {reader.line_num}: {error}") from None
        finally:
            csv.field_size_limit(old_limit)


def _csv_rows(reader, columns: ColumnMap, encoding: str) -> Iterator[Record]:
    header = next(reader, None)
    if not header:
        raise DocumentError("the table has no header row")
    found = find_columns(header, columns)
    number = 0
    for row in reader:
        if not row or (len(row) == 1 and not row[0].strip()):
            continue  # a blank line
        number += 1
        if len(row) != len(header):
            yield Record(f"#{number}", TEXT, None, error=f"row {number} (line {reader.line_num}) has {len(row)} "
                         f"fields, the header has {len(header)}", encoding=encoding)
            continue
        yield make_record(f"#{number}", {field: row[i] for field, i in found.items()}, encoding)


# -- JSON Lines ----------------------------------------------------------------------------------------------


def _iter_jsonl(source, kind: Kind, columns: ColumnMap) -> Iterator[Record]:
    found: dict[str, str] | None = None
    number = 0
    with _text_stream(source, kind) as (stream, encoding):
        try:
            for number, line in enumerate(_lines(stream), start=1):  # noqa: B007 (number is reported after the loop)
                if not line.strip():
                    continue
                row, problem = _json_object(line, number)
                if problem:
                    yield Record(f"#{number}", TEXT, None, error=problem, encoding=encoding)
                    continue
                if found is None:  # the first object decides the columns, as a header would
                    keys = list(row)
                    found = {field: keys[i] for field, i in find_columns(keys, columns).items()}
                values = {field: row.get(key) for field, key in found.items()}
                if found["text"] not in row:
                    yield Record(f"#{number}", TEXT, None, error=f"line {number} has no {found['text']!r} key",
                                 encoding=encoding)
                    continue
                yield make_record(f"#{number}", values, encoding)
        except (OSError, EOFError, UnicodeDecodeError) as error:
            raise DocumentError(f"cannot read the file past line {number}: {error}") from None
    if found is None:
        raise DocumentError("no JSON object in the file")


def _lines(stream) -> Iterator[str]:
    """Lines of a text stream, refusing one longer than MAX_CELL_BYTES characters instead of holding it."""
    while True:
        line = stream.readline(MAX_CELL_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_CELL_BYTES and not line.endswith("\n"):
            raise DocumentError(f"a line longer than {MAX_CELL_BYTES} characters")
        yield line


def _json_object(line: str, number: int) -> tuple[dict, str | None]:
    try:
        row = json.loads(line)
    except ValueError as error:
        return {}, f"line {number}: invalid JSON ({error.msg} at column {error.colno})"
    if not isinstance(row, dict):
        return {}, f"line {number}: a JSON {type(row).__name__}, not an object"
    return row, None


# -- Parquet -------------------------------------------------------------------------------------------------


def _iter_parquet(source, columns: ColumnMap) -> Iterator[Record]:
    import pyarrow.lib
    import pyarrow.parquet as pq

    try:
        # buffered reads without pre-buffering: pages are decoded as the batches need them, so memory
        # follows the batch, not the row group (a pandas export may hold a million rows in one)
        if not isinstance(source, (str, os.PathLike)):
            source.seek(0)
        handle = pq.ParquetFile(source, buffer_size=1 << 20, pre_buffer=False)
    except (OSError, pyarrow.lib.ArrowException) as error:
        raise DocumentError(f"cannot read the Parquet file: {_one_line(error)}") from None
    with handle:
        names = handle.schema_arrow.names
        found = find_columns(names, columns)
        wanted = sorted(set(found.values()))
        number = 0
        try:
            for batch in handle.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=[names[i] for i in wanted]):
                cells = {field: batch.column(names[i]).to_pylist() for field, i in found.items()}
                for row in range(batch.num_rows):
                    number += 1
                    yield make_record(f"#{number}", {field: values[row] for field, values in cells.items()})
        except (OSError, pyarrow.lib.ArrowException) as error:
            raise DocumentError(f"cannot read the Parquet file past row {number}: {_one_line(error)}") from None


# -- XLSX ----------------------------------------------------------------------------------------------------


def _iter_xlsx(source, columns: ColumnMap) -> Iterator[Record]:
    """Every worksheet with a text column; the first one's rows are ``#N``, another's ``#Sheet!N``."""
    import zipfile

    import openpyxl

    try:
        if not isinstance(source, (str, os.PathLike)):
            source.seek(0)
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentError(f"cannot read the .xlsx file: {_one_line(error)}") from None
    except Exception as error:  # openpyxl lets lxml and its own errors through on damaged files
        raise DocumentError(f"cannot read the .xlsx file: {type(error).__name__}: {_one_line(error)}") from None
    problems: list[str] = []
    sheets = 0
    try:
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header, found = _xlsx_header(rows, columns, problems, sheet.title)
            if found is None:
                continue
            prefix = "#" if sheets == 0 else f"#{sheet.title}!"
            sheets += 1
            number = 0
            for row in rows:
                if row is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
                    continue
                number += 1
                values = {field: row[i] if i < len(row) else None for field, i in found.items()}
                yield make_record(f"{prefix}{number}", values)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as error:
        raise DocumentError(f"cannot read the .xlsx file: {_one_line(error)}") from None
    finally:
        workbook.close()
    if sheets == 0:
        raise DocumentError("; ".join(problems) if problems else "the workbook has no worksheet")


def _xlsx_header(rows, columns: ColumnMap, problems: list[str], title: str):
    """The header row (among the first few rows) and the columns found in it, or ``(None, None)``."""
    reason = "no header row"
    for _ in range(XLSX_HEADER_SEARCH_ROWS):
        header = next(rows, None)
        if header is None:
            break
        if all(v is None for v in header):
            continue
        try:
            return header, find_columns(list(header), columns)
        except DocumentError as error:
            reason = str(error)
    problems.append(f"sheet {title!r}: {reason}")
    return None, None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200]
