"""Bodies named by capitalized adjectives that share one plural noun (``Вельского и Устьинского филиалов``):
each adjective before the last one names a body of its own, though no noun follows it."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon, shared_head_adjectives
from ..records import LOC, ORG, PER, Span


def find_shared_adjectives(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with an ORG span for each capitalized adjective that shares the plural noun of a kind of body
    of an ORG span opening with a capitalized adjective (:func:`~nerpipe.orgs.shared_head_adjectives`:
    ``Вельского и Устьинского филиалов УГТУ``: ``Вельского``); a LOC or ORG span of the adjective alone is
    replaced; none inside a person's name."""
    found: list[Span] = []
    persons = [span for span in spans if span.type == PER]
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type != ORG or not inner or not inner[0].text[:1].isupper():
            continue
        for token in shared_head_adjectives(analysis, inner, lexicon):
            if any(person.start <= token.start < person.end for person in persons):
                break  # ``Андрея Белого и Северного филиалов``: a person's surname, no body
            found.append(Span(token.start, token.end, ORG))
    if not found:
        return spans
    taken = {(s.start, s.end) for s in found}
    return [s for s in spans if not (s.type in (LOC, ORG) and (s.start, s.end) in taken)] + found
