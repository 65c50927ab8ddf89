"""Places a text names only as where someone goes (``министры посетят Москву``, ``улетел в Москву``): they say
nothing of which region the text is about, so a text about one region that sends its officials to the capital
stays about its region (:func:`region_and_scope`). Nor do places a text names as the neighbour of its own (``в
соседней Тюменской области``) or as the ends of a route (``автобус «Ростов – Нальчик»``, :func:`find_places_aside`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..morph import Morph
from ..ner import Analysis
from ..places import Place
from ..records import Span
from .bodies_placed import origins_of_people
from .locations import ORIGIN, Scope, document_scope, main_region
from .settlements import follows_neighbour
from .syntax import FROM_PREPOSITIONS, PLACE_PREPOSITIONS, governed
from .venues import scope_without_venues, stations_abroad

# verbs whose object is a place visited (``посетят Москву``), lemmas
_VISITING = frozenset({"посетить", "посещать", "навестить", "навещать", "объехать", "объезжать", "облететь",
                       "облетать", "объездить"})


# a route's nouns in all their forms (``поезда``, ``электричек``; not ``поездка``, ``маршрутка``, ``трассировка``)
_ROUTE_NOUNS = (r"(?:маршрут|авиарейс|рейс|автобус|поезд)(?:ами|ам|ах|ов|ом|а|у|е|ы)?"
                r"|(?:электричк|трасс|автодорог)(?:ами|ам|ах|ой|ою|а|и|ы|е|у)?|электричек")
# a route's nouns before its ends joined by a dash (``автобус «Ростов – Нальчик»``, ``по маршруту Махачкала–Сочи``)
_ROUTE = re.compile(r"\b(?i:" + _ROUTE_NOUNS + r")\s+"
                    r"(?:(?:по\s+)?(?i:маршрут(?:ами|ам|ах|ов|ом|а|у|е|ы)?)\s+)?[«\"“„]?"
                    r"(?P<ends>[А-ЯЁ][\w.-]*(?:\s+[А-ЯЁ][\w.-]*)?"
                    r"(?:\s*[–—-]\s*[А-ЯЁ][\w.-]*(?:\s+[а-яё]+-[\w-]+)?)+)")


def region_and_scope(analysis: Analysis, places: dict[Span, Place], morph: Morph,
                     bodies: dict[Span, Place] | None = None) -> tuple[str | None, Scope]:
    """The region a document speaks of most (:func:`nerpipe.resolve.locations.main_region`) and what it is
    plainly about (:func:`nerpipe.resolve.locations.document_scope`), counting no region where it is only a
    destination (:func:`destinations`) when the text names it nowhere else and names a region otherwise than
    as where someone goes or comes from (``из Москвы``), and never a place named as a neighbour or a route's end
    (:func:`find_places_aside`), nor one of no region of its own placed by the next (:func:`placed_by_next`);
    about no foreign country it names only as a venue (``переговоры в Лондоне``,
    :func:`nerpipe.resolve.venues.scope_without_venues`); nor one named only as a person's origin (``американский
    учёный``, :func:`~.bodies_placed.origins_of_people`): it weighs only against the others (category
    :data:`~.locations.ORIGIN`); nor one named only as where an envoy serves (``посол в Китае``,
    :func:`nerpipe.resolve.venues.stations_abroad`). ``bodies``: the places of the bodies the text names, one
    per body (:func:`~.bodies_placed.place_bodies`), which count as places do."""
    aside = find_places_aside(analysis, places, morph) | placed_by_next(analysis, places) \
        | stations_abroad(analysis, places, morph)
    of_people = origins_of_people(analysis, places, morph)
    places = {span: replace(place, category=ORIGIN) if span in of_people else place
              for span, place in places.items() if span not in aside} | (bodies or {})
    going = destinations(analysis, places, morph)
    named = {place.region_code for span, place in places.items()
             if span not in going and place is not None and place.region_code}
    going = {span for span in going if places[span].region_code not in named}
    staying = {span: place for span, place in places.items() if span not in going}
    origins = _origins(analysis, staying, morph)
    if not going or not any(place is not None and place.region_code
                            for span, place in staying.items() if span not in origins):
        return main_region(places), scope_without_venues(analysis, places, None, document_scope(places), morph)
    return main_region(staying), scope_without_venues(analysis, places, staying, document_scope(places, staying),
                                                      morph)


def destinations(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> set[Span]:
    """The spans of places of a region named as a destination: in the accusative after ``в``/``на``
    (``в Москву``) or as the object of a verb of visiting (``посетят Москву``)."""
    return {span for span, place in places.items() if place is not None and place.region_code
            and governed(analysis, span, morph, "Acc", PLACE_PREPOSITIONS, _VISITING)}


def _origins(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> set[Span]:
    """The spans of places named as where someone comes from: in the genitive after ``из`` or ``от``."""
    return {span for span, place in places.items() if place is not None and place.region_code
            and governed(analysis, span, morph, "Gen", FROM_PREPOSITIONS)}


def placed_by_next(analysis: Analysis, places: dict[Span, Place]) -> set[Span]:
    """The spans of places the gazetteer does not know (``other``) right before a place of their region, which
    gives it them (``в Кедринском районе Бурятии``, ``деревне Кедрово Заморского района Тверской области``):
    the region is named once, by the place after."""
    ordered = sorted((span for span, place in places.items() if place is not None), key=lambda span: span.start)
    out = set()
    for span, after in zip(ordered, ordered[1:]):
        place = places[span]
        if place.category == "other" and place.region_code and place.region_code == places[after].region_code \
                and not analysis.text[span.end:after.start].strip():
            out.add(span)
    return out


def find_places_aside(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> set[Span]:
    """The spans of places a text names as the neighbour of its own (``соседней``, also across a comma: ``в
    соседней, Тюменской области``) or as the ends of a route joined by a dash after a route's noun (``автобуса
    «Ростов – Нальчик»``, ``по маршруту Махачкала–Ростов-на-Дону``) that lie in different regions or countries:
    neither is the place the text is about; a route within one region (``автобус Тверь – Ржев``) is that region's."""
    aside = set()
    for match in _ROUTE.finditer(analysis.text):
        start, stop = match.span("ends")
        ends = [span for span in places if start <= span.start and span.end <= stop]
        if len({places[span].region_code or places[span].country_code for span in ends
                if places[span] is not None and (places[span].region_code or places[span].country_code)}) > 1:
            aside.update(ends)
    for span in places:
        if span in aside:
            continue
        tokens = analysis.tokens_in(span.start, span.end)
        if tokens and follows_neighbour(analysis, tokens[0].index, morph, over_comma=True):
            aside.add(span)
    return aside
