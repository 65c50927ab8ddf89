"""An ORG span of adjectives alone joined to the organization's name right after it: natasha sometimes
tags the status adjectives of a long name apart from the rest (``Государственного академического`` +
``Малого театра драмы``), which leaves a fragment that names no body and a name without its opening."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis, Token
from ..records import ORG, Span
from .dependents import agrees_in_case


def join_adjective_fragments(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with every ORG span made of adjectives alone joined to the ORG span that follows it
    at the next word, when its adjectives agree in case with that span's first word."""
    by_start = {span.start: span for span in spans if span.type == ORG}
    joined: dict[Span, Span] = {}
    for span in spans:
        if span.type != ORG or span in joined:
            continue
        follower = _follower(analysis, span, by_start)
        if follower is not None and _adjectives_of(analysis, span, follower, morph):
            whole = Span(span.start, follower.end, ORG)
            joined[span] = whole
            joined[follower] = whole
    out: list[Span] = []
    for span in spans:
        whole = joined.get(span, span)
        if whole not in out:
            out.append(whole)
    return out


def _follower(analysis: Analysis, span: Span, by_start: dict[int, Span]) -> Span | None:
    """The ORG span that opens at the word right after the span, in the same sentence and line."""
    inner = analysis.tokens_in(span.start, span.end)
    if not inner or inner[-1].index + 1 >= len(analysis.tokens):
        return None
    after = analysis.tokens[inner[-1].index + 1]
    if after.sent != inner[-1].sent or analysis.line_break_between(inner[-1].index, after.index):
        return None
    return by_start.get(after.start)


def _adjectives_of(analysis: Analysis, span: Span, follower: Span, morph: Morph) -> bool:
    """Whether every word of the span is an adjective in the case of the follower's first word."""
    inner = analysis.tokens_in(span.start, span.end)
    first = analysis.tokens_in(follower.start, follower.end)
    if not first:
        return False
    case = first[0].feat.get("Case")
    return case is not None and all(_adjective(token, case, morph) for token in inner)


def _adjective(token: Token, case: str, morph: Morph) -> bool:
    return token.pos == "ADJ" and token.text.replace("-", "").isalpha() and agrees_in_case(token, case, morph)
