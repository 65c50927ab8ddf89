"""A foreign first name written alone in a case form natasha leaves untagged, where the document names the person in
full elsewhere (``слово дали Лореле`` beside ``Лорела Кинг``, ``о Жоане`` beside ``Жоана Силва``)."""

from __future__ import annotations

from ...morph import Morph, fold
from ...ner import Analysis
from ...records import PER, Span
from ...resolve.forms import could_be_form

_MIN_LETTERS = 4  # a shorter first name is a letter or two from too many words


def find_known_first_names(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans for each untagged capitalised word, not in capitals, that is a case form of the first name of one
    full name of the document (its first word, as written there), a name pymorphy does not know, and a word it does
    not know either (``Лореле``, ``Жоане``): natasha tags such a name in the nominative beside its surname, seldom
    alone in an oblique case."""
    firsts: dict[str, str] = {}
    for span in spans:
        if span.type != PER:
            continue
        words = analysis.words_in(span.start, span.end)
        first = words[0].text if len(words) >= 2 else ""
        if len(first) >= _MIN_LETTERS and first[:1].isupper() and first[1:].islower() and "-" not in first \
                and not morph.is_known(fold(first)):
            firsts.setdefault(fold(first), first)
    if not firsts:
        return []
    covered = analysis.indices_in(spans)
    found = []
    for token in analysis.tokens:
        text = token.text
        if token.index in covered or len(text) < _MIN_LETTERS or not text[:1].isupper() or not text[1:].islower() \
                or morph.is_known(fold(text)) or fold(text) in firsts:
            continue
        if sum(could_be_form(text, first) for first in firsts) == 1 \
                and not _next_capitalised(analysis, token.index):
            found.append(Span(token.start, token.end, PER))
    return found


def _next_capitalised(analysis: Analysis, index: int) -> bool:
    """Whether a capitalised word follows right after (a name of two words natasha missed is no first name alone)."""
    tokens = analysis.tokens
    return index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper() \
        and analysis.text[tokens[index].end:tokens[index + 1].start] == " "
