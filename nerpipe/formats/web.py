"""Web pages: the main text without navigation, comments and ads, and the page's metadata, with trafilatura.

The text a page's offsets point into is trafilatura's main text (extracted
favouring precision), paragraphs one per line, headed by the page's title when the main text does not already start
with it (the headline is part of the article: its names and places count).
"""

from __future__ import annotations

import logging
import re

from ..errors import DocumentError
from ..read.decode import decode_bytes
from .base import DocMeta, Extracted, clean_meta_text, parse_date

MIN_MAIN_WORDS = 8  # fewer words are no article (trafilatura may return a bare page's menu)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_PAGE_TITLE_TAIL = re.compile(r"\s+[|—–-]\s+[^|—–-]{2,60}$")  # 'Headline — Site name' in <title>

# trafilatura reports what it skips at WARNING; that is no problem of the document
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def extract_html(data: bytes | str, url: str | None = None, charset: str | None = None) -> Extracted:
    """The main text and metadata of a web page given as bytes (or already decoded text).

    ``url`` is where the page was fetched from (a WARC record's target URI): the
    page's canonical address wins over it. ``charset`` is the one an HTTP header
    declared. Raises :class:`DocumentError` when the page has no main text.
    """
    if isinstance(data, str):
        html, encoding = data, None
    else:
        html, encoding = decode_html(data, charset)
    document = _bare_extraction(html, url)
    body = (document.text or "").strip() if document is not None else ""
    if len(re.findall(r"\w+", body)) < MIN_MAIN_WORDS:  # nothing, or the few words of a menu
        raise DocumentError("no main text found in the web page")
    title = clean_meta_text(document.title)
    meta = DocMeta(
        title=title,
        url=clean_meta_text(document.url) or url,
        source=clean_meta_text(document.sitename),
        published=parse_date(document.date),
    )
    return Extracted(_with_headline(body, title), encoding, meta)


def _bare_extraction(html: str, url: str | None):
    import trafilatura

    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False, include_links=False,
        include_tables=True, deduplicate=False,
        # precision over recall: "read also" blocks, link lists and teasers would bring names and places of
        # other stories; a page that is only navigation then has no main text instead of its menu as text
        favor_precision=True,
        # dates from the page's markup and address, not guessed from the running text (the text stage does that)
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode a page: a byte-order mark, then UTF-8, then the charset the page (or its HTTP header) declares,
    then detection as for plain text."""
    if not data.startswith(_BOMS):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        for declared in (charset, _declared_charset(data)):
            if declared:
                try:
                    return data.decode(declared), declared.lower()
                except (LookupError, UnicodeDecodeError):
                    continue
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None


def _with_headline(body: str, title: str | None) -> str:
    """The main text, headed by the title unless its first line already is the title."""
    if not title:
        return body
    first = body.split("\n", 1)[0]
    wanted = _comparable(title)
    if _comparable(first) == wanted or _comparable(_PAGE_TITLE_TAIL.sub("", title)) == _comparable(first):
        return body
    return f"{title}\n\n{body}"


def _comparable(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))
