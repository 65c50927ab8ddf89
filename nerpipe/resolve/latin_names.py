"""Names of a document written in Latin letters or another script beside their Cyrillic form: a name in
brackets right after a name is that person's (``Мартин Гёрлих (Martin Görlich)``), and a full Latin name
is the one Cyrillic full name it spells (:mod:`.spelling`)."""

from __future__ import annotations

import re

from ..names import Name
from ..orgs import bracketed_after, is_latin_name
from ..records import Span
from .spelling import spells, spells_first_name


def join_latin_names(text: str, names: dict[Span, Name]) -> None:
    """A Latin name, a name in another script, or a surname alone in brackets right after a name is
    that person's (``Мартин Гёрлих (Martin Görlich)``, ``Лю Жун (刘荣)``, a former surname ``Анна
    Орлова (Зорина)``, ``(в девичестве Зорина)``): it takes the name before it."""
    by_start = {span.start: span for span in names}
    spans = sorted(names, key=lambda s: s.start)  # the keys stay: only the names of spans change below
    for at, span in enumerate(spans):
        inner = bracketed_after(text, span.end)
        if inner:
            lead = _MAIDEN.match(text, inner[0], inner[1])
            inner = (lead.end(), inner[1]) if lead else inner
        latin = by_start.get(inner[0]) if inner else None
        if latin is not None and latin.end != inner[1]:
            _join_listed_spellings(text, names, spans, at, inner)  # ``… и Андреа Лейф (Walter Kronbach and …)``
        if latin is None or latin.end != inner[1]:
            continue
        spelled = text[latin.start:latin.end]
        if is_latin_name(text[span.start:span.end]):
            if not _CYRILLIC.search(spelled) and not is_latin_name(spelled):
                names[latin] = names[span]  # ``Nightfox (夜狐)``
        elif is_latin_name(spelled) or not _CYRILLIC.search(spelled) or (names[latin].last and not names[latin].first):
            names[latin] = names[span]


_LISTED = re.compile(r"\s*(?:,|и)\s*")


def _join_listed_spellings(text: str, names: dict[Span, Name], spans: list[Span], at: int,
                           inner: tuple[int, int]) -> None:
    """Latin names listed in brackets (``(Walter Kronbach and Andrea Leif)``) right after as many names listed
    with commas and ``и`` (``Вальтеру Кронбаху и Андреа Лейф``), the last ``spans[at]`` of the document's spans
    in order: each the person of the name in its place."""
    last = spans[at]
    latin = [s for s in spans if inner[0] <= s.start and s.end <= inner[1]]
    if len(latin) < 2 or not all(is_latin_name(text[s.start:s.end]) for s in latin):
        return
    listed = [last]
    for span in reversed(spans[:at]):
        if len(listed) == len(latin) or not _LISTED.fullmatch(text[span.end:listed[-1].start]):
            break
        listed.append(span)
    if len(listed) == len(latin) and not any(is_latin_name(text[s.start:s.end]) for s in listed):
        for cyrillic, spelled in zip(reversed(listed), latin):
            names[spelled] = names[cyrillic]


_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# the words a former surname in brackets opens with (``Анна Орлова (в девичестве Зорина)``)
_MAIDEN = re.compile(r"(?:в\s+девичестве|урожд[её]нн(?:ая|ый)|урожд\.)\s+", re.IGNORECASE)


def join_latin_spellings(names: dict[Span, Name]) -> None:
    """A full name in Latin letters is the one full name of the document in Cyrillic that it spells,
    first name and surname (``Martin Görlich`` and ``Мартин Гёрлих``, :mod:`.spelling`)."""
    cyrillic = [name for name in names.values() if _full_spelled(name) and not is_latin_name(name.full)]
    for span, name in names.items():
        if not _full_spelled(name) or not is_latin_name(name.full):
            continue
        matches = {other for other in cyrillic
                   if spells(name.last, other.last) and spells_first_name(name.first, other.first)}
        if len({m.key for m in matches}) == 1:
            names[span] = next(iter(matches))


def _full_spelled(name: Name) -> bool:
    """Whether a name has a first name (no initial) and a surname, to be spelled in the other alphabet."""
    return bool(name.first and name.last and not name.first.endswith("."))
