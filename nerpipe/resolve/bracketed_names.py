"""Names a text gives in brackets the other way round from the usual ``full name (ABBR)``: a short name before the
full one in brackets (:func:`find_bracketed_full_names`), and a Latin abbreviation after a unit of a body, the body's
own (:func:`find_unit_body`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..ner import Analysis
from ..orgs import OrgLexicon, canonical_name, is_abbreviation, is_latin_name
from ..records import Span

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

_OPENING_BRACKET = re.compile(r"\s*\(\s*[«\"“„]?")
_CLOSING_BRACKET = re.compile(r"[»\"”“]?\s*\)")


def find_bracketed_full_names(text: str, orgs: list[Span], resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                         defined: dict[str, ResolvedOrg]) -> dict[str, ResolvedOrg]:
    """The short names a text writes before the full name in brackets (``WRA (Всемирного агентства гребли)``,
    the other way round from ``Всемирное агентство гребли (WRA)``), each with its body, and so the full name's:
    the dictionary's body of either, else the full name with the abbreviation. Only an abbreviation or a Latin
    name, and a name of several words that fills the brackets."""
    out: dict[str, ResolvedOrg] = {}
    ordered = sorted(orgs, key=lambda span: span.start)
    for short, full in zip(ordered, ordered[1:]):
        surface, long = text[short.start:short.end], text[full.start:full.end]
        opening, closing = _OPENING_BRACKET.match(text, short.end), _CLOSING_BRACKET.match(text, full.end)
        if opening is None or opening.end() != full.start or closing is None or surface in defined \
                or not (is_abbreviation(surface) or is_latin_name(surface)) or short not in resolved \
                or full not in resolved or len(resolved[full].name.split()) < 2 or long in defined:
            continue
        named, body = resolved[short], resolved[full]
        if lexicon.lookup(surface) is not None:
            out[long] = named
        elif lexicon.lookup(body.name) is not None:
            out[surface] = body
        else:
            joined = replace(body, abbr=body.abbr or (surface if is_abbreviation(surface) else None))
            out[surface] = out[long] = joined
    return out


def find_unit_body(analysis: Analysis, span: Span, start: int, lexicon: OrgLexicon) -> str | None:
    """The nominative name of the body a unit's noun heads before a Latin abbreviation in brackets at ``start``
    (``Совет Международной федерации гребли (WRF)`` → ``Международная федерация гребли``): the abbreviation is that
    body's, for the unit has none of its own; ``None`` where the span does not open with a unit's noun and a
    capitalised genitive of a kind of body's name."""
    tokens = [t for t in analysis.tokens_in(span.start, span.end) if t.end <= start and t.text != "("]
    if len(tokens) < 3 or lexicon.kind_of(tokens[0].text) != "unit" or not tokens[1].text[:1].isupper() \
            or tokens[1].feat.get("Case") != "Gen" or not any(lexicon.kind_of(t.text) in ("descriptor", "body")
                                                              for t in tokens[1:3]):
        return None
    return canonical_name([t.word() for t in tokens[1:]], lexicon) or None
