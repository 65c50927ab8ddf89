"""A body named by its legal form or kind's abbreviation and a quoted name, with the adjective of its town or
region before them (``челябинского ХК «Метеор»``, ``омского ПАО «Кедр»``): where the text names the body elsewhere
by that quoted name with no place's adjective before it (``«Метеора»``, ``ХК «Метеор»``), the adjective says where
the body is (its region), not who it is, so the name is the one without it. Without such a naming the adjective
stays: ``Омское МУП «Водоканал»`` and ``Тверское МУП «Водоканал»`` are two bodies."""

from __future__ import annotations

import re

from ..inflect import Word
from ..morph import Morph
from ..ner import Analysis
from ..orgs import opens_quoted_name
from ..places import Gazetteer
from ..records import Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def drop_place_adjective(name: str, words: list[Word], gazetteer: Gazetteer, analysis: Analysis, span: Span,
                         orgs: list[Span], morph: Morph) -> str:
    """The name without an opening adjective of a place before a legal form or kind's abbreviation and a quoted
    name (``Челябинский ХК «Метеор»`` → ``ХК «Метеор»``) when another of the ``orgs`` names the body by that quoted
    name with no place's adjective before it; any other name as it is."""
    parts = name.split(" ")
    if len(words) < 3 or len(parts) < 3 or words[0].pos != "ADJ" or not words[0].text.isalpha():
        return name
    if not opens_quoted_name(parts[1]) or parts[2][:1] not in OPENING_QUOTES:
        return name
    if gazetteer.place_of_adjective(words[0].text) is None:
        return name
    key = _quoted_key(" ".join(parts[2:]).strip("".join(OPENING_QUOTES | CLOSING_QUOTES)), morph)
    if not key or not any(_names_bare(analysis.text, other, key, gazetteer, morph) for other in orgs if other != span):
        return name
    return " ".join(parts[1:])


def _names_bare(text: str, span: Span, key: str, gazetteer: Gazetteer, morph: Morph) -> bool:
    """Whether a span names a body by a quoted name of ``key`` (the span's own or the quotes it stands in: any case
    form) with no place's adjective among the two words before the opening quote."""
    surface = text[span.start:span.end]
    opening = next((index for index, char in enumerate(surface) if char in OPENING_QUOTES), None)
    if opening is not None:
        quote = span.start + opening
        quoted = surface[opening + 1:]
        closing = next((index for index, char in enumerate(quoted) if char in CLOSING_QUOTES), len(quoted))
        quoted = quoted[:closing]
    elif span.start and text[span.start - 1] in OPENING_QUOTES:
        quote, quoted = span.start - 1, surface
    else:
        return False
    if _quoted_key(quoted, morph) != key:
        return False
    before = _WORD.findall(text[max(0, quote - 80):quote])[-2:]
    # the adjective as written or its lemma (``Тверское``: ``тверской``)
    return not any(gazetteer.place_of_adjective(word) or gazetteer.place_of_adjective(morph.lemma(word))
                   for word in before)


def _quoted_key(quoted: str, morph: Morph) -> str:
    """The lemmas of a quoted name's words (``Метеора`` and ``Метеор``: ``метеор``)."""
    return " ".join(morph.lemma(word) for word in _WORD.findall(quoted))
