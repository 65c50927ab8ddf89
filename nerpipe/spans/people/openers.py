"""A full adjective opening a sentence that the tagger runs into the surname after it, made no part
of the name: ``Шестидесятилетняя Ларвик, экономист по образованию, …``, ``Сама Ларвик описывала …``
beside ``Донна Ларвик`` named elsewhere in the document; so is a common noun that is a first name too before a
surname another first name holds there (``Роман Бертино стал бестселлером`` beside ``Итало Бертино``), unless the
text uses the two words as a person's name: an animate noun in apposition after them (``Роман Орлов, его брат,``
beside ``Пётр Орлов``: relatives share a surname), or the same two words inside a sentence elsewhere."""

from __future__ import annotations

from ...morph import Morph, fold
from ...names import is_honorific
from ...names.endings import is_nominative_only, read_mans_stem
from ...names.nominative import PARTICLES
from ...ner import Analysis
from ...records import PER, Span
from .words import NAME_GRAMMEMES, read_nameless_tags

_NAME_GRAMMEMES = (*NAME_GRAMMEMES, "Abbr")


def cut_opening_adjectives(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """PER spans of two words whose first opens a sentence and is only a full adjective or an adjectival
    pronoun to pymorphy (no first name, surname, place, form of address), and whose second is the last
    word of another name of the document of two or more words: the span cut to the surname."""
    surnames = {fold(tokens[-1].text) for s in spans if s.type == PER
                and len(tokens := analysis.tokens_in(s.start, s.end)) >= 2}
    if not surnames:
        return spans
    firsts = _first_names_of(analysis, spans)
    inner = _inner_names_of(analysis, spans)
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and len(tokens) == 2 and fold(tokens[1].text) in surnames \
                and analysis.starts_sentence(tokens[0].index) and (
                    _adjective_only(tokens[0].text, morph) or (_noun_before_namesake(tokens, firsts, morph)
                    and not _used_as_name(analysis, tokens, inner, morph))):
            span = Span(tokens[1].start, span.end, PER)
        out.append(span)
    return out


def _first_names_of(analysis: Analysis, spans: list[Span]) -> dict[str, set[str]]:
    """The first words of the document's names of two or more words, by their last word, folded."""
    firsts: dict[str, set[str]] = {}
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and len(tokens) >= 2:
            firsts.setdefault(fold(tokens[-1].text), set()).add(fold(tokens[0].text))
    return firsts


def _inner_names_of(analysis: Analysis, spans: list[Span]) -> set[tuple[str, ...]]:
    """The folded words of the document's names of two or more words that do not open a sentence."""
    out = set()
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and len(tokens) >= 2 and not analysis.starts_sentence(tokens[0].index):
            out.add(tuple(fold(t.text) for t in tokens))
    return out


def _used_as_name(analysis: Analysis, tokens, inner: set[tuple[str, ...]], morph: Morph) -> bool:
    """Whether the text uses two words as a person's name: they come again inside a sentence, or a comma or a
    dash after them brings in an animate noun in the nominative, after possessive pronouns and adjectives if any
    (``Роман Орлов, его младший брат,``, ``Вера Зорина — учитель``)."""
    if tuple(fold(t.text) for t in tokens) in inner:
        return True
    after = analysis.tokens[tokens[-1].index + 1:tokens[-1].index + 6]
    if not after or after[0].text not in (",", "—", "–", "-") or after[0].sent != tokens[-1].sent:
        return False
    for token in after[1:]:
        parses = morph.parses(fold(token.text)) if token.text.isalpha() else []
        if any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.case == "nomn" for p in parses):
            return True
        if not parses or not all(p.tag.POS in ("NPRO", "ADJF") for p in parses):
            return False
    return False


def _noun_before_namesake(tokens, firsts: dict[str, set[str]], morph: Morph) -> bool:
    """Whether the first of two words is a common noun first (``Роман``, ``Вера``: an inanimate noun before a
    name to pymorphy) and the surname after it belongs to a name of the document with another first word (not the
    first word's own initial: ``Вера Лунёва`` … ``В. Лунёва`` is one woman), and the surname does not agree with the
    first word read as a first name (``Вера Сомова`` beside ``Ирина Сомова`` are sisters)."""
    first, last = fold(tokens[0].text), fold(tokens[1].text)
    if _agrees_as_name(tokens[0].text, tokens[1].text, morph):
        return False
    others = {word for word in firsts.get(last, set()) - {first} if not (len(word) == 1 and first.startswith(word))}
    parses = morph.parses(first)
    return bool(others) and tokens[0].text.isalpha() and first not in PARTICLES and morph.is_known(first) \
        and parses[0].tag.POS == "NOUN" \
        and parses[0].tag.animacy == "inan" and parses[0].tag.case == "nomn" \
        and not any(g in parses[0].tag for g in _NAME_GRAMMEMES)


def _agrees_as_name(first: str, surname: str, morph: Morph) -> bool:
    """Whether a surname of the regular families is in the nominative of the gender of a first name the first word
    is too (``Вера Сомова``, ``Роман Орлов``: a person, not a thing before a surname showing no gender)."""
    genders = {p.tag.gender for p in morph.parses(fold(first)) if "Name" in p.tag and p.tag.case == "nomn"}
    if "femn" in genders and (read_mans_stem(surname) is not None or surname.endswith(("ская", "цкая"))):
        return True
    return "masc" in genders and is_nominative_only(surname) and not surname.endswith("ая")


def _adjective_only(word: str, morph: Morph) -> bool:
    if not word.isalpha() or is_honorific(morph, word):
        return False
    tags = read_nameless_tags(fold(word), morph, _NAME_GRAMMEMES)
    return bool(tags) and all(t.startswith("ADJF") for t in tags)
