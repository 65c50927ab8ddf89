"""Rivers named after their noun (``реке Урал``, ``в реках Ишим и Тобол``): the river, never the town or the
region that shares its name; the noun may stand before the span, or, in the plural, before the first of names
joined to it by ``и`` or a comma that the gazetteer does not know (``реках Ишим и Тобол``)."""

from __future__ import annotations

from ..morph import Morph
from ..ner import Analysis
from ..places import RIVER_TYPES, Gazetteer, Place
from ..records import Span
from .syntax import word_before
from .unknown_places import name_unknown_place

_AND = frozenset({"и", ","})


def river_of(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> Place | None:
    """The river a span names after a river's noun right before it (``реках Ишим``), else ``None`` (the noun
    inside the span is :meth:`nerpipe.places.Gazetteer.lookup`'s)."""
    tokens = analysis.tokens_in(span.start, span.end)
    before = word_before(analysis, span)
    if before is None or gazetteer.place_type(before.text, abbreviations=False) not in RIVER_TYPES:
        return None
    return name_unknown_place([before.word()] + [t.word() for t in tokens], morph, gazetteer)


def coordinated_rivers(analysis: Analysis, places: dict[Span, Place], morph: Morph,
                       gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with a name of no known place coordinated right after a river's named after a river's noun in
    the plural (``реках Ишим и Тобол``: ``Тобол``) made a river too; a singular noun names one river
    (``на реку Урал и Оренбург …``: the town)."""
    out = dict(places)
    ordered = sorted(places, key=lambda span: span.start)
    for first, second in zip(ordered, ordered[1:]):
        river = out[first].name.split()[0]
        if river not in RIVER_TYPES or analysis.text[first.end:second.start].strip() not in _AND \
                or not _plural_noun(analysis, first, gazetteer) \
                or places[second].category != "other" or places[second].region_code or places[second].country_code:
            continue
        words = [t.word() for t in analysis.tokens_in(second.start, second.end)]
        if words and words[0].text[:1].isupper():
            named = name_unknown_place(words, morph, gazetteer)
            if named is not None:
                out[second] = Place(f"{river} {named.name}", "other", None, None)
    return out


def _plural_noun(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the river's noun before a span or opening it is in the plural (``реках Ишим``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    before = word_before(analysis, span)
    nouns = [token for token in ([before] if before is not None else []) + tokens[:1]
             if gazetteer.place_type(token.text, abbreviations=False) in RIVER_TYPES]
    return any(gazetteer.morph.has_gram(noun.text, "plur") for noun in nouns)
