"""Titles given through a predicate, and whom the predicate speaks of.

``Орлов назначен министром``, ``Зорина, занимающая пост директора``, ``… в
должности …``, ``капитаном стал Орлов``, ``назвал Орлова лучшим тренером``: the
subject comes from natasha's syntax tree, through relative clauses and
participles to the name they qualify, and from ``он``/``она`` to the last person
of that gender named before.
"""

from __future__ import annotations

import re

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from .grammar import Title
from .tokens import People, case_of, first_token

# verbs and participles that give a person a title: "назначен директором", "занимающий пост …"
_PREDICATES = re.compile(
    r"(?i)(назнач\w+|избран\w*|стал[аио]?|станет|стану\w*|работа\w+|занима\w+|занявш\w+|возглав\w+|"
    r"утвержд\w+|переизбран\w*|являющ\w+|является|являлс[яь]|являлас[ья]|был[аио]?|будет|служ\w+|"
    r"оста[её]тся|остал\w*|трудит\w+|трудил\w*)"
)
# words that may stand between such a predicate and the title: "назначен на пост", "в качестве"
_PREDICATE_BRIDGE = {"на", "в", "во", "качестве", "должность", "пост", "посту", "должности", "его", "ее", "её",
                     "уже", "ранее", "теперь", "сейчас", "также", "тоже", "вновь", "снова", "временно"}
_POST_WORDS = {"должность", "пост", "позиция", "место", "качество"}
# verbs and nouns that name someone to a title: "назвал Кузьмина первым вратарём", "избрание … премьером"
_NAMING = {"назвать", "называть", "назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить",
           "утверждать", "объявить", "объявлять", "признать", "признавать", "назначение", "избрание",
           "переизбрание", "утверждение"}
_SUBJECT_PRONOUNS = {"он": "Masc", "она": "Fem"}


def predicate_person(
    analysis: Analysis, title: Title, people: People, holders: dict[int, Span], morph: Morph
) -> Span | None:
    """The holder a predicate gives a title to.

    ``капитаном стал Кузьмин`` (also ``премьером станет глава партии … Зайцева``);
    ``Кузьмин назначен министром``, ``Зайцева, занимающая пост директора``, ``… в
    должности …``, ``Орлов будет запасным вратарём`` (the subject of the predicate,
    from the syntax tree); ``назвал Кузьмина первым вратарём``.
    ``holders`` maps the first token of each attached title to its person.
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    if case_of(head) == "Ins":
        k = title.last + 1
        if k + 1 < len(tokens) and tokens[k].sent == head.sent and _PREDICATES.fullmatch(fold(tokens[k].text)):
            person = people.by_first.get(k + 1) or holders.get(k + 1)
            if person is not None:
                return person
    trigger = _trigger_before(analysis, title, morph)
    if trigger is not None:
        person = _subject_of(analysis, trigger, people)
        if person is not None:
            return person
    person = _subject_of(analysis, title.head, people, climb=False)  # "Орлов будет вратарём": the copula's subject
    if person is not None and person.end <= title.start and trigger is not None:
        return person
    if case_of(head) == "Ins":
        person = people.by_last.get(title.first - 1)
        if person is not None:
            before = first_token(analysis, person) - 1
            if before >= 0 and morph.lemma(tokens[before].text) in _NAMING:
                return person
    return None


def _trigger_before(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The predicate a few words before a title (``назначен``, ``занимающий пост``, ``с поста``), if any."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    j = title.first - 1
    steps = 0
    while j >= 0 and tokens[j].sent == sent and steps < 4:
        word = fold(tokens[j].text)
        if _PREDICATES.fullmatch(word) or morph.lemma(word) in _POST_WORDS:
            return j
        if word not in _PREDICATE_BRIDGE:
            return None
        j -= 1
        steps += 1
    return None


def _subject_of(analysis: Analysis, word: int, people: People, climb: bool = True) -> Span | None:
    """The person a predicate speaks of.

    The subject of the word or of the verbs above it (``согласился занять пост``,
    ``уходит …, но остаётся …``), the name a participle or a relative clause
    qualifies (``Зайцева, занимающая пост``; ``Зайцева, которая является``), or the
    antecedent of ``он``/``она``.
    """
    tokens = analysis.tokens
    current = word
    for _ in range(4 if climb else 1):
        subject = _nsubj(analysis, current, people)
        if subject is not None:
            if subject in people.of_token:
                return people.of_token[subject]
            lemma = fold(tokens[subject].text)
            if lemma in ("который", "которая"):
                return _qualified_person(analysis, current, people)
            if lemma in _SUBJECT_PRONOUNS:
                return _antecedent(analysis, subject, people, _SUBJECT_PRONOUNS[lemma])
            return None
        person = _qualified_person(analysis, current, people)
        if person is not None:
            return person
        parent = tokens[current].head
        if parent is None or not tokens[current].rel.startswith(("xcomp", "conj", "obl", "nmod", "obj", "advcl")):
            return None
        current = parent
    return None


def _nsubj(analysis: Analysis, index: int, people: People) -> int | None:
    """The nominal subject of token ``index`` (a name first, when the parser gives two)."""
    sent = analysis.tokens[index].sent
    subjects = [t.index for t in analysis.tokens
                if t.sent == sent and t.head == index and t.rel.startswith("nsubj")]
    named = [k for k in subjects if k in people.of_token]
    return (named or subjects or [None])[0]


def _qualified_person(analysis: Analysis, verb: int, people: People) -> Span | None:
    """``Зайцева, занимающая пост …``, ``Зайцева, которая является …``: the name a clause qualifies."""
    tokens = analysis.tokens
    head = tokens[verb].head
    if tokens[verb].rel.startswith(("acl", "amod", "appos")) and head is not None and head in people.of_token:
        return people.of_token[head]
    return None


def _antecedent(analysis: Analysis, pronoun: int, people: People, gender: str) -> Span | None:
    """``он``/``она``: the last person named before, in the same or the previous sentence, of that gender."""
    tokens = analysis.tokens
    sent = tokens[pronoun].sent
    for person in reversed(people.spans):
        first = first_token(analysis, person)
        if first >= pronoun:
            continue
        if tokens[first].sent < sent - 1:
            return None
        if tokens[first].feat.get("Gender") in (None, gender):
            return person
        return None
    return None
