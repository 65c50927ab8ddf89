"""A name of China or Korea written given name first, as sports news writes some (``китаянки Ну Лян``, ``кореец
Кью Джун Чхве``): the capitalised syllable natasha left out before the span grown in."""

from __future__ import annotations

from ...morph import Morph
from ...names import east_asian_surname, is_east_asian_nominative, is_given_syllable
from ...ner import Analysis
from ...records import PER, Span
from .grow import free_word_before


def extend_given_first(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """A PER span of one or two words that ends with a family name of China or Korea (``Лян``, ``Джун Чхве``) grown to
    the word right before it on its line natasha left out: capitalised inside a sentence, one syllable such names are
    made of (``Ну``, ``Кью``), no family name itself (the name is then written family name first), in no other
    span."""
    owned = analysis.indices_in(spans)
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        before = free_word_before(analysis, span, owned) if span.type == PER and 1 <= len(tokens) <= 2 else None
        if before is not None and is_given_syllable(before.text) \
                and east_asian_surname(before.text) is None and is_east_asian_nominative(tokens[-1].text) \
                and all(is_given_syllable(t.text) for t in tokens[:-1]):
            span = Span(before.start, span.end, PER)
        out.append(span)
    return out

