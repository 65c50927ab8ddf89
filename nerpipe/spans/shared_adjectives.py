"""Bodies named by capitalized adjectives that share one plural noun (``Вельского и Устьинского филиалов``):
each adjective before the last one names a body of its own, though no noun follows it."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon, shared_head_adjectives
from ..records import LOC, ORG, Span


def find_shared_adjectives(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with an ORG span for each capitalized adjective that shares the plural noun of a kind of body
    of an ORG span opening with a capitalized adjective (:func:`~nerpipe.orgs.shared_head_adjectives`:
    ``Вельского и Устьинского филиалов УГТУ``: ``Вельского``); a LOC or ORG span of the adjective alone is
    replaced."""
    found: list[Span] = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type != ORG or not inner or not inner[0].text[:1].isupper():
            continue
        found += [Span(token.start, token.end, ORG) for token in shared_head_adjectives(analysis, inner, lexicon)]
    if not found:
        return spans
    taken = {(s.start, s.end) for s in found}
    return [s for s in spans if not (s.type in (LOC, ORG) and (s.start, s.end) in taken)] + found
