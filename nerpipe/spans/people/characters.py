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
from ..vehicles import names_a_work

_ROLE = "роль"
_PLAY = frozenset({"сыграть", "играть", "исполнить", "исполнять", "воплотить", "воплощать"})
# the folded beginnings of the forms of ``роль`` and of the verbs of playing: a document with none has no character
_OPENINGS = ("рол", "сыгр", "игра", "исполн", "воплот", "воплощ")
_REACH = 40  # tokens back from a name to the ``роль`` of its sentence
_STEM = 4  # letters of a name's last word that tell its other mentions
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "—", "–"})


@dataclass(frozen=True)
class _Cast:
    """What every name of a document is checked against, computed once: the PER spans whose stem (:data:`_STEM`
    letters of the last word) another PER span ends in too, the PER spans by their end, and the indices of the
    tokens that are forms of ``роль``."""
    echoed: frozenset[Span]
    ends: dict[int, Span]
    roles: frozenset[int]


def drop_played_characters(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans without the PER spans of characters (the module's doc)."""
    people = [s for s in spans if s.type == PER]
    roles = _roles(analysis, morph) if people else None
    if roles is None:
        return spans
    stems = {s: _stem(analysis, s) for s in dict.fromkeys(people)}
    counts = Counter(stems.values())
    cast = _Cast(frozenset(s for s, stem in stems.items() if counts[stem] > 1), {s.end: s for s in people}, roles)
    dropped = {s for s in people if _played(analysis, s, cast, morph)}
    return [s for s in spans if s not in dropped] if dropped else spans


def _roles(analysis: Analysis, morph: Morph) -> frozenset[int] | None:
    """The indices of the tokens of the document that are forms of ``роль`` (a word of letters); ``None`` when no
    token is a form of ``роль`` or of a verb of playing (by its folded beginning, :data:`_OPENINGS`, then its
    lemma)."""
    roles, speaks = set(), False
    for token in analysis.tokens:
        if not fold(token.text).startswith(_OPENINGS):
            continue
        lemma = morph.lemma(fold(token.text))
        speaks = speaks or lemma == _ROLE or lemma in _PLAY
        if lemma == _ROLE and token.text.isalpha():
            roles.add(token.index)
    return frozenset(roles) if speaks else None


def _plays(token: Token, morph: Morph) -> bool:
    """Whether a token is a form of a verb of playing (``сыграл``)."""
    return morph.lemma(fold(token.text)) in _PLAY


def _stem(analysis: Analysis, span: Span) -> str:
    return fold(analysis.text[span.start:span.end].split()[-1])[:_STEM]


def _played(analysis: Analysis, span: Span, cast: _Cast, morph: Morph) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    first = tokens[0]
    if span in cast.echoed:
        return False  # ``ролей Финча`` beside ``Олег Финч``
    role = _role_before(analysis, first.index, cast)
    if role is not None and (_acting(analysis, role, morph) or _work_follows(analysis, tokens[-1].index, morph)):
        return True  # ``сыграл роль Пьера Завьялова``, ``роли Лапищева, Мотылёва``, ``роль Тита Ворона в «…»``
    if not _before_work(analysis, tokens[-1].index, morph):
        return False
    head = analysis.tokens[first.head] if first.head is not None else None
    if head is not None and head.pos == "VERB" and _plays(head, morph) and first.rel == "obj":
        return True  # ``сыграл Ивана Горина в фильме «Ночь»``
    return first.rel != "nsubj" and any(  # ``ролей Вязова — сыщик Тит Ворон в «Тайне озера»``
        t.index in cast.roles and _governs(analysis, t, first)
        for t in analysis.tokens[max(0, first.index - _REACH):first.index] if t.sent == first.sent)


def _role_before(analysis: Analysis, index: int, cast: _Cast) -> Token | None:
    """The form of ``роль`` right before token ``index``, or before the names listed before it with commas and
    ``и`` (``роли Лапищева, Мотылёва``); ``None`` when there is none."""
    tokens = analysis.tokens
    at = index - 1
    while at >= 0 and tokens[at].sent == tokens[index].sent:
        if at in cast.roles:
            return tokens[at]
        if tokens[at].text not in (",", "и") or at == 0 or tokens[at - 1].end not in cast.ends:
            return None
        mate = cast.ends[tokens[at - 1].end]
        inside = analysis.tokens_in(mate.start, mate.end)
        at = inside[0].index - 1 if inside else -1
    return None


def _acting(analysis: Analysis, role: Token, morph: Morph) -> bool:
    """Whether a form of ``роль`` is an actor's: after ``в`` (``в роли Кузнеца``), or taken by a verb of playing
    (``сыграл роль``, ``Роль Горничной сыграет``); not a part in something (``подчеркнул роль``)."""
    if role.index > 0 and fold(analysis.tokens[role.index - 1].text) in ("в", "во"):
        return True
    head = analysis.tokens[role.head] if role.head is not None else None
    return head is not None and head.pos == "VERB" and _plays(head, morph)


def _governs(analysis: Analysis, ruler: Token, token: Token) -> bool:
    """Whether ``ruler`` is among the heads above ``token`` in the parser's tree (a name listed under ``ролей``)."""
    seen = set()
    while token.head is not None and token.index not in seen:
        seen.add(token.index)
        token = analysis.tokens[token.head]
        if token.index == ruler.index:
            return True
    return False


def _before_work(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether ``в`` and a quoted title, maybe after a noun of a work (``в фильме «Ночь»``), follow token ``index``."""
    tokens = analysis.tokens
    if index + 2 >= len(tokens) or fold(tokens[index + 1].text) != "в":
        return False
    after = tokens[index + 2]
    if after.text in OPENING_QUOTES:
        return True
    return index + 3 < len(tokens) and names_a_work(after.text, morph) \
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
                         or names_a_work(token.text, morph)):
            return True
        after_in = after_in or fold(token.text) in ("в", "во")
    return False
