"""Affiliations in brackets after the people of a list (``Пётр Орлов (Зенит), Анна Котова (Вектор-Спорт), …``): the
team, club or country each belongs to, no person, whatever the tagger tags a two-word bracket as."""

from __future__ import annotations

import re
from collections import Counter

from ...morph import fold
from ...records import LOC, ORG, PER, Span

# a bracket right after a name: words only, no number nor comma (``Уокер (Обафеми, 73)`` is a substitute)
_BRACKET = re.compile(r"[ \t]*\(([^()\d,;\n]{2,60})\)")
_SENTENCE_END = re.compile(r"[.!?\n]")
_LEAST_LISTED = 3  # people with a bracket each in one sentence


def recast_bracketed_affiliations(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each PER span that fills a bracket after a person's name recast as an affiliation, where one
    sentence lists three people or more so, and some bracket of theirs holds an organization or a place the tagger
    tags as one, or the same words follow two of them (``(Вектор-Спорт)`` twice): the affiliations are of one
    kind, the commonest of those tagged (an organization when none is)."""
    people = sorted((s for s in spans if s.type == PER), key=lambda s: s.start)
    groups: list[tuple[Span, int, int]] = []  # the person, the start and end of the words in the bracket
    for person in people:
        bracket = _BRACKET.match(text, person.end)
        if bracket is not None:
            inner = bracket.group(1)
            start = bracket.start(1) + len(inner) - len(inner.lstrip())
            groups.append((person, start, bracket.start(1) + len(inner.rstrip())))
    recast: dict[Span, str] = {}
    for run in _sentence_runs(text, groups):
        people_of_run = {person for person, _start, _end in run}
        if len(people_of_run - {s for s in people if any(s.start >= a and s.end <= b for _p, a, b in run)}) \
                < _LEAST_LISTED:
            continue
        inside = [s for s in spans if any((s.start, s.end) == (a, b) for _p, a, b in run)]
        kinds = Counter(s.type for s in inside if s.type in (ORG, LOC))
        words = Counter(fold(text[a:b]) for _p, a, b in run)
        if not kinds and max(words.values()) < 2:
            continue
        kind = kinds.most_common(1)[0][0] if kinds else ORG
        recast.update({s: kind for s in inside if s.type == PER})
    return [Span(s.start, s.end, recast[s]) if s in recast else s for s in spans]


def _sentence_runs(text: str, groups: list[tuple[Span, int, int]]) -> list[list[tuple[Span, int, int]]]:
    """The groups of one sentence each: no sentence's end between a bracket and the next person."""
    runs: list[list[tuple[Span, int, int]]] = []
    for group in groups:
        if runs and not _SENTENCE_END.search(text, runs[-1][-1][2], group[0].start) \
                and group[0].start >= runs[-1][-1][2]:
            runs[-1].append(group)
        else:
            runs.append([group])
    return runs
