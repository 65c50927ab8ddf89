"""The one a post's duties are laid on acts in it: ``Исполнение обязанностей ректора возложено на профессора
Петра Орлова``, ``Губернатор возложил обязанности министра на Анну Котову``, ``На Глеба Лаптева возложено
исполнение обязанностей директора``: the name after the ``на`` the verb of laying governs (past the titles of its
own, right after the verb and the title or hung on the verb: :func:`.grammar.laying_verb` makes the
title an acting one)."""

from __future__ import annotations

from ..morph import fold
from ..ner import Analysis
from ..records import Span
from ..text import DASHES
from .declined import negated
from .grammar import Title, laying_verb
from .subjects import sentence_tokens
from .tokens import People


def laid_on(analysis: Analysis, title: Title, people: People, in_title: set[int]) -> Span | None:
    """The name the duties of ``title`` are laid on (see the module), or ``None`` (none when the verb is
    negated). Between ``на`` and the name stand only the words of its own titles (``in_title``: the indices of
    the tokens of every title of the text), two of them joined by a dash, a dash before the name (``на первого
    проректора …``, ``на заместителя главы — руководителя аппарата администрации района …``, ``на первого
    заместителя министра — Петра …``)."""
    verb = laying_verb(analysis, title.first)
    if verb is None or negated(analysis, verb):
        return None  # "не возложены на …"
    tokens = analysis.tokens
    words = sentence_tokens(analysis, tokens[verb].sent)
    for on in words:
        if fold(on.text) != "на" or not (on.head is not None and tokens[on.head].head == verb
                                         or _goes_on(analysis, max(verb, title.last), on.index)):
            continue
        for token in tokens[on.index + 1:]:
            if token.index in people.by_first:
                return people.by_first[token.index]
            if token.sent != on.sent or not (token.index in in_title or token.text in DASHES
                                              and token.index - 1 in in_title
                                              and (token.index + 1 in in_title or token.index + 1 in people.by_first)):
                break
    return None


def _goes_on(analysis: Analysis, start: int, stop: int) -> bool:
    """Whether the clause goes on from ``start`` to ``stop`` with words only (however the parser hangs ``на``:
    ``возложил исполнение обязанностей министра финансов на …``)."""
    return start < stop and all(t.text[:1].isalnum() and t.pos not in ("VERB", "AUX")
                                for t in analysis.tokens[start + 1: stop])
