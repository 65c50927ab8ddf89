"""A title of a region said once for a list of regions and holders: ``Врио губернатора Тверской области стал Пётр
Орлов, Псковской области — Глеб Лаптев, а Омской области — Анна Котова``: each region after a comma, a semicolon,
``а`` or ``и`` in the case of the title's region, with a dash and a name after it, has the same title for that
name, its region put in place of the first. So has each country listed after the holder of a title of a country
(``посол Чили Пётр Орлов, Перу — Глеб Лаптев``): the title with that country, no body."""

from __future__ import annotations

from ..ner import Analysis
from ..records import LOC, PositionFact, Span
from ..resolve import Resolved
from .attributes import TitleInfo
from .heading_gapped import gapped_bodies
from .tokens import People, case_of

_SUBJECT = "federal_subject"
_COUNTRY = "country"


def find_gapped_region_facts(analysis: Analysis, spans: list[Span], people: People, resolved: Resolved,
                             stated: list[tuple[PositionFact, TitleInfo]]) -> list[tuple[PositionFact, TitleInfo]]:
    """The rows of the regions listed after the holder of a title that ends with a federal subject and comes
    before its holder (``стал Пётр Орлов, Псковской области — Глеб Лаптев``)."""
    places = [s for s in spans if s.type == LOC and _is_subject(resolved, s)]
    countries = [s for s in spans if s.type == LOC and _is_country(resolved, s)]
    by_end: dict[int, list[Span]] = {}  # the places by where they end, in the order written
    for place in [*places, *countries]:
        by_end.setdefault(place.end, []).append(place)
    out = []
    for fact, info in stated:
        region = next((s for s in by_end.get(fact.end, ()) if fact.start < s.start), None)
        if region is None or fact.person_start < fact.end or fact.org_id is not None:
            continue
        abroad = _is_country(resolved, region)  # "посол Чили Пётр Орлов, Перу — Глеб Лаптев"
        if (fact.country if abroad else fact.region_code) is None or abroad and fact.region_code is not None:
            continue
        written = analysis.text[region.start:region.end]
        if written not in fact.position:
            continue
        case = case_of(analysis.tokens_in(region.start, region.end)[0])
        holder = people.by_first.get(analysis.tokens_in(fact.person_start, fact.person_end)[0].index)
        if holder is None:
            continue
        sent = analysis.tokens_in(holder.start, holder.end)[-1].sent
        # a country's name is often indeclinable (ЮАР, Перу): the dash and the name after it tell the item
        for other, person, _, _ in gapped_bodies(analysis, sent, holder, countries if abroad else places,
                                                 people.by_first, None if abroad else case):
            person_id = resolved.entity_of.get(person)
            if person_id is None:
                break
            place = resolved.place_of[other]  # a federal subject's region or a country's code: never None
            code, country = (None, place.country_code) if abroad else (place.region_code, fact.country)
            position = fact.position.replace(written, analysis.text[other.start:other.end])
            out.append((PositionFact(
                person_id=person_id, position=position, role=fact.role, org_id=None, region_code=code,
                start=other.start, end=other.end, person_start=person.start, person_end=person.end,
                acting=fact.acting, former=fact.former, country=country),
                TitleInfo(position, info.role, None, code, country if abroad else info.country, None,
                          info.substance)))
    return out


def _is_country(resolved: Resolved, span: Span) -> bool:
    """Whether a LOC span is resolved to a country."""
    place = resolved.place_of.get(span)
    return place is not None and place.category == _COUNTRY and place.country_code is not None


def _is_subject(resolved: Resolved, span: Span) -> bool:
    """Whether a LOC span is resolved to a region of Russia (a federal subject)."""
    place = resolved.place_of.get(span)
    return place is not None and place.category == _SUBJECT and place.region_code is not None
