"""Spans tagged places that name none, left out of the places: a country's adjective that says a language
(``на заречском языке``, ``на заречском, русском и английском языках``: the language, not the country); an
adjective of the dictionary the gazetteer knows as no place's, capitalised before the lowercase noun it agrees
with, which is no kind of place (``Почётная грамота``, ``Большая вода``: the noun's attribute); and a word that
can be no name at all (``Наиболее``, ``Все`` opening a sentence: an adverb, a pronoun)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..places import Gazetteer
from ..records import Span
from .unknown_places import PART_NOUNS

# the lemma of the noun a country's adjective names a language with
_LANGUAGE = "язык"
# what may stand between adjectives of languages listed before their shared noun
_LIST_WORDS = frozenset({",", "и", "или", "а", "также"})
# the parts of speech (OpenCorpora) of a word that can be no place's name
_NO_NAME = frozenset({"ADVB", "COMP", "PRCL", "CONJ", "PREP", "INTJ", "PRED", "NPRO"})


def names_no_place(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> bool:
    """Whether a span tagged a place names none (see the module)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 1:
        return False
    token = tokens[0]
    if token.pos == "ADJ" and _language_of(analysis, token.index, morph):
        return True
    if gazetteer.lookup(token.text) is not None:
        return False
    parses = morph.parses(fold(token.text))
    if parses and all(parse.tag.POS in _NO_NAME or "Apro" in parse.tag for parse in parses):
        return True  # ``Наиболее``, ``Все``
    return token.pos == "ADJ" and morph.is_known(token.text) and morph.has_gram(token.text, "ADJF") \
        and gazetteer.place_of_adjective(token.text) is None and _attribute_of_noun(analysis, token, morph, gazetteer)


def _language_of(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether the adjective at ``index`` and the adjectives listed after it end at a form of ``язык``."""
    sentence = analysis.tokens[index].sent
    for token in analysis.tokens[index + 1:index + 12]:
        if token.sent != sentence:
            return False
        if token.pos == "ADJ" or token.text.lower() in _LIST_WORDS:
            continue
        return token.pos == "NOUN" and morph.lemma(token.text) == _LANGUAGE
    return False


def _attribute_of_noun(analysis: Analysis, token, morph: Morph, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised adjective stands right before a lowercase noun of its case and number that is no
    kind of place (``Почётная грамота``), in its sentence."""
    if token.index + 1 >= len(analysis.tokens) or not token.text[:1].isupper():
        return False
    noun = analysis.tokens[token.index + 1]
    if noun.sent != token.sent or noun.pos != "NOUN" or not noun.text[:1].islower() \
            or gazetteer.place_type(noun.text) is not None or morph.lemma(noun.text) in PART_NOUNS:
        return False
    own, other = token.feat, noun.feat
    return all(own.get(key) is not None and own.get(key) == other.get(key) for key in ("Case", "Number"))
