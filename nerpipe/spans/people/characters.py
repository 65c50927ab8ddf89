"""Characters of films, plays and operas named as an actor's roles: a name right after a form of ``роль`` that
is an actor's (``сыграл роль Пьера Завьялова``, ``исполнит роли Лапищева, Мотылёва``, ``в роли Кузнеца``, ``роль
Тита Ворона в «Тайне озера»``; not ``роль Петра Савельева в восстановлении школы``: his part in it), a name
listed under one and followed by the work in quotes (``среди его ролей — сыщик Тит Ворон в «Тайне озера», адвокат
Эд Кольт в «Деле»``), and a name a verb of playing takes as its object before the work (``сыграл Ивана Горина в
фильме «Ночь»``): no person of the text. A name the document writes again elsewhere stays (``Среди ролей Финча —``
beside ``Олег Финч``: the actor)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ...morph import Morph, fold
from ...ner import Analysis, Token
from ...records import PER, Span
from ...text import OPENING_QUOTES
from ..vehicles import WORKS

_ROLE = "роль"
_PLAY = frozenset({"сыграть", "играть", "исполнить", "исполнять", "воплотить", "воплощать"})
# the folded beginnings of the forms of ``роль`` and of the verbs of playing: a document with none has no character
_OPENINGS = ("рол", "сыгр", "игра", "исполн", "воплот", "воплощ")
_REACH = 40  # tokens back from a name to the ``роль`` of its sentence
_STEM = 4  # letters of a name's last word that tell its other mentions
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "—", "–"})


@dataclass(frozen=True)
class _Cast:
    """What every name of a document is checked against, computed once: how many PER spans end in each stem
    (:data:`_STEM` letters of the last word), and the PER spans by their end."""
    stems: Counter
    ends: dict[int, Span]


def drop_played_characters(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans without the PER spans of characters (the module's doc)."""
    people = [s for s in spans if s.type == PER]
    if not people or not _speaks_of_roles(analysis, morph):
        return spans
    cast = _Cast(Counter(_stem(analysis, s) for s in dict.fromkeys(people)), {s.end: s for s in people})
    dropped = {s for s in people if _played(analysis, s, cast, morph)}
    return [s for s in spans if s not in dropped] if dropped else spans


def _speaks_of_roles(analysis: Analysis, morph: Morph) -> bool:
    """Whether a token of the document is a form of ``роль`` or of a verb of playing."""
    return any(fold(t.text).startswith(_OPENINGS) and _is_role_or_play(t.text, morph) for t in analysis.tokens)


def _is_role_or_play(word: str, morph: Morph) -> bool:
    lemma = morph.lemma(fold(word))
    return lemma == _ROLE or lemma in _PLAY


def _stem(analysis: Analysis, span: Span) -> str:
    return fold(analysis.text[span.start:span.end].split()[-1])[:_STEM]


def _played(analysis: Analysis, span: Span, cast: _Cast, morph: Morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    first = tokens[0]
    if cast.stems[_stem(analysis, span)] > 1:
        return False  # ``ролей Финча`` beside ``Олег Финч``
    role = _role_before(analysis, first.index, cast.ends, morph)
    if role is not None and (_acting(analysis, role, morph) or _work_follows(analysis, tokens[-1].index, morph)):
        return True  # ``сыграл роль Пьера Завьялова``, ``роли Лапищева, Мотылёва``, ``роль Тита Ворона в «…»``
    if not _before_work(analysis, tokens[-1].index, morph):
        return False
    head = analysis.tokens[first.head] if first.head is not None else None
    if head is not None and head.pos == "VERB" and morph.lemma(fold(head.text)) in _PLAY and first.rel == "obj":
        return True  # ``сыграл Ивана Горина в фильме «Ночь»``
    return first.rel != "nsubj" and any(  # ``ролей Вязова — сыщик Тит Ворон в «Тайне озера»``
        _is_role(t.text, morph) and _governs(analysis, t, first)
        for t in analysis.tokens[max(0, first.index - _REACH):first.index] if t.sent == first.sent)


def _role_before(analysis: Analysis, index: int, ends: dict[int, Span], morph: Morph) -> Token | None:
    """The form of ``роль`` right before token ``index``, or before the names listed before it with commas and
    ``и`` (``роли Лапищева, Мотылёва``); ``None`` when there is none."""
    tokens = analysis.tokens
    at = index - 1
    while at >= 0 and tokens[at].sent == tokens[index].sent:
        if _is_role(tokens[at].text, morph):
            return tokens[at]
        if tokens[at].text not in (",", "и") or at == 0 or tokens[at - 1].end not in ends:
            return None
        mate = ends[tokens[at - 1].end]
        inside = analysis.tokens_in(mate.start, mate.end)
        at = inside[0].index - 1 if inside else -1
    return None


def _acting(analysis: Analysis, role: Token, morph: Morph) -> bool:
    """Whether a form of ``роль`` is an actor's: after ``в`` (``в роли Кузнеца``), or taken by a verb of playing
    (``сыграл роль``, ``Роль Горничной сыграет``); not a part in something (``подчеркнул роль``)."""
    if role.index > 0 and fold(analysis.tokens[role.index - 1].text) in ("в", "во"):
        return True
    head = analysis.tokens[role.head] if role.head is not None else None
    return head is not None and head.pos == "VERB" and morph.lemma(fold(head.text)) in _PLAY


def _governs(analysis: Analysis, ruler: Token, token: Token) -> bool:
    """Whether ``ruler`` is among the heads above ``token`` in the parser's tree (a name listed under ``ролей``)."""
    seen = set()
    while token.head is not None and token.index not in seen:
        seen.add(token.index)
        token = analysis.tokens[token.head]
        if token.index == ruler.index:
            return True
    return False


def _is_role(word: str, morph: Morph) -> bool:
    return word.isalpha() and morph.lemma(fold(word)) == _ROLE


def _before_work(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether ``в`` and a quoted title, maybe after a noun of a work (``в фильме «Ночь»``), follow token ``index``."""
    tokens = analysis.tokens
    if index + 2 >= len(tokens) or fold(tokens[index + 1].text) != "в":
        return False
    after = tokens[index + 2]
    if after.text in OPENING_QUOTES:
        return True
    return index + 3 < len(tokens) and any(morph.forms(part) & WORKS for part in after.text.lower().split("-")) \
        and tokens[index + 3].text in OPENING_QUOTES


def _work_follows(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether ``в`` and then a quoted title or a noun of a work follow token ``index`` in its clause (``в «Тайне
    озера»``, ``в новом сериале``; not ``в восстановлении школы``)."""
    tokens = analysis.tokens
    after_in = False
    for token in tokens[index + 1:]:
        if token.sent != tokens[index].sent or token.text in _CLAUSE_ENDS:
            return False
        if after_in and (token.text in OPENING_QUOTES and fold(tokens[token.index - 1].text) in ("в", "во")
                         or any(morph.forms(part) & WORKS for part in token.text.lower().split("-"))):
            return True
        after_in = after_in or fold(token.text) in ("в", "во")
    return False
