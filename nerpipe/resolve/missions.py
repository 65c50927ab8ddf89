"""Missions of a state in another place (``французского посольства в Москве``): whether an organization is one,
and which of its places is where it serves rather than the state it belongs to."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import DIPLOMATIC_BODIES
from ..places import RUSSIA, Gazetteer
from ..records import Span


def is_mission(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> bool:
    """Whether an ORG span names a state's diplomatic body (``французского посольства в Москве``): a place inside it
    after ``в`` (:func:`after_in`) is where it serves, not the state it belongs to. A ``представительство``, which a
    region or a company has in a town as well (``представительство области в Москве``: the region's), only with a
    foreign country's adjective (``французского представительства``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    kinds = {form for t in tokens for form in morph.forms(t.text) & DIPLOMATIC_BODIES}
    if kinds & _STATE_MISSIONS:
        return True
    return bool(kinds) and any(
        (place := gazetteer.place_of_adjective(t.text)) is not None and place.kind == "country"
        and place.country_code != RUSSIA for t in tokens if t.pos == "ADJ")


_STATE_MISSIONS = DIPLOMATIC_BODIES - {"представительство"}


def after_in(analysis: Analysis, place: Span) -> bool:
    """Whether a place comes after ``в`` (``в Москве``)."""
    inner = analysis.tokens_in(place.start, place.end)
    return bool(inner) and inner[0].index > 0 and fold(analysis.tokens[inner[0].index - 1].text) in ("в", "во")
