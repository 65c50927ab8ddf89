"""A title said once for a list of bodies and holders, each later body in the genitive only: ``Директором театра
«Комедия» назначен Пётр Орлов, а театра «Сатира» – Иван Зорин``: each body (with the noun of its kind before its
name) after a comma, a semicolon, ``а`` or ``и``, in the case of the title's body, with a dash and a name after it,
has the same title for that name, its body put in place of the first."""

from __future__ import annotations

from ..ner import Analysis
from ..records import ORG, PositionFact, Span
from ..resolve import Resolved
from ..text import CLOSING_QUOTES, OPENING_QUOTES
from .attributes import TitleInfo
from .heading_gapped import gapped_bodies
from .tokens import People, case_of, last_token


def find_gapped_body_facts(analysis: Analysis, spans: list[Span], people: People, resolved: Resolved,
                           stated: list[tuple[PositionFact, TitleInfo]]) -> list[tuple[PositionFact, TitleInfo]]:
    """The rows of the bodies listed after the holder of a title that ends with a body and comes before its holder
    (``назначен Пётр Орлов, а театра «Сатира» – Иван Зорин``)."""
    tokens = analysis.tokens
    bodies = {inside[0].index: s for s in spans if s.type == ORG and s in resolved.entity_of
              if (inside := analysis.tokens_in(s.start, s.end))}
    by_end: dict[int, list[int]] = {}  # the first token of each body by the body's end offset
    for index, body in bodies.items():
        by_end.setdefault(body.end, []).append(index)
    named = {index: person for index, person in people.by_first.items() if resolved.entity_of.get(person) is not None}
    out = []
    for fact, info in stated:
        if fact.org_id is None or fact.person_start < fact.end or fact.region_code is not None:
            continue
        first = _phrase_ending_at(analysis, bodies, by_end, fact.end, fact.start)
        named_at = analysis.tokens_in(fact.person_start, fact.person_end)
        holder = people.by_first.get(named_at[0].index) if named_at else None
        if first is None or holder is None:
            continue
        opening = first > 0 and tokens[first - 1].text in OPENING_QUOTES
        written = analysis.text[tokens[first - opening].start:fact.end]
        if written not in fact.position:
            continue
        case = case_of(tokens[first])
        sent = tokens[last_token(analysis, holder)].sent
        for body, person, k, dash in gapped_bodies(analysis, sent, holder, list(bodies.values()), named, case,
                                                   kinds=True):
            other = analysis.text[tokens[k - (tokens[k - 1].text in OPENING_QUOTES)].start:tokens[dash - 1].end]
            position = fact.position.replace(written, other)
            org_id = resolved.entity_of[body]
            out.append((PositionFact(
                person_id=resolved.entity_of[person], position=position, role=fact.role, org_id=org_id,
                region_code=None, start=tokens[k].start, end=body.end, person_start=person.start,
                person_end=person.end, acting=fact.acting, former=fact.former, country=fact.country),
                TitleInfo(position, info.role, org_id, None, info.country, None, info.substance)))
    return out


def _phrase_ending_at(analysis: Analysis, bodies: dict[int, Span], by_end: dict[int, list[int]], end: int,
                      title_start: int) -> int | None:
    """The first token of the body a title ends with, the noun of its kind before its name included (``театра
    «Комедия»``); None when the title does not end with a body. ``by_end``: the first token of each body by its
    end offset."""
    tokens = analysis.tokens
    ends = {end}  # the body's end: the title's, or before closing quotes only ("«Зари»")
    for token in reversed(analysis.tokens_in(title_start, end)):
        if token.text not in CLOSING_QUOTES:
            break
        ends.add(token.start)
        if token.index > 0:
            ends.add(tokens[token.index - 1].end)
    for index in sorted(i for e in ends for i in by_end.get(e, ())):
        body = bodies[index]
        closing = all(t.text in CLOSING_QUOTES for t in analysis.tokens_in(body.end, end))  # "«Зари»"
        if body.end <= end and closing and body.start > title_start:
            before = index - 1
            kind = before >= 0 and tokens[before].start >= title_start and tokens[before].pos == "NOUN" \
                and tokens[before].text[:1].islower() and case_of(tokens[before]) == case_of(tokens[index])
            return before if kind and before > analysis.tokens_in(title_start, end)[0].index else index
    return None
