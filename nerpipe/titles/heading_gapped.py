"""Verbs of heading said once for a list of bodies and holders: ``Министерство здравоохранения возглавила Анна
Котова, Министерство юстиции — Пётр Орлов, а Министерство экономики — Иван Лаптев``: each body after a comma,
a semicolon, ``а`` or ``и`` (alone or together: ``, а``) with a dash and a name after it is headed by that name,
as the verb said of the first."""

from __future__ import annotations

from ..ner import Analysis
from ..records import Span
from ..text import DASHES
from .tokens import case_of, last_token

_JOINING = frozenset({",", ";", "а", "и"})  # what may stand before the next body of the list


def gapped_bodies(analysis: Analysis, sent: int, first_holder: Span, bodies: list[Span], by_first: dict[int, Span],
                  case: str | None = None) -> list[tuple[Span, Span]]:
    """The (body, holder) pairs of the list that goes on after the first holder in its sentence ``sent``: a body
    (or a place: :mod:`.gapped_regions`) right after a comma, a semicolon, ``а`` or ``и`` (``, а``), its first
    word in ``case`` when one is given, a dash right after it, a name right after the dash (``by_first``: the
    names by their first token, :class:`.tokens.People`)."""
    tokens = analysis.tokens
    pairs = []
    by_tokens = {}  # the bodies by their first token: (body, the index of the token after it), first found first
    for body in bodies:
        inside = analysis.tokens_in(body.start, body.end)
        if inside:
            by_tokens.setdefault(inside[0].index, (body, inside[-1].index + 1))
    k = last_token(analysis, first_holder) + 1
    while k < len(tokens) and tokens[k].sent == sent:
        if tokens[k].text not in _JOINING:
            break
        while k < len(tokens) and tokens[k].text in _JOINING:
            k += 1  # ", а"
        if k not in by_tokens or (case is not None and case_of(tokens[k]) != case):
            break
        body, dash = by_tokens[k]
        holder = by_first.get(dash + 1)
        if dash >= len(tokens) or tokens[dash].text not in DASHES or holder is None:
            break
        pairs.append((body, holder))
        k = last_token(analysis, holder) + 1
    return pairs
