"""A quoted name after the two words that say what it is, and their abbreviation in brackets between them:
``особой экономической зоной (ОЭЗ) «Березка»``, ``индустриального парка «Заречный»`` — the whole is the
organization's name, not the quoted words alone (``spans.descriptors`` grows a name to a kind of one word)."""

from __future__ import annotations

import re

from ..ner import Analysis
from ..orgs import OrgLexicon, is_abbreviation
from ..records import LOC, ORG, Span
from ..text import OPENING_QUOTES
from .edges import close_quotes
from .units import headed_by_unit


def grow_to_phrase_kinds(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with each quoted ORG name after a kind of organization of two words (an adjective and its
    noun, ``resources/org_types.csv``), with the adjectives before them and their abbreviation in brackets
    after them, grown to hold them (see the module)."""
    return [_grown(analysis, span, lexicon) if span.type == ORG else span for span in spans]


def _grown(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> Span:
    tokens = analysis.tokens
    inner = analysis.tokens_in(span.start, span.end)
    if not inner:
        return span
    index = inner[0].index - 1
    if inner[0].text not in OPENING_QUOTES:
        if index < 0 or tokens[index].text not in OPENING_QUOTES:
            return span
        index -= 1
    if index >= 3 and tokens[index].text == ")" and is_abbreviation(tokens[index - 1].text) \
            and tokens[index - 2].text == "(":
        index -= 3  # ``(ОЭЗ)``
    if index < 1 or tokens[index].sent != inner[0].sent or tokens[index].pos != "NOUN" \
            or lexicon.phrase_kind(tokens[index - 1].text, tokens[index].text, True) != "descriptor":
        return span
    first = index - 1
    case = tokens[index].feat.get("Case")
    while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].feat.get("Case") == case \
            and tokens[first - 1].sent == inner[0].sent:
        first -= 1
    return close_quotes(analysis.text, Span(tokens[first].start, span.end, ORG))


def grow_over_bracketed_abbreviations(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with each ORG name followed by its abbreviation in brackets and a place in the genitive grown
    to the place (``Фонд развития промышленности (ФРП) Тверской области``): the place is the body's, the
    abbreviation the whole's; and a unit's name followed by its abbreviation and the body it is a unit of grown
    to that body (``Главного управления (ГУ) МВД России``, ``Совета Безопасности (СБ) ООН``), a span inside the
    grown one dropped; a name whose noun is no unit's (``академии``, ``агентства``) before a body named in full is
    a body of its own, and the body after it another (``Академии наук (АН) Федерального агентства …``)."""
    places = {span.start: span for span in spans if span.type == LOC}
    bodies = {span.start: span for span in spans if span.type == ORG}
    out, grown = [], []
    for span in spans:
        after = _BRACKET.match(analysis.text, span.end) if span.type == ORG else None
        abbreviated = after is not None and is_abbreviation(after[1])
        place = places.get(after.end()) if abbreviated else None
        first = analysis.tokens_in(place.start, place.end)[:1] if place is not None else []
        if first and first[0].feat.get("Case") == "Gen" and first[0].text[:1].isupper():
            span = Span(span.start, place.end, ORG)
        elif abbreviated and (body := _agency_after(analysis, span, after, bodies)) is not None \
                and (headed_by_unit(analysis.tokens_in(span.start, span.end), lexicon, _is_noun)
                     or is_abbreviation(analysis.text[body.start:body.end].split()[0])):
            span = Span(span.start, body.end, ORG)
            grown.append(span)
        out.append(span)
    return [span for span in out if not any(span != whole and span.type == ORG and whole.start <= span.start
                                            and span.end <= whole.end for whole in grown)]


def _agency_after(analysis: Analysis, unit: Span, after: re.Match, bodies: dict[int, Span]) -> Span | None:
    """The body after a unit's name and its abbreviation in brackets whose unit it is (``Главного управления (ГУ)
    МВД России по Тверской области``: the brackets give the unit's initials, which a unit's abbreviation joins to
    the agency's, ``ГУ МВД``), or ``None``."""
    body = bodies.get(after.end())
    words = analysis.text[unit.start:unit.end].split()
    if body is None or len(words) < 2 or not analysis.text[body.start:body.start + 1].isupper():
        return None
    initials = "".join(word[:1] for word in words[-len(after[1]):]).upper()
    return body if initials == after[1].upper() else None


_BRACKET = re.compile(r" \((\w+)\) ")


def _is_noun(token) -> bool:
    return token.pos == "NOUN"
