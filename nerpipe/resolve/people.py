"""Who a person is within a document: partial names resolved to the full name they fit.

Surname-only, first-name-only and initial forms resolve to the one full name of
the document they fit (``Орлов`` → ``Пётр Орлов``).
"""

from __future__ import annotations

from collections import defaultdict

from ..morph import Morph, fold
from ..names import Name, parse_name
from ..ner import Analysis
from ..records import PER, Span
from .ids import person_id


def resolve_people(analysis: Analysis, spans: list[Span], morph: Morph) -> tuple[dict[Span, Name], dict[Span, str]]:
    """The canonical name of every PER span, partial names resolved to the full name they fit."""
    names: dict[Span, Name] = {}
    for span in spans:
        if span.type != PER:
            continue
        words = [t.word() for t in analysis.tokens_in(span.start, span.end)]
        name = parse_name(words, morph)
        if name is not None and (name.first or name.last):
            names[span] = name
    full = [n for n in names.values() if n.is_full]
    by_last: dict[str, list[Name]] = defaultdict(list)
    by_first: dict[str, list[Name]] = defaultdict(list)
    for name in full:
        if name not in by_last[surname_key(name.last)]:
            by_last[surname_key(name.last)].append(name)
        if name not in by_first[fold(name.first)]:
            by_first[fold(name.first)].append(name)
    resolved: dict[Span, Name] = {}
    for span, name in names.items():
        if not name.is_full:
            target = None
            if name.last:
                written = analysis.text[span.start:span.end].split()[-1]
                candidates = _distinct([c for c in full if could_be_form(written, c.last)]
                                       or by_last.get(surname_key(name.last), []))
                if name.first:  # initials: the first letter must agree
                    candidates = [c for c in candidates if fold(c.first)[:1] == fold(name.first)[:1]]
                if len(candidates) > 1:  # Петрова beside Андрей Петров and Ольга Петрова
                    candidates = [c for c in candidates if fold(c.last) == fold(written)] or candidates
                if len(candidates) == 1:
                    target = candidates[0]
            elif name.first:
                candidates = _distinct(by_first.get(fold(name.first), []))
                if len(candidates) == 1:
                    target = candidates[0]
            if target is not None:
                name = target
        resolved[span] = name
    # the fullest form of each person (with a middle name when one mention gives it)
    best: dict[str, Name] = {}
    for name in resolved.values():
        key = name.key
        if key not in best or (name.middle and not best[key].middle):
            best[key] = name
    final = {span: best[name.key] for span, name in resolved.items()}
    ids = {span: person_id(name) for span, name in final.items()}
    return final, ids


def could_be_form(written: str, last: str) -> bool:
    """Whether a surname as written can be a case form of the surname ``last``:
    ``Шмидту`` of ``Шмидт``, ``Петровой`` of ``Петрова``, ``Лесовского`` of ``Лесовский``."""
    written, last = fold(written), fold(last)
    if written == last:
        return True
    if last.endswith(("ий", "ый", "ой", "ая")):
        stem, room = last[:-2], 3
    elif last.endswith(("а", "я", "ь", "й")):
        stem, room = last[:-1], 2
    else:
        stem, room = last, 2
    return len(stem) >= 3 and written.startswith(stem) and len(written) - len(stem) <= room


def surname_key(last: str | None) -> str:
    """Surnames of a man and a woman of one family share a key: ``Орлова`` ~ ``Орлов``."""
    key = fold(last or "")
    for fem, masc in (("ская", "ский"), ("цкая", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"),
                      ("ына", "ын")):
        if key.endswith(fem):
            return key[: -len(fem)] + masc
    return key


def _distinct(names: list[Name]) -> list[Name]:
    seen = {}
    for name in names:
        seen.setdefault(name.key, name)
    return list(seen.values())
