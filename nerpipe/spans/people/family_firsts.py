"""PER spans for first names natasha left untagged in a list that ends with a first name and the family's
surname in the plural (``братья Зиявар и Магомед Кормиловы``): each is one more of that family
(:mod:`nerpipe.resolve.families` gives it the surname)."""

from __future__ import annotations

from ...morph import Morph, fold
from ...names import family_plural
from ...ner import Analysis
from ...records import PER, Span
from .words import is_first_name


def find_family_firsts(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """The words before ``и`` (and before each comma further back) that open such a list: capitalised,
    of no span, a first name pymorphy knows or a word it does not know at all."""
    owned = analysis.indices_in(spans)
    out: list[Span] = []
    for span in spans:
        words = analysis.words_in(span.start, span.end) if span.type == PER else []
        if len(words) != 2 or family_plural(morph, words[-1].text) is None:
            continue
        joiner = analysis.token_before(span.start)
        while joiner is not None and joiner.text in ("и", ",") and joiner.index > 0:
            word = analysis.tokens[joiner.index - 1]
            if word.index in owned or word.sent != words[0].sent or not _listed_first(word.text, morph):
                break
            out.append(Span(word.start, word.end, PER))
            joiner = analysis.tokens[word.index - 1] if word.index > 0 else None
            if joiner is not None and joiner.text != ",":
                break
    return out


def _listed_first(word: str, morph: Morph) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 2 \
        and (is_first_name(word, morph) or not morph.is_known(fold(word)))
