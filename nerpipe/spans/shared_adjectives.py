"""Bodies named by capitalized adjectives that share one plural noun (``Вельского и Устьинского филиалов``):
each adjective before the last one names a body of its own, though no noun follows it."""

from __future__ import annotations

from ..morph import UD_CASE, fold, plural_noun
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..records import LOC, ORG, Span

_LINKS = frozenset({"и", ","})


def find_shared_adjectives(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with an ORG span for each capitalized adjective joined by ``и`` or a comma before an ORG span
    that opens with a capitalized adjective and a plural noun of a kind of body (``Вельского и Устьинского
    филиалов УГТУ``: ``Вельского``), the adjective in a case of that noun; a LOC or ORG span of the adjective
    alone is replaced."""
    tokens = analysis.tokens
    found: list[Span] = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type != ORG or len(inner) < 2 or not _capital_adjective(inner[0], lexicon) \
                or not plural_noun(inner[1], lexicon.morph) or lexicon.kind_of(inner[1].text) is None:
            continue
        case = UD_CASE.get(inner[1].feat.get("Case", ""))
        index = inner[0].index
        while index >= 2 and tokens[index - 1].text in _LINKS and tokens[index - 2].sent == inner[0].sent \
                and _capital_adjective(tokens[index - 2], lexicon, case) \
                and not analysis.starts_sentence(index - 2):
            found.append(Span(tokens[index - 2].start, tokens[index - 2].end, ORG))
            index -= 2
    if not found:
        return spans
    taken = {(s.start, s.end) for s in found}
    return [s for s in spans if not (s.type in (LOC, ORG) and (s.start, s.end) in taken)] + found


def _capital_adjective(token, lexicon: OrgLexicon, case: str | None = None) -> bool:
    """A word with a capital that pymorphy reads as a singular adjective (in ``case`` when given), whatever
    the tagger read (``Вельского``: a proper noun to it)."""
    if not token.text[:1].isupper() or not token.text.isalpha():
        return False
    return any(p.tag.POS == "ADJF" and "sing" in p.tag and (case is None or p.tag.case == case)
               for p in lexicon.morph.parses(fold(token.text)))
