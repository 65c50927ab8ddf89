"""A role of a play named by a common noun, written with a capital as playbills do (``роль Горничной``,
``роли Лапищева, Эксперта, Профессора``): a character, no person's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..records import Span

if TYPE_CHECKING:
    from ..ner import Analysis

_NAME_GRAMS = ("Name", "Surn", "Patr", "Geox", "Orgn")
_ROLE = "роль"
_LIST_REACH = 16  # how many tokens back a list of roles may run to its ``роли``


def is_role_noun(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a span of one word pymorphy knows only as no name (a common noun or an adjective) is a role
    a form of ``роль`` names, right before it or before the list of capitalised words and commas it is in;
    not a surname pymorphy knows as one, nor a word it does not know (``роль Лапищева``)."""
    tokens = analysis.words_in(span.start, span.end)
    if len(tokens) != 1:
        return False
    lowered = fold(tokens[0].text)
    if not morph.is_known(lowered) or any(gram in p.tag for p in morph.parses(lowered) for gram in _NAME_GRAMS):
        return False
    index = tokens[0].index - 1
    while index >= 0 and tokens[0].index - index < _LIST_REACH and analysis.tokens[index].sent == tokens[0].sent:
        token = analysis.tokens[index]
        if morph.lemma(fold(token.text)) == _ROLE:
            return True
        if token.text not in (",", "и") and not token.text[:1].isupper():
            return False
        index -= 1
    return False
