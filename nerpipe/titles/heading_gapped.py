"""Verbs of heading said once for a list of bodies and holders: ``Министерство здравоохранения возглавила Анна
Котова, Министерство юстиции — Пётр Орлов, а Министерство экономики — Иван Лаптев``: each body after a comma,
a semicolon, ``а`` or ``и`` (alone or together: ``, а``) with a dash and a name after it is headed by that name,
as the verb said of the first."""

from __future__ import annotations

from ..ner import Analysis
from ..records import Span
from ..text import CLOSING_QUOTES, DASHES, OPENING_QUOTES
from .tokens import case_of, last_token

_JOINING = frozenset({",", ";", "а", "и"})  # what may stand before the next body of the list


def gapped_bodies(analysis: Analysis, sent: int, first_holder: Span, bodies: list[Span], by_first: dict[int, Span],
                  case: str | None = None, kinds: bool = False) -> list[tuple[Span, Span, int, int]]:
    """The (body, holder, first, dash) of each item of the list that goes on after the first holder in its sentence
    ``sent``: a body (or a place: :mod:`.gapped_regions`) right after a comma, a semicolon, ``а`` or ``и``
    (``, а``), its first word in ``case`` when one is given, a dash right after it, a name right after the dash
    (``by_first``: the names by their first token, :class:`.tokens.People`); ``first``: the index of the body's
    first token, ``dash``: the dash's. With ``kinds`` (:mod:`.gapped_bodies`) a body may be in quotes, a closing
    one before the dash (``«Вектора» — …``), or follow the noun of its kind (``театра «Сатира»``: ``first`` the
    noun's); where no opening quote stands first, the first word is always in ``case``, ``None`` too."""
    tokens = analysis.tokens
    items = []
    by_tokens = {}  # the bodies by their first token: (body, the index of the token after it), first found first
    for body in bodies:
        inside = analysis.tokens_in(body.start, body.end)
        if inside:
            by_tokens.setdefault(inside[0].index, (body, inside[-1].index + 1))
    k = last_token(analysis, first_holder) + 1
    while k < len(tokens) and tokens[k].sent == sent and tokens[k].text in _JOINING:
        while k < len(tokens) and tokens[k].text in _JOINING:
            k += 1  # ", а"
        at = k + 1 if kinds and k < len(tokens) and tokens[k].text in OPENING_QUOTES else k  # "«Вектора» — …"
        kind = kinds and k + 1 < len(tokens) and tokens[k].pos == "NOUN" and tokens[k].text[:1].islower()
        name = k + 2 if kind and tokens[k + 1].text in OPENING_QUOTES else k + 1  # "театра «Сатира»"
        found = by_tokens.get(at) or (by_tokens.get(name) if kind else None)
        # a quoted name's case the tagger reads poorly: the dash and the name after it tell the item
        if found is None or at == k and (kinds or case is not None) and case_of(tokens[k]) != case:
            break
        body, dash = found
        dash += kinds and dash < len(tokens) and tokens[dash].text in CLOSING_QUOTES
        holder = by_first.get(dash + 1)
        if dash >= len(tokens) or tokens[dash].text not in DASHES or holder is None:
            break
        items.append((body, holder, at, dash))
        k = last_token(analysis, holder) + 1
    return items
