"""The place a title stands for when it heads a group named before it: ``делегация из китайского города Хэйхэ во
главе с мэром X`` — the mayor is of the town the delegation comes from, not of the region the text is about;
``делегацию правительства провинции A во главе с губернатором Y`` — a governor of that province's country."""

from __future__ import annotations

from ...morph import fold
from ...ner import Analysis
from ...places import RUSSIA, Place
from ...records import LOC, ORG, Span
from ...resolve import Resolved
from ..grammar import Title

_LED_BY = ("во", "главе", "с")  # "во главе с": the one who leads the group named before
_WITH = ("с", "со")


def led_group_place(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved) -> Place | None:
    """The place of the group a title heads after ``во главе с`` (``делегация из города Хэйхэ во главе с мэром``):
    the last place or body of a place named before ``во главе`` in the title's sentence, where it has a country
    or a region; ``None`` for a title not so placed."""
    tokens = analysis.tokens
    k = title.first
    if k < 3 or fold(tokens[k - 1].text) not in _WITH or fold(tokens[k - 2].text) != _LED_BY[1] \
            or fold(tokens[k - 3].text) != _LED_BY[0]:
        return None
    sent, before = tokens[title.head].sent, tokens[k - 3].start
    named = [s for s in spans if s.type in (LOC, ORG) and s.end <= before
             and analysis.tokens_in(s.start, s.end) and analysis.tokens_in(s.start, s.end)[0].sent == sent]
    for span in sorted(named, key=lambda s: (s.end, s.end - s.start), reverse=True):
        place = _place_of(span, resolved)
        if place is not None:
            return place
    return None


def _place_of(span: Span, resolved: Resolved) -> Place | None:
    """The place a span names (a LOC), or the one a body of a place stands for (an ORG with a foreign country or a
    Russian region); ``None`` for neither."""
    if span.type == LOC:
        place = resolved.place_of.get(span)
        return place if place is not None and (place.region_code or place.country_code) else None
    org = resolved.orgs.get(resolved.entity_of.get(span, ""))
    if org is None:
        return None
    if org.country not in (None, RUSSIA):
        return Place(org.name, "other", None, org.country)
    if org.region_code:
        return Place(org.name, "other", org.region_code, RUSSIA)
    return None
