"""One bank named two ways: by its quoted adjective after the word of its kind (``банка «Северный»``)
and by that adjective before the same word (``Северный банк``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from ..text import OPENING_QUOTES

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def join_quoted_adjectives(analysis: Analysis, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """A body named by one quoted adjective after a noun (``банка «Северный»``, named ``Северный``) is the
    document's one body named by that adjective and the same noun (``Северный банк``); a quoted
    adjective after another noun stays (``банка «Северный»`` beside ``Северный альянс``)."""
    named: dict[tuple[str, str], ResolvedOrg] = {}
    for org in resolved.values():
        words = org.name.split()
        if len(words) == 2 and morph.has_gram(words[0], "ADJF"):
            named.setdefault((fold(words[0]), morph.lemma(words[1])), org)
    if not named:
        return
    for span, org in list(resolved.items()):
        noun = _noun_before_quoted(analysis, span, org)
        if noun is None:
            continue
        target = named.get((fold(org.name), morph.lemma(noun)))
        if target is not None and target.org_id != org.org_id:
            resolved[span] = target


def _noun_before_quoted(analysis: Analysis, span: Span, org: ResolvedOrg) -> str | None:
    """The noun of ``noun «Adjective»`` a span is made of, when its body's name is that one word."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 4 or tokens[1].text not in OPENING_QUOTES or tokens[0].pos != "NOUN" \
            or tokens[2].text != org.name.split()[0] or len(org.name.split()) != 1:
        return None
    return tokens[0].text
