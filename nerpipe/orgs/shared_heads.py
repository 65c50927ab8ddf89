"""Adjectives that share one plural noun of a kind of body (``Вельского и Устьинского филиалов УГТУ``,
``в Тверском, Заречном и Лесном филиалах банка «Вектор»``): each names a body of its own, though no noun
follows it. Spans find a body for each adjective before the noun, resolve names it and reads the noun
as a singular: both ask :func:`shared_head_adjectives`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import UD_CASE, fold, plural_noun
from ..text import CLOSING_QUOTES, OPENING_QUOTES

if TYPE_CHECKING:
    from ..morph import Morph
    from ..ner import Analysis, Token
    from .lexicon import OrgLexicon

_LINKS = frozenset({"и", ","})
_MAX_SHARING = 4  # adjectives before the one the noun follows, at most


def shared_head_adjectives(analysis: Analysis, tokens: list[Token], lexicon: OrgLexicon) -> list[Token]:
    """The adjectives before a name that opens with an adjective and a plural noun of a kind of body, then
    its owner in the genitive (quoted names in any case), that share its noun: each behind ``и`` or a comma,
    in the sentence, an adjective in a case of the noun and written with a capital when the name's adjective
    is, nearest first (``Вельского`` for ``Вельского и Устьинского филиалов УГТУ``); none when the name is
    no such name."""
    morph = lexicon.morph
    if len(tokens) < 2 or not is_adjective(tokens[0], morph) or not plural_noun(tokens[1], morph) \
            or lexicon.kind_of(tokens[1].text) is None or not _of_owner(tokens[2:]):
        return []
    case = UD_CASE.get(tokens[1].feat.get("Case", ""))
    capital = tokens[0].text[:1].isupper()
    found: list[Token] = []
    index = tokens[0].index
    while index >= 2 and len(found) < _MAX_SHARING and analysis.tokens[index - 1].text in _LINKS:
        before = analysis.tokens[index - 2]
        if before.sent != tokens[0].sent or before.text[:1].isupper() != capital \
                or capital and analysis.starts_sentence(before.index) \
                or not is_adjective(before, morph, case or UD_CASE.get(tokens[0].feat.get("Case", ""))):
            break
        found.append(before)
        index -= 2
    return found


def is_adjective(token: Token, morph: Morph, case: str | None = None) -> bool:
    """A word that pymorphy reads as a singular adjective (in the OpenCorpora ``case`` when given), whatever the
    tagger read (``Вельского``, ``Мариинского``: proper nouns to it)."""
    if not token.text.replace("-", "").isalpha():
        return False
    return any(p.tag.POS == "ADJF" and "sing" in p.tag and (case is None or p.tag.case == case)
               for p in morph.parses(fold(token.text)))


def _of_owner(tokens: list[Token]) -> bool:
    """Whether the words after the shared noun are its owner: genitives, and quoted names in any case
    (``банка «Вектор»``)."""
    quoted = 0
    for token in tokens:
        if token.text in OPENING_QUOTES and not (quoted and token.text in CLOSING_QUOTES):
            quoted += 1
        elif token.text in CLOSING_QUOTES:
            quoted = max(quoted - 1, 0)
        elif not quoted and token.feat.get("Case") != "Gen" and token.text.isalpha():
            return False
    return True
