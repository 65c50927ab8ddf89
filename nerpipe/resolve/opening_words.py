"""Spans tagged places that name none, beyond :func:`~nerpipe.resolve.no_places.names_no_place`'s: a word opening a
sentence that is only a common noun of the dictionary the gazetteer does not know (``Магнитуда землетрясения …``,
``Беспорядки начались …``: capitalised by its place only), and an adverb opening a sentence before a preposition or a
number that also names a town (``Ровно через неделю …``, ``Ровно в полдень …``)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..places import Gazetteer
from ..records import Span
from .no_places import names_no_place as _names_no_place

# the tags of a reading that may name a place or a person (a proper noun, an abbreviation, a word that does not
# decline)
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr", "Fixd", "Init"})
# the parts of speech (OpenCorpora) of the word after an adverb that make it one (``Ровно через``, ``Ровно 5``)
_AFTER_ADVERB = frozenset({"PREP", "NUMR"})


def names_no_place(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> bool:
    """Whether a span tagged a place names none: :func:`~nerpipe.resolve.no_places.names_no_place`, a common noun
    opening a sentence (:func:`common_noun_opening`), an adverb opening one (:func:`adverb_opening`)."""
    return _names_no_place(analysis, span, morph, gazetteer) or common_noun_opening(analysis, span, morph, gazetteer) \
        or adverb_opening(analysis, span, morph)


def _opening_word(analysis: Analysis, span: Span):
    """The one token of a span that opens its sentence or line, else None."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 1 or not analysis.starts_sentence(tokens[0].index):
        return None
    return tokens[0]


def common_noun_opening(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> bool:
    """Whether a span is one word opening a sentence that the dictionary knows only as a common noun and the
    gazetteer not at all, and that the text nowhere writes capitalised inside a sentence (``Магнитуда землетрясения
    составила 6,6``; ``Беспорядки продолжались всю ночь``): the word is capitalised by its place, no name."""
    token = _opening_word(analysis, span)
    if token is None or not token.text.isalpha() or token.text.isupper() or not morph.is_known(token.text):
        return False
    parses = morph.parses(fold(token.text))
    if not parses or any(parse.tag.POS != "NOUN" or _PROPER & parse.tag.grammemes for parse in parses):
        return False
    if gazetteer.lookup(token.text) is not None or gazetteer.place_of_adjective(token.text) is not None:
        return False
    lemma = morph.lemma(token.text)
    return not any(other.text[:1].isupper() and not analysis.starts_sentence(other.index)
                   and morph.lemma(other.text) == lemma for other in analysis.tokens if other.index != token.index)


def adverb_opening(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a span is one word opening a sentence that reads as an adverb and stands before a preposition or a
    number (``Ровно через неделю``, ``Ровно 10 лет назад``): the adverb, not the town it may also name."""
    token = _opening_word(analysis, span)
    if token is None or token.index + 1 >= len(analysis.tokens):
        return False
    after = analysis.tokens[token.index + 1]
    if after.sent != token.sent or not any(parse.tag.POS == "ADVB" for parse in morph.parses(fold(token.text))):
        return False
    return after.text.isdigit() or any(parse.tag.POS in _AFTER_ADVERB for parse in morph.parses(fold(after.text))
                                       if parse.score >= 0.5)
