"""ORG spans of an organization's Latin name written again in Cyrillic letters: ``Фейсбук удалил…``
after ``компания Facebook`` — a capitalised Cyrillic word no span holds (or a lone surname no person
of the document has) whose lemma spells the one one-word Latin organization name of the document
(:mod:`nerpipe.resolve.spelling`)."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..orgs import is_latin_name
from ..records import ORG, PER, Span
from ..resolve.spelling import is_cyrillic_word, is_spelled_word, spells


def find_spelled_orgs(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with an ORG span for every capitalised Cyrillic word that spells, as written or by its
    lemma, exactly one one-word Latin organization name of the document (``компания Zentrix``): a word
    outside the spans, or a one-word PER span of no surname a fuller name of the document has."""
    text = analysis.text
    latin = {name for name in (_latin_name(text[s.start:s.end]) for s in spans if s.type == ORG) if name}
    if not latin:
        return spans
    people = [text[s.start:s.end].split() for s in spans if s.type == PER]
    surnames = {words[-1] for words in people if len(words) > 1}
    lone = {(s.start, s.end) for s in spans if s.type == PER and len(text[s.start:s.end].split()) == 1}
    covered = analysis.indices_in(s for s in spans if (s.start, s.end) not in lone)
    found = []
    for token in analysis.tokens:
        word = token.text
        if token.index in covered or not is_spelled_word(word) or not word[:1].isupper() or not is_cyrillic_word(word):
            continue
        forms = {word, morph.lemma(word).capitalize()}
        if (token.start, token.end) in lone and forms & surnames:
            continue
        if len({name for name in latin if any(spells(name, form) for form in forms)}) == 1:
            found.append(Span(token.start, token.end, ORG))
    extents = {(f.start, f.end) for f in found}
    return [s for s in spans if (s.start, s.end) not in extents] + found


def _latin_name(surface: str) -> str | None:
    """The one Latin word of an organization's span (``компания Zentrix`` → ``Zentrix``), if it has one."""
    words = [w.strip("«»\"“”„") for w in surface.split()]
    latin = [w for w in words if is_latin_name(w)]
    return latin[0] if len(latin) == 1 and is_spelled_word(latin[0]) else None

