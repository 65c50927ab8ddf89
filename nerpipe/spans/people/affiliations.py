"""Affiliations in brackets after the people of a list (``Пётр Орлов (Зенит), Анна Котова (Вектор-Спорт), …``): the
team, club or country each belongs to, no person, whatever the tagger tags a two-word bracket as."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from ...morph import fold
from ...ner import Analysis
from ...records import LOC, ORG, PER, Span

# a bracket right after a name: words only, no number nor comma (``Кормилов (Зимин, 73)`` is a substitute)
_BRACKET = re.compile(r"[ \t]*\(([^()\d,;\n]{2,60})\)")
_LEAST_LISTED = 3  # people with a bracket each in one sentence


def recast_bracketed_affiliations(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """``spans`` with each PER span that fills a bracket after a person's name recast as an affiliation, where one
    sentence lists three people or more so, and some bracket of theirs holds an organization or a place the tagger
    tags as one, or the same words follow two of them (``(Вектор-Спорт)`` twice): the affiliations are of one
    kind, the commonest of those tagged (an organization when none is)."""
    text = analysis.text
    people = sorted((s for s in spans if s.type == PER), key=lambda s: s.start)
    by_place: dict[tuple[int, int], list[Span]] = {}
    for span in spans:
        by_place.setdefault((span.start, span.end), []).append(span)
    groups: list[tuple[Span, int, int]] = []  # the person, the start and end of the words in the bracket
    for person in people:
        bracket = _BRACKET.match(text, person.end)
        if bracket is not None:
            inner = bracket.group(1)
            start = bracket.start(1) + len(inner) - len(inner.lstrip())
            groups.append((person, start, bracket.start(1) + len(inner.rstrip())))
    recast: dict[Span, str] = {}
    for run in _sentence_runs(analysis, groups):
        people_of_run = {person for person, _start, _end in run}
        bracketed = _people_within(people, [(a, b) for _p, a, b in run])
        if len(people_of_run - bracketed) < _LEAST_LISTED:
            continue
        inside = [s for _p, a, b in run for s in by_place.get((a, b), ())]
        kinds = Counter(s.type for s in inside if s.type in (ORG, LOC))
        words = Counter(fold(text[a:b]) for _p, a, b in run)
        if not kinds and max(words.values()) < 2:
            continue
        kind = kinds.most_common(1)[0][0] if kinds else ORG
        recast.update({s: kind for s in inside if s.type == PER})
    return [Span(s.start, s.end, recast[s]) if s in recast else s for s in spans]


def _people_within(people: list[Span], brackets: list[tuple[int, int]]) -> set[Span]:
    """The people of ``people`` (sorted by start) whose span lies inside one of ``brackets`` (in text order)."""
    within: set[Span] = set()
    index = 0
    for start, end in brackets:
        index = bisect_left(people, start, lo=index, key=lambda s: s.start)
        for person in people[index:]:
            if person.start >= end:
                break
            if person.end <= end:
                within.add(person)
    return within


def _sentence_runs(analysis: Analysis, groups: list[tuple[Span, int, int]]) -> list[list[tuple[Span, int, int]]]:
    """The groups of one sentence each: no end of the analysis's sentences nor a line's end between a bracket and
    the next person (not the dot of an initial or of a number, ``А. Орлов``, ``17. Орлов``)."""
    ends = sorted(end for _start, end in analysis.sentences)
    runs: list[list[tuple[Span, int, int]]] = []
    for group in groups:
        last = runs[-1][-1][2] if runs else None
        if last is not None and group[0].start >= last and "\n" not in analysis.text[last:group[0].start] \
                and bisect_right(ends, last) == bisect_right(ends, group[0].start):
            runs[-1].append(group)
        else:
            runs.append([group])
    return runs
