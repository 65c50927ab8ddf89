"""What a text defines in brackets after an organization: an abbreviation, a Latin or a quoted name made a
mention of its own (``… палаты (ТПП)``), and an abbreviation the brackets spell out as a term of no organization
(``ПЭТ (позитронно-эмиссионная томография)``) left out."""

from __future__ import annotations

import re

from ..ner import Analysis
from ..orgs import OrgLexicon, bracketed_parts, is_abbreviation, is_latin_name
from ..records import ORG, Span
from ..text import QUOTE_PAIRS


def find_defined_abbreviations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """ORG spans for what the text defines in brackets after an organization: an abbreviation
    (``… палаты (ТПП)``), wherever it recurs, a name in Latin letters
    (``Международная амнистия (Amnesty International)``) and a quoted name (``(«Вектор»)``)."""
    text = analysis.text
    defined = set()
    found = []
    existing = {(s.start, s.end) for s in spans}
    for span in spans:
        if span.type != ORG:
            continue
        for start, end in bracketed_parts(text, span.end):
            _define(text, start, end, defined, found, existing)
    if defined:
        for token in analysis.tokens:
            if (token.text in defined and (token.start, token.end) not in existing
                    and not any(s.start <= token.start and token.end <= s.end and s.type == ORG for s in spans)):
                found.append(Span(token.start, token.end, ORG))
    return found


def _define(text: str, start: int, end: int, defined: set[str], found: list[Span], existing: set) -> None:
    """One name in brackets after an organization (see :func:`find_defined_abbreviations`)."""
    if end - start > 2 and text[start] in QUOTE_PAIRS and text[end - 1] == QUOTE_PAIRS[text[start]]:
        start, end = start + 1, end - 1  # a quoted name (``(«Культура»)``)
        if text[start:start + 1].isupper() and (start, end) not in existing:
            found.append(Span(start, end, ORG))
        return
    candidate = text[start:end]
    if is_abbreviation(candidate):
        defined.add(candidate)
        if " " in candidate and (start, end) not in existing:
            found.append(Span(start, end, ORG))  # ``(ФТС РФ)``: no one token to find it by
    elif is_latin_name(candidate) and (start, end) not in existing:
        found.append(Span(start, end, ORG))


_EXPANDED = re.compile(r"\s*\(([а-яё][^()\n]{3,80})\)")


def drop_expanded_terms(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans of an abbreviation the text spells out in brackets in lower case with no word of a kind
    of organization (``ПЭТ (позитронно-эмиссионная томография)``: a term, no organization), and of the
    same abbreviation elsewhere in the document."""
    text = analysis.text
    terms = set()
    for span in spans:
        surface = text[span.start:span.end]
        if span.type != ORG or not is_abbreviation(surface):
            continue
        expansion = _EXPANDED.match(text, span.end)
        words = re.findall(r"[\w-]+", expansion.group(1)) if expansion is not None else []
        if words and _spells_out(surface, words) and not any(lexicon.kind_of(word) for word in words):
            terms.add(surface)
    if not terms:
        return spans
    return [s for s in spans if s.type != ORG or text[s.start:s.end] not in terms]


def _spells_out(abbreviation: str, words: list[str]) -> bool:
    """Whether the words' initials, of their parts joined by hyphens too, are the abbreviation's letters
    (``ПЭТ``: ``позитронно-эмиссионная томография``; not ``в 2003 году``), with or without short words."""
    parts = [part for word in words for part in word.split("-") if part]
    letters = abbreviation.upper()
    return letters in ("".join(p[0] for p in parts).upper(), "".join(p[0] for p in parts if len(p) > 2).upper())
