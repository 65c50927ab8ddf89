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
_AT = ("в", "во", "на")  # "прибыла в город Тверь во главе с": a place where, no group
_NOMINAL = ("NOUN", "PROPN", "ADJ")
_DEPTH = 6  # the steps up the parse from a word to the group's noun


def led_group_place(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved) -> Place | None:
    """The place of the group a title heads after ``во главе с`` (``делегация из города Хэйхэ во главе с мэром``):
    the last place or body of a place that the group's noun governs (``делегация из X``, ``делегация X``), where
    it has a country or a region; ``None`` for a title not so placed, and for the place the group visits (``В Твери
    побывала делегация во главе с министром``)."""
    tokens = analysis.tokens
    k = title.first
    if k < 3 or fold(tokens[k - 1].text) not in _WITH or fold(tokens[k - 2].text) != _LED_BY[1] \
            or fold(tokens[k - 3].text) != _LED_BY[0]:
        return None
    before = tokens[k - 3].start
    named = [s for s in spans if s.type in (LOC, ORG) and s.end <= before]
    group = _group_noun(analysis, k - 3, named)
    if group is None:
        return None
    governed = [s for s in named if _governed_by(analysis, s, group)]
    for span in sorted(governed, key=lambda s: (s.end, s.end - s.start), reverse=True):
        place = _place_of(span, resolved)
        if place is not None:
            return place
    return None


def _group_noun(analysis: Analysis, led: int, named: list[Span]) -> int | None:
    """The index of the noun of the group ``во главе`` follows (``делегация`` in ``делегация из китайского города
    Хэйхэ во главе``): the top of the nouns above the word before ``во`` (``led``), in its sentence and before
    ``во``; ``None`` where that is no common noun, or one in a place's name or after ``в``/``на`` (``прибыла в город
    Тверь во главе с``: a place, no group); a body's name may hold it (``делегацию правительства Шэньси``)."""
    tokens = analysis.tokens
    words = [t for t in tokens[:led] if t.text[:1].isalnum() and t.sent == tokens[led].sent]
    if not words:
        return None
    index = words[-1].index
    for _ in range(_DEPTH):
        head = tokens[index].head
        if head is None or head >= led or tokens[head].sent != tokens[led].sent \
                or tokens[head].pos not in _NOMINAL:
            break
        index = head
    noun = tokens[index]
    if noun.pos != "NOUN" or any(s.type == LOC and s.start <= noun.start and noun.end <= s.end for s in named):
        return None
    located = any(t.head == index and t.rel == "case" and fold(t.text) in _AT for t in tokens[:led])
    return None if located else index


def _governed_by(analysis: Analysis, span: Span, group: int) -> bool:
    """Whether the group's noun (``group``) is a span's first word or above it in the parse (``делегация`` above
    ``Хэйхэ`` of ``делегация из города Хэйхэ``; not above ``Твери`` of ``В Твери побывала делегация``)."""
    tokens = analysis.tokens
    inside = analysis.tokens_in(span.start, span.end)
    if not inside:
        return False
    index: int | None = inside[0].index
    for _ in range(_DEPTH + len(inside)):
        if index is None:
            return False
        if index == group:
            return True
        index = tokens[index].head
    return False


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
