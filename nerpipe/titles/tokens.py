"""What the title stages ask of a token and of the people around it.

Token predicates (case, number, is it a word, a participle), the entity span
covering each token, and the PER spans indexed by their first and last tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ner import Analysis, Token
from ..records import Span
from ..text import OPENING_QUOTES

# what may stand right before a capitalised word that opens a clause: «Кто», (Этот, — Это
_CLAUSE_OPENERS = OPENING_QUOTES | {"(", "—", "–", "-", ":"}


def case_of(token: Token) -> str | None:
    return token.feat.get("Case")


def same_case(a: Token, b: Token) -> bool:
    return case_of(a) is None or case_of(b) is None or case_of(a) == case_of(b)


def number_of(token: Token) -> str | None:
    return token.feat.get("Number")


def is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


def is_latin(token: Token) -> bool:
    return token.text[:1].isascii() and token.text[:1].isalpha()


def is_participle(token: Token) -> bool:
    """A full participle (``управляющий``); a short one (``назначена``) is a predicate."""
    return token.pos == "VERB" and token.feat.get("VerbForm") == "Part" and token.feat.get("Variant") != "Short" \
        and "Case" in token.feat


def index_cover(analysis: Analysis, spans: list[Span]) -> list[Span | None]:
    """For each token, the entity span that covers it (the first one listed)."""
    cover: list[Span | None] = [None] * len(analysis.tokens)
    for span in spans:
        for token in analysis.tokens_in(span.start, span.end):
            if cover[token.index] is None:
                cover[token.index] = span
    return cover


def starts_clause(analysis: Analysis, index: int) -> bool:
    """Whether token ``index`` opens a sentence, a line, a quote, a bracket or what follows a dash or a colon."""
    return analysis.starts_sentence(index) or analysis.tokens[index - 1].text in _CLAUSE_OPENERS


@dataclass(frozen=True, slots=True)
class People:
    """The PER spans of a document, indexed by their first and last tokens."""

    spans: tuple[Span, ...]
    by_first: dict[int, Span]
    by_last: dict[int, Span]
    of_token: dict[int, Span]


def index_people(analysis: Analysis, persons: list[Span]) -> People:
    by_first, by_last, of_token = {}, {}, {}
    for person in sorted(persons, key=lambda s: s.start):
        tokens = analysis.tokens_in(person.start, person.end)
        if not tokens:
            continue
        by_first.setdefault(tokens[0].index, person)
        by_last.setdefault(tokens[-1].index, person)
        for token in tokens:
            of_token.setdefault(token.index, person)
    return People(tuple(sorted(persons, key=lambda s: s.start)), by_first, by_last, of_token)


def first_token(analysis: Analysis, person: Span) -> int:
    """The index of the first token of a person's name."""
    return analysis.tokens_in(person.start, person.end)[0].index
