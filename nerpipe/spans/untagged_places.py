"""Places the tagger leaves untagged, LOC spans: the place a competition or its winner is named after, a country,
a continent or a part of the world the gazetteer knows, in the genitive right after a noun of a championship, a cup or
a champion (``чемпионат Европы``, ``чемпионом Азии``, ``Кубка Африки``, ``Лиги Европы``: :func:`find_contest_places`);
a country named by one word the dictionary reads first as a place's name (``• Эфиопия • Маврикий •`` in a list:
:func:`find_untagged_countries`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import LOC, Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES

if TYPE_CHECKING:
    from ..ner import Analysis
    from ..places import Gazetteer

# the lemmas of nouns of a competition or its winner a place's name follows
_CONTEST_NOUNS = frozenset({"чемпионат", "чемпион", "чемпионка", "первенство", "кубок", "турнир", "олимпиада",
                            "спартакиада", "вице-чемпион", "вице-чемпионка", "чемпионство", "розыгрыш", "лига"})
# the gazetteer's categories of a place a competition is named after
_CATEGORIES = frozenset({"country", "continent", "macro_region", "federal_subject"})


def find_contest_places(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """LOC spans for one capitalised word outside other spans, in the genitive right after a noun of a competition
    or its winner, that the gazetteer knows as a country, a continent, a part of the world or a federal subject
    (``чемпионата Европы``, ``чемпионом Азии``)."""
    covered = analysis.indices_in(spans)
    morph = gazetteer.morph
    found = []
    for token in analysis.tokens[1:]:
        if token.index in covered or not token.text[:1].isupper() or not token.text.isalpha() \
                or token.feat.get("Case") != "Gen":
            continue
        before = analysis.tokens[token.index - 1]
        if before.sent != token.sent or morph.lemma(before.text) not in _CONTEST_NOUNS:
            continue
        place = gazetteer.lookup(token.text)
        if place is not None and place.category in _CATEGORIES:
            found.append(Span(token.start, token.end, LOC))
    return found


def find_untagged_countries(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """LOC spans for one capitalised word outside other spans that the gazetteer knows as a country and the
    dictionary reads first as a place's name (``Эфиопия``, ``Маврикий`` in a list of countries; not ``Того`` opening
    a sentence, a pronoun first), not inside quotes (``«Россия»``, a channel's name; ``«Города России: …»``)."""
    covered = analysis.indices_in(spans)
    morph = gazetteer.morph
    found = []
    quoted = None  # by token, read once where a word needs it
    for token in analysis.tokens:
        if token.index in covered or not token.text[:1].isupper() or not token.text.isalpha() or token.text.isupper():
            continue
        parses = morph.parses(token.text.lower())
        if not parses or "Geox" not in parses[0].tag:
            continue
        quoted = read_quoted(analysis) if quoted is None else quoted
        if quoted[token.index]:
            continue
        place = gazetteer.lookup(token.text)
        if place is not None and place.category == "country":
            found.append(Span(token.start, token.end, LOC))
    return found


def read_quoted(analysis: Analysis) -> list[bool]:
    """By token, whether it stands inside quotes opened before it in its sentence (``«Города России: …»``, the title
    of a forum), in one pass over the text."""
    quoted = []
    depth = 0
    sentence = None
    for token in analysis.tokens:
        if token.sent != sentence:
            depth, sentence = 0, token.sent
        quoted.append(depth > 0)
        if token.text == '"':
            depth = 0 if depth else 1
        elif token.text in OPENING_QUOTES:
            depth += 1
        elif token.text in CLOSING_QUOTES:
            depth = max(0, depth - 1)
    return quoted
