"""Word documents (python-docx) and PDF files (pypdf, the text layer).

The text of a DOCX is its body in reading order: one line per paragraph, one
line per table row (cells joined by `` | ``); headers, footers and comments are
left out. The text of a PDF is its text layer page after page, words hyphenated
at a line end joined again and lines that continue a sentence joined with a
space. A PDF without a text layer (a scan) is an error for that document: it
needs OCR first, which nerpipe does not do.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile

from ..errors import DocumentError
from .base import DocMeta, Extracted, clean_meta_text

# file names and generator defaults that PDF and DOCX producers leave in the title field
_JUNK_TITLE = re.compile(
    r"(?i)^(?:untitled|без названия|документ\d*|document\d*|microsoft word\b.*|.*\.(?:docx?|pdf|rtf|odt))$")
_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\n(?=[a-zа-яё])")
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?…:;])\n(?=[a-zа-яё«(\"\u201e])")

logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-but-readable files warn a lot


def extract_docx(data: bytes) -> Extracted:
    """The body text of a .docx file and its core-properties title."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentError(f"cannot read the .docx file: {_one_line(error)}") from None
    except Exception as error:  # python-docx raises lxml and package errors of its own on damaged files
        raise DocumentError(f"cannot read the .docx file: {type(error).__name__}: {_one_line(error)}") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    text = _tidy_lines(lines)
    if not text:
        raise DocumentError("the .docx file holds no text")
    return Extracted(text, None, DocMeta(title=_title(document.core_properties.title)))


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if value and (not cells or cells[-1] != value):  # a merged cell repeats itself
                cells.append(value)
        lines.append(" | ".join(cells))
    return lines


def extract_pdf(data: bytes) -> Extracted:
    """The text layer of a PDF file and its document-information title."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        _open_encrypted(reader)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise DocumentError(f"cannot read the PDF file: {_one_line(error) or type(error).__name__}") from None
    text = _tidy_lines("\n\n".join(_reflow(page) for page in pages).split("\n"))
    if not text:
        raise DocumentError(f"the PDF has no text layer ({len(pages)} pages of images?): it needs OCR first")
    title = _title(info.title) if info is not None else None
    return Extracted(text, None, DocMeta(title=title))


def _open_encrypted(reader) -> None:
    """Open a PDF encrypted with an empty user password (copy protection); refuse one that needs a password."""
    if not reader.is_encrypted:
        return
    from pypdf.errors import DependencyError

    try:
        opened = reader.decrypt("")
    except DependencyError as error:
        raise DocumentError(f"encrypted PDF that cannot be opened here: {_one_line(error)}") from None
    except Exception as error:  # pypdf raises several kinds on unknown encryption methods
        raise DocumentError(f"encrypted PDF: {type(error).__name__}: {_one_line(error)}") from None
    if not opened:
        raise DocumentError("encrypted PDF: it needs a password")


def _reflow(page: str) -> str:
    """Join words hyphenated at a line end, and lines that continue the sentence before them."""
    page = page.replace("\r\n", "\n").replace("\r", "\n")
    page = _HYPHEN_BREAK.sub(r"\1", page)
    return _SOFT_BREAK.sub(" ", page)


def _tidy_lines(lines) -> str:
    """Lines stripped of edge spaces, runs of empty lines collapsed to one."""
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _title(value) -> str | None:
    title = clean_meta_text(value)
    if title is None or _JUNK_TITLE.match(title) or len(title) < 4:
        return None
    return title


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200]
