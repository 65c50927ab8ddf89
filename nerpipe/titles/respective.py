"""A plural title of coordinated places and as many holders, each of his own place: ``министры иностранных дел
Ивании и Лотарии Пётр Орлов и Карл Вейденау`` gives Орлов the minister of Ивания, Вейденау the minister of Лотария
(in the order written); not the whole title to each. So with places named by adjectives before one plural noun:
``губернаторы Тверской и Псковской областей Пётр Орлов и Карл Вейденау``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..morph import UD_CASE, Morph, fold
from ..ner import Analysis
from ..records import LOC, Span
from ..text import tidy_spaces
from .attributes import TitleInfo
from .grammar import Title
from .tokens import case_of

_JOINS = frozenset({",", "и"})  # what stands between two coordinated places: "России, Франции и Германии"


def respective_infos(analysis: Analysis, holders: dict[Title, list[Span]], spans: list[Span],
                     describe: Callable[[Title, list[Span]], TitleInfo],
                     morph: Morph) -> dict[tuple[Title, Span], TitleInfo]:
    """What each holder of a plural title of coordinated places holds, by (title, holder); ``describe``
    describes a title with the spans given. Places named by adjectives before one plural noun
    (``губернаторы Тверской и Псковской областей``) are such places too, each with the noun in the singular."""
    out: dict[tuple[Title, Span], TitleInfo] = {}
    for title, people in holders.items():
        people = sorted({p.start: p for p in people}.values(), key=lambda p: p.start)
        places = _coordinated_places(analysis, title, spans)
        names = [tidy_spaces(analysis.text[p.start:p.end]) for p in places]
        if not places:
            places, names = _adjective_places(analysis, title, spans, morph)
        if len(people) < 2 or len(places) != len(people) or not _before_places(analysis, title, places[0]):
            continue
        cut = replace(title, last=analysis.tokens_in(places[0].start, places[0].end)[0].index - 1)
        whole = describe(title, spans)  # its role when a holder's own body is not found: "главы МИД" are ministers
        others = set(places)
        for person, place, name in zip(people, places, names):
            # not the other places, nor a body named with one ("МИД Франции" of "глав МИД Франции и Германии")
            own = [s for s in spans if s == place or not any(s.overlaps(other) for other in others - {place})]
            info = describe(cut, own)
            position = f"{info.position} {name}"
            role = info.role if info.org_id is not None else whole.role
            out[(title, person)] = replace(info, position=position, role=role)
    return out


def _coordinated_places(analysis: Analysis, title: Title, spans: list[Span]) -> list[Span]:
    """The places that end a title joined by commas and ``и`` (``России и Франции``); none when the title
    does not end with two or more of them."""
    inner = sorted((s for s in spans if s.type == LOC and title.start <= s.start and s.end <= title.end),
                   key=lambda s: s.start)
    if not inner or analysis.text[inner[-1].end:title.end].strip():
        return []
    chain = [inner[-1]]
    for span in reversed(inner[:-1]):
        if fold(analysis.text[span.end:chain[0].start].strip()) not in _JOINS:
            break
        chain.insert(0, span)
    # places named by adjectives before one plural noun ("Ржевского и Торжокского районов") are no such list (not
    # a place of several words that opens with an adjective, "Российской Федерации")
    adjectives = any([t.pos for t in analysis.tokens_in(s.start, s.end)] == ["ADJ"] or _shared_noun(analysis, s)
                     for s in chain)
    return chain if len(chain) > 1 and not adjectives else []


def _adjective_places(analysis: Analysis, title: Title, spans: list[Span], morph: Morph
                      ) -> tuple[list[Span], list[str]]:
    """Places named by adjectives joined by commas and ``и`` before one plural noun that ends the title
    (``Тверской и Псковской областей``), each with the noun in the singular of its case (``Тверской области``,
    ``Псковской области``); none when the title does not end so."""
    inner = sorted((s for s in spans if s.type == LOC and title.start <= s.start and s.end <= title.end),
                   key=lambda s: s.start)
    if len(inner) < 2 or analysis.text[inner[-1].end:title.end].strip():
        return [], []
    last = analysis.tokens_in(inner[-1].start, inner[-1].end)
    if [t.pos for t in last] != ["ADJ", "NOUN"] or last[1].feat.get("Number") != "Plur":
        return [], []
    chain = [inner[-1]]
    for span in reversed(inner[:-1]):
        if fold(analysis.text[span.end:chain[0].start].strip()) not in _JOINS \
                or [t.pos for t in analysis.tokens_in(span.start, span.end)] != ["ADJ"]:
            break
        chain.insert(0, span)
    case = UD_CASE.get(case_of(last[1]) or "")
    noun = morph.inflect(last[1].text, {case, "sing"}, {"POS": "NOUN"}) if case is not None and len(chain) > 1 \
        else None
    if noun is None:
        return [], []
    return chain, [f"{analysis.text[s.start:s.end].split()[0]} {noun}" for s in chain]


def _before_places(analysis: Analysis, title: Title, first: Span) -> bool:
    """The title's head stands before the places: they are its dependents, not the title itself."""
    return analysis.tokens[title.head].end <= first.start


def _shared_noun(analysis: Analysis, place: Span) -> bool:
    """A place that ends with a plural noun after a singular word (``Сергачского муниципальных округов``): the noun
    the places before it share."""
    tokens = analysis.tokens_in(place.start, place.end)
    return len(tokens) > 1 and tokens[0].feat.get("Number") == "Sing" and tokens[-1].pos == "NOUN" \
        and tokens[-1].feat.get("Number") == "Plur"
