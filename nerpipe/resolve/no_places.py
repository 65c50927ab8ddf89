"""Spans tagged places that name none, left out of the places: a country's adjective that says a language
(``на заречском языке``, ``на заречском, русском и английском языках``: the language, not the country); an
adjective of the dictionary the gazetteer knows as no place's, capitalised before the lowercase noun it agrees
with, which is no kind of place (``Почётная грамота``, ``Большая вода``: the noun's attribute); a word that
can be no name at all (``Наиболее``, ``Все`` opening a sentence: an adverb, a pronoun); a word opening a sentence
that is only a common noun of the dictionary the gazetteer does not know (``Магнитуда землетрясения …``,
``Беспорядки начались …``: capitalised by its place only); and an adverb opening a sentence before a preposition or a
number that also names a town (``Ровно через неделю …``, ``Ровно в полдень …``)."""

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
# the tags of a reading that may name a place or a person (a proper noun, an abbreviation, a word that does not
# decline)
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr", "Fixd", "Init"})
# the parts of speech (OpenCorpora) of the word after an adverb that make it one (``Ровно через``, ``Ровно 5``)
_AFTER_ADVERB = frozenset({"PREP", "NUMR"})


def names_no_place(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer,
                   inner: frozenset[str] | None = None) -> bool:
    """Whether a span tagged a place names none (see the module); ``inner``: the lemmas of the words the text
    writes capitalised inside a sentence (:func:`read_inner_capitals`), read here when not given."""
    return _names_no_word(analysis, span, morph, gazetteer) \
        or is_common_noun_opening(analysis, span, morph, gazetteer, inner) or is_adverb_opening(analysis, span, morph)


def read_inner_capitals(analysis: Analysis, morph: Morph) -> frozenset[str]:
    """The lemmas of the words a text writes capitalised inside a sentence (not opening one), read once for all its
    spans."""
    return frozenset(morph.lemma(token.text) for token in analysis.tokens
                     if token.text[:1].isupper() and not analysis.starts_sentence(token.index))


def _names_no_word(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> bool:
    """Whether a one-word span is a language's adjective, a word that can be no name, or an adjective of no place
    before the noun it qualifies."""
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


def _opening_word(analysis: Analysis, span: Span):
    """The one token of a span that opens its sentence or line, else None."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 1 or not analysis.starts_sentence(tokens[0].index):
        return None
    return tokens[0]


def is_common_noun_opening(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer,
                           inner: frozenset[str] | None = None) -> bool:
    """Whether a span is one word opening a sentence that the dictionary knows only as a common noun and the
    gazetteer not at all, and that the text nowhere writes capitalised inside a sentence (``inner``: ``Магнитуда
    землетрясения составила 6,6``; ``Беспорядки продолжались всю ночь``): the word is capitalised by its place, no
    name."""
    token = _opening_word(analysis, span)
    if token is None or not token.text.isalpha() or token.text.isupper() or not morph.is_known(token.text):
        return False
    parses = morph.parses(fold(token.text))
    if not parses or any(parse.tag.POS != "NOUN" or _PROPER & parse.tag.grammemes for parse in parses):
        return False
    if gazetteer.lookup(token.text) is not None or gazetteer.place_of_adjective(token.text) is not None:
        return False
    inner = read_inner_capitals(analysis, morph) if inner is None else inner
    return morph.lemma(token.text) not in inner


def is_adverb_opening(analysis: Analysis, span: Span, morph: Morph) -> bool:
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
