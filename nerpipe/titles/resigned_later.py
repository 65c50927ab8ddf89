"""A post left in a later sentence: ``Генеральный директор компании Пётр Орлов … Вечером Орлов ушёл в
отставку``. The one post its holder was stated to hold before he resigned (:func:`.resigned.subject_resigned`:
``ушёл в отставку``, ``сложил полномочия``, with no post named) is held no more; not when he left another body
(``ушёл в отставку из армии``), nor when the resignation is told of a time before the post (``В 2015 году Орлов ушёл
в отставку``), nor when the post is stated in the present (``Орлов, который является директором``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates.grammar import MONTHS, WEEKDAYS
from ..morph import Morph, fold
from ..ner import Analysis, Token
from ..orgs.words import TIME_NOUNS
from ..records import PositionFact, Span
from ..resolve import Resolved
from .former import EARLIER
from .heading import sentence_of
from .resigned import HOLDING, subject_resigned
from .subjects import SUBJECT_PRONOUNS, antecedent_of
from .tokens import case_of, index_people

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # "в 2015 году", "в 2010–2014 годах"
# words that tell an event of the past, before what the text tells now ("Ранее Орлов ушёл в отставку")
_EARLIER = EARLIER | {"некогда", "давно"}
_OUT_OF = frozenset({"из", "с", "со", "от"})  # before the body left: "из армии", "с госслужбы"


def with_later_resignations(analysis: Analysis, stated: list, persons: list[Span], resolved: Resolved,
                            posts: frozenset[str], head_lemma, morph: Morph) -> list:
    """``stated`` (pairs of a fact and what it says) with the post of each holder who resigns in a later sentence
    flagged former: only when the holder held one post then (one role, besides ranks and occupations: ``posts``
    of a word of the role by ``head_lemma``), not one taken after the resignation; not when the resignation is
    from another body (:func:`_left_elsewhere`) or told of a time before the post (:func:`_told_before`)."""
    resigned = _resignations(analysis, persons, resolved, morph)
    if not resigned:
        return stated
    out = []
    for fact, info in stated:
        verb = resigned.get(fact.person_id)
        when = verb.sent if verb is not None else None
        if when is not None and not fact.former and _post(fact, posts, head_lemma) \
                and sentence_of(analysis, fact.start, fact.end) < when \
                and len(_roles_before(stated, fact.person_id, analysis, when, posts, head_lemma)) == 1 \
                and not _left_elsewhere(analysis, verb, fact, morph) and not _told_before(analysis, verb, fact) \
                and not _held_now(analysis, fact, morph):
            fact = replace(fact, former=True)
        out.append((fact, info))
    return out


def _resignations(analysis: Analysis, persons: list[Span], resolved: Resolved, morph: Morph) -> dict[str, Token]:
    """The verb of the first resignation of each person named as its subject (``Орлов ушёл в отставку``), or
    standing for it as ``он``/``она`` (``Он ушёл в отставку``): the last one named before in the nominative, not
    after a preposition or in an oblique case (``Орлов встретился с Котовым. Вечером он ушёл в отставку``: Орлов)."""
    found: dict[str, Token] = {}
    for person in persons:
        entity = resolved.entity_of.get(person)
        words = analysis.tokens_in(person.start, person.end)
        if entity is None or entity in found:
            continue
        subject = next((t for t in words if subject_resigned(analysis, t, morph)), None)
        if subject is not None:
            found[entity] = analysis.tokens[subject.head]
    people = index_people(analysis, persons)
    for word in analysis.tokens:  # "Орлов открыл школу. В марте он ушёл в отставку": the one "он" stands for
        if fold(word.text) not in SUBJECT_PRONOUNS or not subject_resigned(analysis, word, morph):
            continue
        person = antecedent_of(analysis, word.index, people, SUBJECT_PRONOUNS[fold(word.text)], oblique=False)
        entity = resolved.entity_of.get(person) if person is not None else None
        if entity is not None and (entity not in found or found[entity].index > word.head):
            found[entity] = analysis.tokens[word.head]
    return found


def _left_elsewhere(analysis: Analysis, verb: Token, fact: PositionFact, morph: Morph) -> bool:
    """Whether the resigning ``verb`` names a body or a sphere left after ``из``/``с``/``от`` (``ушёл в отставку
    из армии``, ``с госслужбы``; not a time, ``с 1 июля``) that no word of the post ``fact`` names (``директор
    завода … ушёл в отставку с завода`` leaves his post): another post was left."""
    held = {morph.lemma(word) for word in re.findall(r"\w+", fact.position)}
    return any(lemma not in held for lemma in _bodies_left(analysis, verb, morph))


def _bodies_left(analysis: Analysis, verb: Token, morph: Morph) -> list[str]:
    """The lemmas of the nouns in the genitive after ``из``/``с``/``от`` that hang on ``verb``, past words of time
    (``с 1 июля``, ``с понедельника``, ``со дня``)."""
    words = analysis.tokens_in(*analysis.sentences[verb.sent])
    out = []
    for word in words:
        lemma = morph.lemma(word.text)
        if word.head == verb.index and word.rel == "obl" and word.pos in ("NOUN", "PROPN") \
                and case_of(word) == "Gen" and lemma not in MONTHS and lemma not in WEEKDAYS \
                and lemma not in TIME_NOUNS and any(d.head == word.index and fold(d.text) in _OUT_OF for d in words) \
                and not any(d.head == word.index and d.rel == "nummod" for d in words):
            out.append(lemma)
    return out


def _told_before(analysis: Analysis, verb: Token, fact: PositionFact) -> bool:
    """Whether the resigning ``verb`` is told of the past with a word of it (``Ранее Орлов ушёл в отставку``, ``в
    прошлом``) or of a year before the post ``fact``'s (``В 2015 году Орлов ушёл в отставку`` after a post told of
    no year or of a later one)."""
    words = analysis.tokens_in(*analysis.sentences[verb.sent])
    if any(t.head == verb.index and _says_past(t, words) for t in words):
        return True
    dated = {t.index for t in words if t.head == verb.index} | {verb.index}
    left = _years(t for t in words if t.head in dated)
    if not left:
        return False
    held = _years(analysis.tokens_in(*analysis.sentences[sentence_of(analysis, fact.start, fact.end)]))
    return not held or max(left) < max(held)


def _held_now(analysis: Analysis, fact: PositionFact, morph: Morph) -> bool:
    """Whether the title of ``fact`` is the complement of a verb of being or working in the present (``Орлов,
    который является директором``, ``работает главным врачом``): a post the text says is held now, whatever it
    tells of a resignation (from an earlier post)."""
    tokens = analysis.tokens
    return any(t.head is not None and tokens[t.head].feat.get("Tense") == "Pres"
               and morph.lemma(tokens[t.head].text) in HOLDING
               for t in analysis.tokens_in(fact.start, fact.end))


def _says_past(word: Token, words) -> bool:
    """Whether ``word``, among its sentence's ``words``, says the past: ``ранее``, ``когда-то``, a bare ``в прошлом``
    (not ``в прошлом году``)."""
    return fold(word.text) in _EARLIER or fold(word.text) == "прошлом" \
        and not any(d.head == word.index and d.rel != "case" for d in words)


def _years(words) -> list[int]:
    """The years the ``words`` name (``2015``, ``2010–2014``)."""
    return [int(year) for t in words for year in _YEAR.findall(t.text)]


def _roles_before(stated: list, entity: str, analysis: Analysis, when: int, posts: frozenset[str],
                  head_lemma) -> set[str]:
    """The roles of the posts a person is stated to hold before the sentence ``when``."""
    return {fact.role for fact, _ in stated if fact.person_id == entity and not fact.former
            and _post(fact, posts, head_lemma) and sentence_of(analysis, fact.start, fact.end) < when}


def _post(fact: PositionFact, posts: frozenset[str], head_lemma) -> bool:
    """A fact whose role names a post (``генеральный директор``), not only an occupation or a rank (``режиссёр``,
    ``профессор``)."""
    return any(head_lemma(word) in posts for word in fact.role.split())

