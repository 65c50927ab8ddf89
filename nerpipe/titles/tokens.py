"""What the title stages ask of a token and of the people around it.

Token predicates (case, number, is it a word, a participle), the entity span
covering each token, the PER spans indexed by their first and last tokens, and
the case of a word or a name where the dictionary overrules the tagger.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..morph import CASE_UD, UD_CASE, UD_GENDER, UD_NUMBER, Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from ..text import OPENING_QUOTES

# what may stand right before a capitalised word that opens a clause: «Кто», (Этот, — Это
_CLAUSE_OPENERS = OPENING_QUOTES | {"(", "—", "–", "-", ":"}


def case_of(token: Token) -> str | None:
    return token.feat.get("Case")


def first_conjunct(tokens, head: Token, case: str) -> tuple[Token, int]:
    """The first of the conjuncts in ``case`` that ``head`` is chained to (``председателем … и заместителем …``,
    ``инженером, затем начальником цеха``: the first noun), with the number of steps climbed; a parse may chain
    its conjuncts in a loop, which stops the climb."""
    seen = {head.index}
    while head.rel == "conj" and head.head is not None and head.head not in seen \
            and case_of(tokens[head.head]) == case:
        head = tokens[head.head]
        seen.add(head.index)
    return head, len(seen) - 1


def same_case(a: Token, b: Token, morph: Morph | None = None) -> bool:
    """Whether two words agree in case: by the tagger's cases, or with ``morph`` by :func:`dictionary_case`, where
    the tagger misreads a capitalized word (``Внук`` opening a sentence, ``Пётр``)."""
    if morph is None:
        first, second = case_of(a), case_of(b)
    else:
        first, second = dictionary_case(a, morph), dictionary_case(b, morph)
    return first is None or second is None or first == second


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


def last_token(analysis: Analysis, span: Span) -> int:
    """The index of the last token of a span (a person's name, a body's)."""
    return analysis.tokens_in(span.start, span.end)[-1].index


def genitive_name(first: Token, morph: Morph) -> bool:
    """Whether a name (its first word) is in the genitive: the tagger says so, and pymorphy has a genitive
    of the tagger's gender and number and no nominative of them (``Петра`` of a man, not ``Петрова`` of a
    woman; ``Анны`` of one woman, not the plural ``Анны``), or only an indeclinable one (``Генри``)."""
    if case_of(first) not in ("Gen", "Acc"):
        return False
    gender = UD_GENDER.get(first.feat.get("Gender", ""))
    number = UD_NUMBER.get(first.feat.get("Number", ""))
    parses = [p for p in morph.parses(fold(first.text)) if (gender is None or p.tag.gender in (None, gender))
              and (number is None or p.tag.number in (None, number))]
    nominative = [p for p in parses if "nomn" in p.tag]
    if not parses or nominative and all("Fixd" in p.tag for p in nominative):
        return True  # unknown, or a name that does not decline (``Генри``): its form says nothing against the tagger
    return not nominative and any("gent" in p.tag or "accs" in p.tag for p in parses)  # not ``Глебе``


def dictionary_case(token: Token, morph: Morph) -> str | None:
    """The tagger's case of a noun or a name, or the only case the dictionary has for it when that is not the
    tagger's in the tagger's number (a genitive for ``Помощница`` that opens a sentence, for ``Пётр``)."""
    case = case_of(token)
    number = UD_NUMBER.get(token.feat.get("Number", ""))
    cases = {p.tag.case for p in morph.parses(fold(token.text))
             if p.tag.POS == "NOUN" and (number is None or p.tag.number in (None, number))}
    if case is None or not cases or UD_CASE.get(case) in cases or len(cases) != 1:
        return case
    return CASE_UD.get(cases.pop(), case)


def other_gender(verb, name) -> bool:
    """A past verb and a name of two genders (``исполняла`` and ``Пётр``)."""
    genders = (verb.feat.get("Gender"), name.feat.get("Gender"))
    return verb.pos == "VERB" and name.pos == "PROPN" and None not in genders and genders[0] != genders[1]


_MAX_PARTICIPLE_PHRASE = 5  # words of a participle's own phrase inside a title: "входящего в неё", "в группу"


def past_participle_phrase(tokens, k: int) -> int | None:
    """The word a full participle at ``k`` agrees with past the participle's own phrase (``глава входящего в
    неё Северного банка``: ``Северного``), in its case, number and gender, with no punctuation between; None
    when the participle is right before that word or no such word follows."""
    participle = tokens[k]
    if not is_participle(participle):
        return None
    feats = participle.feat
    for j in range(k + 1, min(k + 2 + _MAX_PARTICIPLE_PHRASE, len(tokens))):
        token = tokens[j]
        if token.sent != participle.sent or token.pos == "PUNCT":
            return None
        if token.pos in ("NOUN", "ADJ", "PROPN") and all(token.feat.get(f) == feats.get(f)
                                                         for f in ("Case", "Number", "Gender") if feats.get(f)):
            return j if j > k + 1 else None
    return None


def is_possessor(tokens, index: int) -> bool:
    """A name in the genitive (its first word at ``index``) that the parser hangs on a noun (``в администрации Петра
    Орлова``): whose the noun is."""
    token = tokens[index]
    head = token.head
    return case_of(token) == "Gen" and token.rel.startswith("nmod") and head is not None \
        and tokens[head].pos in ("NOUN", "PROPN")
