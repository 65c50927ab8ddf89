"""A title of a region said once for a list of regions and holders: ``Врио губернатора Тверской области стал Пётр
Орлов, Псковской области — Глеб Лаптев, а Омской области — Анна Котова``: each region after a comma, a semicolon,
``а`` or ``и`` in the case of the title's region, with a dash and a name after it, has the same title for that
name, its region put in place of the first."""

from __future__ import annotations

from ..ner import Analysis
from ..records import LOC, PositionFact, Span
from ..resolve import Resolved
from ..text import DASHES
from .attributes import TitleInfo
from .tokens import People, case_of

_JOINING = frozenset({",", ";", "а", "и"})  # what may stand before the next region of the list
_SUBJECT = "federal_subject"


def gapped_region_facts(analysis: Analysis, spans: list[Span], people: People, resolved: Resolved,
                        stated: list[tuple[PositionFact, TitleInfo]]) -> list[tuple[PositionFact, TitleInfo]]:
    """The rows of the regions listed after the holder of a title that ends with a federal subject and comes
    before its holder (``стал Пётр Орлов, Псковской области — Глеб Лаптев``)."""
    places = [s for s in spans if s.type == LOC and _subject(resolved, s)]
    by_first = {analysis.tokens_in(s.start, s.end)[0].index: s for s in places if analysis.tokens_in(s.start, s.end)}
    out = []
    for fact, info in stated:
        region = next((s for s in places if s.end == fact.end and fact.start < s.start), None)
        if region is None or fact.region_code is None or fact.person_start < fact.end or fact.org_id is not None:
            continue
        written = analysis.text[region.start:region.end]
        if written not in fact.position:
            continue
        case = case_of(analysis.tokens_in(region.start, region.end)[0])
        holder = people.by_first.get(analysis.tokens_in(fact.person_start, fact.person_end)[0].index)
        for other, person in _listed(analysis, holder, by_first, people, case) if holder is not None else ():
            person_id = resolved.entity_of.get(person)
            code = resolved.place_of[other].region_code
            if person_id is None or code is None:
                break
            position = fact.position.replace(written, analysis.text[other.start:other.end])
            out.append((PositionFact(
                person_id=person_id, position=position, role=fact.role, org_id=None, region_code=code,
                start=other.start, end=other.end, person_start=person.start, person_end=person.end,
                acting=fact.acting, former=fact.former, country=fact.country),
                TitleInfo(position, info.role, None, code, info.country, None, info.substance)))
    return out


def _subject(resolved: Resolved, span: Span) -> bool:
    place = resolved.place_of.get(span)
    return place is not None and place.category == _SUBJECT and place.region_code is not None


def _listed(analysis: Analysis, holder: Span, by_first: dict[int, Span], people: People, case: str | None
            ) -> list[tuple[Span, Span]]:
    """The (region, name) pairs that go on after a holder in its sentence: a region in ``case`` right after a
    comma, a semicolon, ``а`` or ``и``, a dash right after it, a name right after the dash."""
    tokens = analysis.tokens
    pairs = []
    k = analysis.tokens_in(holder.start, holder.end)[-1].index + 1
    sent = tokens[k - 1].sent
    while k < len(tokens) and tokens[k].sent == sent and tokens[k].text in _JOINING:
        while k < len(tokens) and tokens[k].text in _JOINING:
            k += 1  # ", а"
        region = by_first.get(k)
        if region is None or case_of(tokens[k]) != case:
            break
        dash = analysis.tokens_in(region.start, region.end)[-1].index + 1
        person = people.by_first.get(dash + 1)
        if dash >= len(tokens) or tokens[dash].text not in DASHES or person is None:
            break
        pairs.append((region, person))
        k = analysis.tokens_in(person.start, person.end)[-1].index + 1
    return pairs
