"""A body named again without its place, or with a word that stands for the place (``Минздраве``,
``МИД страны`` after ``Минздрав Башкирии``, ``МИД Эстонии``): the body of that place the document
named before, not the country's federal one the dictionary knows by the bare word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph
from ..ner import Analysis
from ..places import OTHER, Gazetteer
from ..records import Span

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

# nouns that stand for a place named before (``МИД страны``, ``Минздрав республики``)
_PLACE_WORDS = frozenset({"страна", "республика", "регион", "край", "область", "государство"})


def resolve_placed_heads(analysis: Analysis, resolved: dict[Span, ResolvedOrg], morph: Morph,
                         gazetteer: Gazetteer) -> None:
    """Rename in place a mention of a capitalised one-word name (or of one with a word for a place after it) to the
    one organization named before it with that word and a place in the genitive: ``Минздраве`` after
    ``Минздрав Башкирии`` is that ministry; beside two such (``МИД Эстонии``, ``МИД Латвии``) it stays."""
    placed: dict[str, list[tuple[Span, ResolvedOrg]]] = {}
    for span, org in sorted(resolved.items(), key=lambda item: item[0].start):
        words = org.name.split()
        place = gazetteer.lookup(" ".join(words[1:])) if len(words) >= 2 and words[0].isalpha() else None
        if place is not None and place.kind != OTHER:  # a territory, not a facility (``Экипаж МКС``)
            placed.setdefault(morph.lemma(words[0]), []).append((span, org))
    if not placed:
        return
    for span, org in list(resolved.items()):
        words = analysis.text[span.start:span.end].split()
        if not words or not words[0].isalpha() or not words[0][:1].isupper() or len(words) > 2 \
                or len(words) == 2 and not morph.forms(words[1]) & _PLACE_WORDS:
            continue
        before = [other for first, other in placed.get(morph.lemma(words[0]), []) if first.end <= span.start]
        names = {other.org_id for other in before}
        if len(names) == 1 and org.org_id not in names:
            resolved[span] = before[0]
