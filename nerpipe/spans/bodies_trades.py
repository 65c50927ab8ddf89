"""ORG spans of companies named by one word of a stem and their trade (``Лесхимпрома``, ``Кедрстроем``,
``Заречнефти``, ``Лесэнерго``: :func:`~nerpipe.orgs.trades.is_trade_compound`), which natasha leaves untagged or
takes for a place or a person."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..orgs.trades import is_trade_compound
from ..places import Gazetteer
from ..records import LOC, ORG, PER, Span


def find_trade_companies(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with an ORG span for each company's name of a stem and a trade: a one-word place or person
    span the gazetteer does not know, retyped, and a word no span holds; a word opening a sentence only when
    pymorphy knows it as no common noun (not ``Взаимосвязь``)."""
    covered = analysis.indices_in(spans)
    out = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type in (LOC, PER) and len(inner) == 1 and _names_company(analysis, inner[0], morph, gazetteer):
            span = Span(span.start, span.end, ORG)
        out.append(span)
    out.extend(Span(token.start, token.end, ORG) for token in analysis.tokens
               if token.index not in covered and _names_company(analysis, token, morph, gazetteer))
    return out


def _names_company(analysis: Analysis, token, morph: Morph, gazetteer: Gazetteer) -> bool:
    if not is_trade_compound(token.text, morph) or gazetteer.lookup(token.text) is not None:
        return False
    return not (analysis.starts_sentence(token.index) and morph.is_known(token.text)
                and not morph.has_gram(token.text, "Orgn"))
