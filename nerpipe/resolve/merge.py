"""Who a person is across the corpus: partial names merged into the one full name they fit.

A document that names someone only by a surname or by initials (``Орлов``,
``П. И. Орлов``) cannot tell who it is; the corpus may: when exactly one person
of the corpus has that surname in full (and, for initials, that first letter),
the partial person is that person. A person known only in Latin letters is the one person in
Cyrillic whose name it spells (``Martin Görlich``, ``Мартин Гёрлих``).
"""

from __future__ import annotations

from collections import defaultdict

from ..orgs import is_latin_name
from .people import surname_key
from .spelling import name_skeleton


def merge_people(names: dict[str, tuple[str | None, str | None]]) -> dict[str, str]:
    """``{person_id: (first, last)}`` → ``{alias_id: person_id}`` for every surname-only and
    initial-only person that resolves to the one full person of the corpus with that surname
    (and, for initials, that first letter)."""
    full_by_surname: dict[str, dict[str, str]] = defaultdict(dict)  # surname key → person → first letter
    partial: dict[str, tuple[str, str | None]] = {}
    for pid, (first, last) in names.items():
        if not last:
            continue
        if first and not first.endswith("."):
            full_by_surname[surname_key(last)][pid] = first[:1].lower()
        else:
            partial[pid] = (surname_key(last), first[:1].lower() if first else None)
    aliases = {}
    for pid, (key, initial) in partial.items():
        targets = [t for t, letter in full_by_surname.get(key, {}).items() if initial in (None, letter)]
        if len(targets) == 1:
            aliases[pid] = targets[0]
    aliases.update(_latin_spellings(names))
    return aliases


def _latin_spellings(names: dict[str, tuple[str | None, str | None]]) -> dict[str, str]:
    """A person of the corpus known only in Latin letters is the one person in Cyrillic whose name
    it spells (first and last name alike, :mod:`.spelling`)."""
    cyrillic: dict[tuple[str, str], set[str]] = defaultdict(set)
    latin: dict[str, tuple[str, str]] = {}
    for pid, (first, last) in names.items():
        key = name_skeleton(first, last)
        if key is None:
            continue
        if is_latin_name(f"{first} {last}"):
            latin[pid] = key
        else:
            cyrillic[key].add(pid)
    return {pid: next(iter(cyrillic[key])) for pid, key in latin.items() if len(cyrillic.get(key, ())) == 1}
