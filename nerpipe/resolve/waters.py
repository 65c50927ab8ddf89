"""Rivers named after their noun (``реке Урал``, ``в реках Ишим и Тобол``): the river, never the town or the
region that shares its name; the noun may stand before the span or before the first of coordinated names."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..places import RIVER_TYPES, Gazetteer, Place
from ..records import Span
from .unknown_places import name_unknown_place

_AND = frozenset({"и", ","})


def river_of(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> Place | None:
    """The river a span names after a river's noun right before it (``реках Ишим``), else ``None`` (the noun
    inside the span is :meth:`nerpipe.places.Gazetteer.lookup`'s)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].index == 0:
        return None
    before = analysis.tokens[tokens[0].index - 1]
    if before.sent != tokens[0].sent or gazetteer.place_type(before.text, abbreviations=False) not in RIVER_TYPES:
        return None
    return name_unknown_place([before.word()] + [t.word() for t in tokens], morph, gazetteer)


def coordinated_rivers(analysis: Analysis, places: dict[Span, Place], morph: Morph,
                       gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with a name coordinated right after a river's (``реках Ишим и Тобол``: ``Тобол``) made a river
    too."""
    out = dict(places)
    ordered = sorted(places, key=lambda span: span.start)
    for first, second in zip(ordered, ordered[1:]):
        river = out[first].name.split()[0]
        if river not in RIVER_TYPES or analysis.text[first.end:second.start].strip() not in _AND:
            continue
        words = [t.word() for t in analysis.tokens_in(second.start, second.end)]
        if words and words[0].text[:1].isupper():
            named = name_unknown_place(words, morph, gazetteer)
            if named is not None:
                out[second] = Place(f"{river} {named.name}", "other", None, None)
    return out
