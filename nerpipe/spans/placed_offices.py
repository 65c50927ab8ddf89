"""A federal agency's regional office named by its abbreviation and the adjective of its region before it
(``заречное УФАС``, ``Заречного ГУ МВД``): the adjective says which office it is, so it is part of the name,
though a dictionary's body takes no adjective (``российского МИДа``); and one named by the quoted name of its
town after the agency (``МО МВД России «Заречное»``)."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon, is_office_abbreviation
from ..places import Gazetteer
from ..records import ORG, Span
from ..text import QUOTE_PAIRS

_COUNTRY_WORDS = frozenset({"России", "РФ"})  # the agency's country after its abbreviation


def grow_placed_offices(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
                        ) -> list[Span]:
    """The spans with each office abbreviation's span (:func:`~nerpipe.orgs.is_office_abbreviation`) grown to the
    adjective of a Russian region or federal city before it, in the same sentence; an ORG span of that adjective
    alone (natasha's ``Заречное``) goes."""
    tokens = analysis.tokens
    grown: dict[Span, Span] = {}
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type != ORG or not inner or inner[0].index == 0 \
                or not is_office_abbreviation([token.text for token in inner], lexicon):
            continue
        quoted = _quoted_after(analysis, inner[-1].index)
        if quoted is not None:
            grown[span] = Span(span.start, quoted, ORG)
            continue
        before = tokens[inner[0].index - 1]
        if before.sent == inner[0].sent and before.text.isalpha() \
                and gazetteer.region_of_adjective(before.text) is not None:
            grown[span] = Span(before.start, span.end, ORG)
    if not grown:
        return spans
    adjectives = {(new.start, old.start) for old, new in grown.items()}
    return [grown.get(span, span) for span in spans
            if span in grown or not (span.type == ORG and any(span.start == start and span.end <= end
                                                               for start, end in adjectives))]


def _quoted_after(analysis: Analysis, last: int) -> int | None:
    """The end of a quoted name with a capital right after an office's abbreviation or the agency's country
    after it (``МО МВД`` + ``России «Заречное»``), in the same sentence; ``None`` when none follows."""
    tokens = analysis.tokens
    index = last + 1
    if index < len(tokens) and tokens[index].text in _COUNTRY_WORDS:
        index += 1
    if index + 2 >= len(tokens) or tokens[index].text not in QUOTE_PAIRS or not tokens[index + 1].text[:1].isupper():
        return None
    closing = QUOTE_PAIRS[tokens[index].text]
    for token in tokens[index + 1:index + 5]:
        if token.sent != tokens[last].sent:
            return None
        if token.text == closing:
            return token.end
    return None
