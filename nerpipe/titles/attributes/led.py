"""The place a title stands for when it heads a group named before it: ``делегация из китайского города Хэйхэ во
главе с мэром X`` — the mayor is of the town the delegation comes from, not of the region the text is about;
``делегацию правительства провинции A во главе с губернатором Y`` — a governor of that province's country; and
a member of a delegation (``в составе делегации Заречья депутат X``) — a deputy of the delegation's country."""

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
_MEMBERSHIP = "составе"  # "в составе делегации", "в её составе": who the group is made of
_THEIR = ("её", "ее", "их")
_DELEGATION = "делегаци"  # the stem of a delegation's noun in all its forms
# words that open another clause or another side between ``в составе`` and a title (``…, а принимающую сторону —
# губернатор``): the title is no member
_OTHER_SIDE = frozenset({"а", "но", "однако", "—", "–", ";", ":"})


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


def member_group_place(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved) -> Place | None:
    """The place of the delegation a title's holder is a member of, after ``в составе`` in its sentence: ``в составе
    делегации парламента Заречья депутат X`` or, of the delegation named before, ``Делегация Заречья прибыла в
    Тверь. В её составе депутат X`` — the deputy is Заречье's, not the host's; ``None`` for a title not so placed."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    member = next((t.index for t in reversed(tokens[:title.first]) if t.sent == sent and t.text == _MEMBERSHIP
                   and t.index >= 1 and fold(tokens[t.index - 1].text) in _AT + _THEIR), None)
    if member is None or member + 1 >= title.first and fold(tokens[member - 1].text) not in _THEIR \
            or not _in_membership_clause(analysis, member, title):
        return None
    if fold(tokens[member - 1].text) in _THEIR:  # "в её составе": the delegation named in this sentence or the last
        group = next((t.index for t in reversed(tokens[:member]) if t.sent in (sent - 1, sent)
                      and fold(t.text).startswith(_DELEGATION)), None)
    else:
        group = member + 1 if fold(tokens[member + 1].text).startswith(_DELEGATION) else None
    if group is None:
        return None
    named = [s for s in spans if s.type in (LOC, ORG) and s.end <= tokens[title.first].start]
    for span in sorted((s for s in named if _governed_by(analysis, s, group)), key=lambda s: (s.end, s.start - s.end),
                       reverse=True):
        place = _place_of(span, resolved)
        if place is not None:
            return place
    return None


def _in_membership_clause(analysis: Analysis, member: int, title: Title) -> bool:
    """Whether a title stands in the clause of ``в составе`` (``member``: the index of ``составе``): no finite verb
    and no word opening another side (:data:`_OTHER_SIDE`) between them (``В её составе депутат X``, not ``В её
    составе пять министров, их встретил губернатор X``: the host who meets the delegation)."""
    return not any((t.pos in ("VERB", "AUX") and t.feat.get("VerbForm") == "Fin") or fold(t.text) in _OTHER_SIDE
                   for t in analysis.tokens[member + 1: title.first])


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
