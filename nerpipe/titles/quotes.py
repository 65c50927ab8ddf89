"""Quotes after and around titles: where a quote closes, and which quotes hold words of a text rather than a
name (``главы «до дня избрания …»``, ``назвал встречу с главой МИД «очень полезной»``)."""

from __future__ import annotations

from ..ner import Analysis
from ..text import OPENING_QUOTES, QUOTE_PAIRS


def quotes_words(tokens, k: int) -> bool:
    """A quote that opens in lower case with a preposition or a conjunction (``главы «до дня избрания …»``), or
    that holds no noun (``назвал встречу с главой МИД «очень полезной»``): words quoted, no name of a body."""
    inside = tokens[k + 1] if k + 1 < len(tokens) else None
    if inside is None or not inside.text[:1].islower():
        return False
    if inside.pos in ("ADP", "CCONJ", "SCONJ"):
        return True
    close = closing_quote(tokens, k, tokens[k].sent)
    return close is not None and not any(t.pos in ("NOUN", "PROPN") for t in tokens[k + 1:close])


def quoted_words(analysis: Analysis) -> list[tuple[int, int]]:
    """The offsets of the quotes of words (a document's wording: ``«до дня избрания первого главы округа»``)
    that are no name (:func:`quotes_words`)."""
    tokens = analysis.tokens
    out = []
    for k, token in enumerate(tokens):
        if token.text in OPENING_QUOTES and quotes_words(tokens, k):
            close = closing_quote(tokens, k, token.sent)
            if close is not None:
                out.append((token.start, tokens[close].end))
    return out


def closing_quote(tokens, k: int, sent: int) -> int | None:
    opener = tokens[k].text
    closer = QUOTE_PAIRS[opener]
    depth = 0
    for j in range(k + 1, min(len(tokens), k + 20)):
        if tokens[j].sent != sent:
            return None
        if tokens[j].text == opener and opener != '"':
            depth += 1
        elif tokens[j].text == closer or (closer == "”" and tokens[j].text == '"'):
            if depth == 0:
                return j
            depth -= 1
    return None


def closing_paren(tokens, k: int, sent: int) -> int | None:
    for j in range(k + 1, min(len(tokens), k + 10)):
        if tokens[j].sent != sent:
            return None
        if tokens[j].text == ")":
            return j
    return None
