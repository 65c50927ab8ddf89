"""A person's full name natasha tags a place or an organization at one mention while the document
tags it a person at another, made a PER span: an unknown first name before a surname shaped like an
adjective (``играет в супертурнире Гата Волжский`` beside ``Гата Волжский (Канада)``), or a capitalised noun
opening the sentence run into the name (``Поддержку Кирсану Орлову выразили`` beside ``Кирсана
Орлова``: the noun left out)."""

from __future__ import annotations

from ...morph import Morph
from ...ner import Analysis
from ...places import Gazetteer
from ...records import LOC, ORG, PER, Span
from .words import read_nameless_tags


def recast_named_people(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> list[Span]:
    """LOC and ORG spans whose last two or three words are, word for word, forms of a PER span of as
    many words elsewhere in the document (their lemma sets meet), that the gazetteer does not know:
    PER spans over those words. Words before them are left out only when they open the sentence and
    are one capitalised common noun (``Поддержку``); otherwise the whole span must be the name."""
    names: dict[int, set[tuple[frozenset[str], ...]]] = {}  # the names of two or three words, by their length
    for span in spans:
        forms = _words_forms(analysis.tokens_in(span.start, span.end), morph) if span.type == PER else None
        if forms is not None and 2 <= len(forms) <= 3:
            names.setdefault(len(forms), set()).add(forms)
    if not names:
        return spans
    people = {(s.start, s.end) for s in spans if s.type == PER}
    out = []
    for span in spans:
        if span.type in (LOC, ORG):
            named = _named_tail(analysis, span, names, morph, gazetteer)
            if named is not None and (named.start, named.end) not in people:
                out.append(named)
                continue
        out.append(span)
    return out


def _words_forms(tokens, morph: Morph) -> tuple[frozenset[str], ...] | None:
    """The lemma sets of capitalised words (:meth:`Morph.forms`); ``None`` of none or of another word among them."""
    if not tokens or not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens):
        return None
    return tuple(morph.forms(t.text) for t in tokens)


def _named_tail(analysis: Analysis, span: Span, names, morph: Morph, gazetteer: Gazetteer) -> Span | None:
    tokens = analysis.tokens_in(span.start, span.end)
    if not 2 <= len(tokens) <= 4 or gazetteer.lookup(analysis.text[span.start:span.end]) is not None:
        return None
    for size in (3, 2):
        lead, tail = tokens[:-size], tokens[-size:]
        if len(tail) != size or len(lead) > 1:
            continue
        forms = _words_forms(tail, morph)
        if forms is None or not any(all(a & b for a, b in zip(name, forms)) for name in names.get(size, ())):
            continue
        if lead and not (analysis.starts_sentence(lead[0].index) and _common_noun(lead[0].text, morph)):
            return None
        return Span(tail[0].start, tail[-1].end, PER)
    return None


def _common_noun(word: str, morph: Morph) -> bool:
    """A capitalised common noun and nothing that may be a name or a place (``Поддержку``)."""
    if not morph.is_known(word):
        return False
    tags = read_nameless_tags(word.lower(), morph)
    return bool(tags) and any("NOUN" in t for t in tags)
