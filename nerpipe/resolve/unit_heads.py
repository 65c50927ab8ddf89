"""A unit of a body named again with the body's kind noun for its name (``ЦК партии`` after ``ЦК
КПРФ``, ``президиум академии`` after ``президиум Российской академии наук``): the unit named before,
not a body of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..ner import Analysis
from ..orgs import OrgLexicon
from ..records import Span

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def resolve_unit_heads(analysis: Analysis, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """Rename in place a mention of two words, a unit's word (``ЦК``, ``президиум``) and a kind noun in
    the genitive in lower case, to the one organization named before it with that unit's word first
    and, inside its mention, a body of that kind (``ЦК КПРФ`` holding ``КПРФ``, a party) or that kind
    noun next (``ЦК партии «Вектор»``); with none or several, or one it is already, it stays."""
    morph = lexicon.morph
    ordered = sorted(resolved.items(), key=lambda item: item[0].start)
    for span, org in ordered:
        tokens = analysis.tokens_in(span.start, span.end)
        if len(tokens) != 2 or not tokens[1].text.isalpha() or not tokens[1].text.islower() \
                or not morph.has_gram(tokens[1].text, "gent") or lexicon.kind_of(tokens[1].text) is None:
            continue
        if lexicon.kind_of(tokens[0].text) != "unit":
            continue  # ``ЦК``, ``президиума``; not ``Верховного суда``
        unit, kind = morph.lemma(tokens[0].text), morph.lemma(tokens[1].text)
        found = {}
        for before, other in ordered:
            if before.end > span.start:
                continue
            words = other.name.split()
            if len(words) > 2 and morph.lemma(words[0]) == unit and morph.lemma(words[1]) == kind \
                    or len(words) > 1 and morph.lemma(words[0]) == unit \
                    and any(_of_kind(inner, kind, lexicon) for inside, inner in resolved.items()
                            if before.contains(inside) and inside != before):
                found[other.org_id] = other
        if len(found) == 1 and org.org_id not in found:
            resolved[span] = next(iter(found.values()))


def _of_kind(org: ResolvedOrg, kind: str, lexicon: OrgLexicon) -> bool:
    """Whether a body is of the kind a noun names: by its name's words or its dictionary names'."""
    morph = lexicon.morph
    return kind in lexicon.kind_lemmas(org.name) or any(morph.lemma(word) == kind for word in org.name.split())
