"""A full adjective opening a sentence that the tagger runs into the surname after it, made no part
of the name: ``Шестидесятилетняя Ларвик, экономист по образованию, …``, ``Сама Ларвик описывала …``
beside ``Донна Ларвик`` named elsewhere in the document."""

from __future__ import annotations

from ...morph import Morph, fold
from ...names import is_honorific
from ...ner import Analysis
from ...records import PER, Span
from .words import NAME_GRAMMEMES, read_nameless_tags

_NAME_GRAMMEMES = (*NAME_GRAMMEMES, "Abbr")


def cut_opening_adjectives(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans of two words whose first opens a sentence and is only a full adjective or an adjectival
    pronoun to pymorphy (no first name, surname, place, form of address), and whose second is the last
    word of another name of the document of two or more words: the span cut to the surname."""
    surnames = {fold(tokens[-1].text) for s in spans if s.type == PER
                and len(tokens := analysis.tokens_in(s.start, s.end)) >= 2}
    if not surnames:
        return spans
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and len(tokens) == 2 and fold(tokens[1].text) in surnames \
                and analysis.starts_sentence(tokens[0].index) and _adjective_only(tokens[0].text, morph):
            span = Span(tokens[1].start, span.end, PER)
        out.append(span)
    return out


def _adjective_only(word: str, morph: Morph) -> bool:
    if not word.isalpha() or is_honorific(morph, word):
        return False
    tags = read_nameless_tags(fold(word), morph, _NAME_GRAMMEMES)
    return bool(tags) and all(t.startswith("ADJF") for t in tags)
