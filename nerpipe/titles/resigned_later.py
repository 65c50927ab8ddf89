"""A post left in a later sentence: ``Генеральный директор компании Пётр Орлов … Вечером Орлов ушёл в
отставку``. The one post its holder was stated to hold before he resigned (:func:`.resigned.subject_resigned`:
``ушёл в отставку``, ``сложил полномочия``, with no post named) is held no more."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph
from ..ner import Analysis
from ..records import PositionFact, Span
from ..resolve import Resolved
from .resigned import subject_resigned


def with_later_resignations(analysis: Analysis, stated: list, persons: list[Span], resolved: Resolved,
                            posts: frozenset[str], head_lemma, morph: Morph) -> list:
    """``stated`` (pairs of a fact and what it says) with the post of each holder who resigns in a later sentence
    flagged former: only when the holder held one post then (one role, besides ranks and occupations: ``posts``
    of a word of the role by ``head_lemma``), not one taken after the resignation."""
    resigned = _resignations(analysis, persons, resolved, morph)
    if not resigned:
        return stated
    out = []
    for fact, info in stated:
        when = resigned.get(fact.person_id)
        if when is not None and not fact.former and _post(fact, posts, head_lemma) \
                and _sentence(analysis, fact.end) < when \
                and len(_roles_before(stated, fact.person_id, analysis, when, posts, head_lemma)) == 1:
            fact = replace(fact, former=True)
        out.append((fact, info))
    return out


def _resignations(analysis: Analysis, persons: list[Span], resolved: Resolved, morph: Morph) -> dict[str, int]:
    """The sentence of the first resignation of each person named as its subject (``Орлов ушёл в отставку``)."""
    found: dict[str, int] = {}
    for person in persons:
        entity = resolved.entity_of.get(person)
        words = analysis.tokens_in(person.start, person.end)
        if entity is None or entity in found:
            continue
        if any(subject_resigned(analysis, t, morph) for t in words):
            found[entity] = words[0].sent
    return found


def _roles_before(stated: list, entity: str, analysis: Analysis, when: int, posts: frozenset[str],
                  head_lemma) -> set[str]:
    """The roles of the posts a person is stated to hold before the sentence ``when``."""
    return {fact.role for fact, _ in stated if fact.person_id == entity and not fact.former
            and _post(fact, posts, head_lemma) and _sentence(analysis, fact.end) < when}


def _post(fact: PositionFact, posts: frozenset[str], head_lemma) -> bool:
    """A fact whose role names a post (``генеральный директор``), not only an occupation or a rank (``режиссёр``,
    ``профессор``)."""
    return any(head_lemma(word) in posts for word in fact.role.split())


def _sentence(analysis: Analysis, offset: int) -> int:
    """The sentence of the token that ends at or before ``offset``."""
    tokens = [t for t in analysis.tokens if t.end <= offset]
    return tokens[-1].sent if tokens else 0
