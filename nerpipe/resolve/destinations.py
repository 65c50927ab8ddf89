"""Places a text names only as where someone goes (``министры посетят Москву``, ``улетел в Москву``): they say
nothing of which region the text is about, so a text about one region that sends its officials to the capital
stays about its region (:func:`region_and_scope`)."""

from __future__ import annotations

from ..ner import Analysis
from ..places import Place
from ..records import Span
from .locations import Scope, document_scope, main_region
from .syntax import word_before

# prepositions that, before a place in the accusative, make it where someone goes (``в Москву``, ``на Кубань``)
_TOWARDS = frozenset({"в", "во", "на"})


def region_and_scope(analysis: Analysis, places: dict[Span, Place]) -> tuple[str | None, Scope]:
    """The region a document speaks of most (:func:`nerpipe.resolve.locations.main_region`) and what it is
    plainly about (:func:`nerpipe.resolve.locations.document_scope`), counting no region where it is only a
    destination (:func:`destinations`) when the text names a region otherwise too."""
    going = destinations(analysis, places)
    staying = {span: place for span, place in places.items() if span not in going}
    if not going or not any(place is not None and place.region_code for place in staying.values()):
        return main_region(places), document_scope(places)
    return main_region(staying), document_scope(places, staying)


def destinations(analysis: Analysis, places: dict[Span, Place]) -> set[Span]:
    """The spans of places of a region named as a destination: in the accusative after ``в``/``на``
    (``в Москву``) or as the object of a verb (``посетят Москву``)."""
    out = set()
    for span, place in places.items():
        if place is None or not place.region_code:
            continue
        tokens = analysis.tokens_in(span.start, span.end)
        inside = {token.index for token in tokens}
        heads = [token for token in tokens if token.head not in inside]
        if len(heads) != 1 or heads[0].feat.get("Case") != "Acc":
            continue
        head = heads[0]
        before = word_before(analysis, span)
        governor = analysis.tokens[head.head] if head.head is not None else None
        if (before is not None and before.text.lower() in _TOWARDS) \
                or (head.rel == "obj" and governor is not None and governor.pos == "VERB"):
            out.add(span)
    return out
