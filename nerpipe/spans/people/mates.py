"""PER spans for a surname alone natasha left untagged that a list joins to a person's surname alone (``Бертиньо и
Туре зарабатывают``, ``Кощеев и Вамбия отдыхали``): the parser's conjunct of a PER span, next to it."""

from __future__ import annotations

from ...morph import Morph, fold
from ...names import is_russian_surname
from ...ner import Analysis
from ...records import PER, Span
from .recast import find_list_neighbours
from .words import foreign_word, known_only_as


def find_listed_mates(analysis: Analysis, spans: list[Span], morph: Morph, is_place) -> list[Span]:
    """``spans`` with a PER span for each capitalised word of no span that a list joins to a PER span of one word,
    right before or after it with ``и`` or a comma between, the parser reading either as the other's conjunct: a
    surname by :func:`_surname_alone` (``Туре``, ``Кощеев``); not a place's name (``Монако``)."""
    owned = analysis.indices_in(spans)
    tokens = analysis.tokens
    found = []
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type != PER or len(inner) != 1:
            continue
        person = inner[0]
        for mate_index in reversed(find_list_neighbours(tokens, person.index)):  # the one after, then before
            if mate_index is None or mate_index in owned:
                continue
            mate = tokens[mate_index]
            if mate.sent != person.sent \
                    or not (mate.rel == "conj" and mate.head == person.index
                            or person.rel == "conj" and person.head == mate.index):
                continue
            if _surname_alone(mate, analysis.starts_sentence(mate.index), morph) and not is_place(mate.text):
                found.append(Span(mate.start, mate.end, PER))
                owned.add(mate.index)
    return spans + found


def _surname_alone(token, opens: bool, morph: Morph) -> bool:
    """A capitalised word, not in capitals, of three letters or more: one pymorphy does not know or knows only as a
    surname or first name, one ending as the Russian families do (``Кощеев``), or one inside a sentence (``Туре``),
    that the tagger reads as an animate proper noun."""
    word = token.text
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    if foreign_word(word, morph) or known_only_as(fold(word), morph, ("Surn", "Name")):
        return True
    return token.pos == "PROPN" and token.feat.get("Animacy") == "Anim" and (not opens or is_russian_surname(word))
