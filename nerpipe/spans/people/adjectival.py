"""A capitalised adjective natasha tags as a name that modifies the common noun after it (``Заречный райсуд``,
a town's adjective before its court), or a participle pymorphy reads as such (``Заслуженная артистка``): no person."""

from __future__ import annotations

from ...morph import Morph, fold
from ...ner import Analysis
from ...records import Span


def modifies_next_noun(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a span of one word that pymorphy reads as an adjective or a participle, and the tagger too (as an
    adjective or a verb) or the parser as a modifier, stands right before a word in lower case that pymorphy reads
    as a common noun (whatever the tagger reads it as) it agrees with in gender, number and case (``Заречный`` +
    ``райсуд``); not a surname before its verb (``Соколовский заявил``)."""
    tokens = analysis.words_in(span.start, span.end)
    if len(tokens) != 1 or not (tokens[0].rel == "amod" or tokens[0].pos in ("ADJ", "VERB")) \
            or tokens[0].index + 1 >= len(analysis.tokens):
        return False
    word, noun = tokens[0], analysis.tokens[tokens[0].index + 1]
    if not noun.text.isalpha() or not noun.text.islower() or noun.sent != word.sent:
        return False
    adjective = {(p.tag.gender, p.tag.number, p.tag.case) for p in morph.parses(fold(word.text))
                 if p.tag.POS in ("ADJF", "PRTF")}
    nouns = {(p.tag.gender, p.tag.number, p.tag.case) for p in morph.parses(fold(noun.text)) if p.tag.POS == "NOUN"}
    return bool(adjective & nouns)
