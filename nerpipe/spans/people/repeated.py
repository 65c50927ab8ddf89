"""A word pymorphy does not know that natasha tags a name alone at one place of a document and leaves untagged where
it opens a sentence as the subject of a verb, as it does at the very start of a text (``Ндиайе забил победный гол.
… после игры Ндиайе поблагодарил …``): a PER span there too."""

from __future__ import annotations

from ...morph import Morph, fold
from ...ner import Analysis
from ...records import PER, Span
from .words import foreign_word


def find_repeated_foreign_names(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans for each untagged word opening a sentence before a finite verb in lower case that is, in the very
    same form, a word pymorphy does not know that a PER span of that one word holds elsewhere."""
    words = {fold(analysis.text[s.start:s.end]) for s in spans if s.type == PER
             and _foreign_alone(analysis.text[s.start:s.end], morph)}
    if not words:
        return []
    covered = analysis.indices_in(spans)
    tokens = analysis.tokens
    return [Span(t.start, t.end, PER) for t in tokens
            if t.index not in covered and fold(t.text) in words and analysis.starts_sentence(t.index)
            and _verb_follows(tokens, t.index)]


def _foreign_alone(text: str, morph: Morph) -> bool:
    """Whether a span's text is one capitalised word in lower case after its capital that pymorphy does not know."""
    return len(text) > 3 and " " not in text and text[1:].islower() and foreign_word(text, morph)


def _verb_follows(tokens, index: int) -> bool:
    """Whether a finite verb in lower case comes right after token ``index`` (``Ндиайе забил``)."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is not None and after.pos in ("VERB", "AUX") and after.text[:1].islower() \
        and after.feat.get("VerbForm") == "Fin"
