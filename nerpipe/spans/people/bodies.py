"""A noun of a kind of organization natasha takes in at the start of a person's span (``Лицея`` of ``Лицея
Кравцова``, ``Завод`` of ``Завод Кравцова``): the body named after the person, or the person's; no first name."""

from __future__ import annotations

from functools import cache

from ...morph import fold
from ...ner import Analysis
from ...orgs import OrgLexicon
from ...records import PER, Span
from ...resources import read_word_groups
from .words import is_first_name


def cut_body_nouns(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """PER spans without a first word that is a noun of a kind of organization (``resources/org_types.csv``)
    or of an institution named after a person (``resources/names.txt``) pymorphy knows as an inanimate noun and
    as no name, before a capitalised word: the rest is the person."""
    return [_without_body_noun(analysis, span, lexicon) if span.type == PER else span for span in spans]


def _without_body_noun(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> Span:
    words = analysis.words_in(span.start, span.end)
    if len(words) < 2 or not words[1].text[:1].isupper() or not _body_noun(words[0].text, lexicon):
        return span
    return Span(words[1].start, span.end, span.type)


def _body_noun(word: str, lexicon: OrgLexicon) -> bool:
    morph = lexicon.morph
    lowered = fold(word)
    parses = morph.parses(lowered)
    return morph.is_known(lowered) and not is_first_name(word, morph) \
        and (lexicon.kind_of(word) is not None or morph.lemma(lowered) in _named_bodies()) \
        and bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "inan" \
        and not any(gram in p.tag for p in parses for gram in ("Name", "Surn", "Patr"))


@cache
def _named_bodies() -> frozenset[str]:
    return frozenset(read_word_groups("names.txt")["named_body"])
