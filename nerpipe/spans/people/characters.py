"""Characters of films, plays and operas named as an actor's roles: a name right after a form of ``роль``
(``сыграл роль Пьера Завьялова``, ``роли Лапищева, Мотылёва``), or listed after one, each followed by the work
in quotes (``среди его ролей — сыщик Тит Ворон в «Тайне озера», адвокат Эд Кольт в «Деле»``), and a name a
verb of playing takes as its object before the work (``сыграл Ивана Горина в фильме «Ночь»``): no person of
the text. A name the document writes again elsewhere stays (``Среди ролей Финча —`` beside ``Олег Финч``: the
actor)."""

from __future__ import annotations

from ...morph import Morph, fold
from ...ner import Analysis
from ...records import PER, Span
from ...text import QUOTE_PAIRS
from ..vehicles import WORKS

_ROLE = "роль"
_PLAY = frozenset({"сыграть", "играть", "исполнить", "исполнять", "воплотить", "воплощать"})
_REACH = 40  # tokens back from a name to the ``роль`` of its sentence
_JOINERS = frozenset({",", "—", "–", ":", "и"})


def drop_played_characters(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans without the PER spans of characters (the module's doc)."""
    people = [s for s in spans if s.type == PER]
    dropped = {s for s in people if _played(analysis, s, people, morph)}
    return [s for s in spans if s not in dropped] if dropped else spans


def _played(analysis: Analysis, span: Span, people: list[Span], morph: Morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    first = tokens[0]
    if _named_elsewhere(analysis, span, people):
        return False  # ``ролей Финча`` beside ``Олег Финч``
    if _after_role(analysis, first.index, people, morph):
        return True  # ``роль Пьера Завьялова``, ``роли Лапищева, Мотылёва``
    if not _before_work(analysis, tokens[-1].index, morph):
        return False
    head = analysis.tokens[first.head] if first.head is not None else None
    if head is not None and head.pos == "VERB" and morph.lemma(fold(head.text)) in _PLAY and first.rel == "obj":
        return True  # ``сыграл Ивана Горина в фильме «Ночь»``
    return any(_is_role(t.text, morph) for t in analysis.tokens[max(0, first.index - _REACH):first.index]
               if t.sent == first.sent)


def _after_role(analysis: Analysis, index: int, people: list[Span], morph: Morph) -> bool:
    """Whether a form of ``роль`` stands right before token ``index``, or before the names listed before it with
    commas and ``и`` (``роли Лапищева, Мотылёва``)."""
    ends = {s.end: s for s in people}
    tokens = analysis.tokens
    at = index - 1
    while at >= 0 and tokens[at].sent == tokens[index].sent:
        if _is_role(tokens[at].text, morph):
            return True
        if tokens[at].text not in (",", "и") or at == 0 or tokens[at - 1].end not in ends:
            return False
        mate = ends[tokens[at - 1].end]
        inside = analysis.tokens_in(mate.start, mate.end)
        at = inside[0].index - 1 if inside else -1
    return False


def _is_role(word: str, morph: Morph) -> bool:
    return word.isalpha() and morph.lemma(fold(word)) == _ROLE


def _before_work(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether ``в`` and a quoted title, maybe after a noun of a work (``в фильме «Ночь»``), follow token ``index``."""
    tokens = analysis.tokens
    if index + 2 >= len(tokens) or fold(tokens[index + 1].text) != "в":
        return False
    after = tokens[index + 2]
    if after.text in QUOTE_PAIRS or after.text in ('"', "«", "„", "“"):
        return True
    return index + 3 < len(tokens) and any(morph.forms(part) & WORKS for part in after.text.lower().split("-")) \
        and tokens[index + 3].text in ('"', "«", "„", "“", *QUOTE_PAIRS)


def _named_elsewhere(analysis: Analysis, span: Span, people: list[Span]) -> bool:
    """Whether another PER span of the document ends in a form of the span's last word (``Финча`` beside ``Олег
    Финч``): the actor whose roles the text names, or a person the text speaks of besides."""
    stem = fold(analysis.text[span.start:span.end].split()[-1])[:4]
    return any(other != span and fold(analysis.text[other.start:other.end].split()[-1])[:4] == stem
               for other in people)
