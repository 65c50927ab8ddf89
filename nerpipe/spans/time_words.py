"""Adjectives of time before a state body's noun, no part of its name (``[нового] правительства Заречья``)."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import LEADERSHIP_BODIES, OrgLexicon, is_time_adjective
from ..records import ORG, Span


def drop_time_adjectives(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans without the adjectives of time that open them before a state body's noun, in lower case or opening
    the sentence: ``[нового] правительства Заречья``, ``[Будущее] правительство страны``, ``[нынешнего] кабинета
    министров`` — the same body whenever the text speaks of it, no part of its name (``Временное правительство``,
    ``Новая газета`` keep theirs: no such word, no state body's noun)."""
    morph = lexicon.morph
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        first = 0
        while first + 1 < len(tokens) and tokens[first].pos == "ADJ" \
                and is_time_adjective(tokens[first].text, morph) \
                and (tokens[first].text.islower() or analysis.starts_sentence(tokens[first].index)):
            first += 1
        if first and _state_noun(tokens[first], lexicon):
            span = Span(tokens[first].start, span.end, ORG)
        out.append(span)
    return out


_STATE_KINDS = ("body", "ministry", "collective")


def _state_noun(token, lexicon: OrgLexicon) -> bool:
    """A noun of a body any state or region has (``правительство``, ``кабинет`` of ministers, ``парламент``); not the
    people at the head of one (``нынешнее руководство страны``: the adjective says which people)."""
    return token.pos in ("NOUN", "PROPN") and token.text.islower() \
        and not lexicon.morph.forms(token.text) & LEADERSHIP_BODIES \
        and (lexicon.kind_of(token.text) in _STATE_KINDS or lexicon.morph.lemma(token.text) == "кабинет")
