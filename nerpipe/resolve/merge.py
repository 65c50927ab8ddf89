"""Who a person is across the corpus: partial names merged into the one full name they fit.

A document that names someone only by a surname or by initials (``Орлов``,
``П. И. Орлов``) cannot tell who it is; the corpus may: when exactly one person
of the corpus has that surname in full (and, for initials, that first letter),
the partial person is that person; initials go only to the same form of the surname, a man's or a
woman's. A person known only in Latin letters is the one person in
Cyrillic whose name it spells (``Martin Görlich``, ``Мартин Гёрлих``). A first name one document left in
an oblique case (``Ёсирасу Намики``) is the person another names in the nominative (``Ёсираса Намики``).
A surname alone whose own document names another person of that family (``Ветлугин`` beside ``Марина
Ветлугина``) may be one of that family the document does not name in full: it keeps to its document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..morph import fold
from ..names.shown import MASC_NOMINATIVE
from ..orgs import is_latin_name
from .forms import FIRST_NAME_OBLIQUE, oblique_of_a
from .people import surname_key
from .spelling import name_skeleton


def kin_in_document(people: Iterable[tuple[str, str | None]]) -> set[tuple[str, str]]:
    """The pairs ``(person, other)`` of one document's ``(person_id, last)`` whose surnames are of one family
    (``Ветлугин``, ``Ветлугина``): two persons the document tells apart."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for pid, last in people:
        if last:
            by_key[surname_key(last)].add(pid)
    return {(pid, other) for pids in by_key.values() for pid in pids for other in pids if pid != other}


def merge_people(names: dict[str, tuple[str | None, str | None]], written: frozenset[str] = frozenset(),
                 kin: frozenset[tuple[str, str]] = frozenset()) -> dict[str, str]:
    """``{person_id: (first, last)}`` → ``{alias_id: person_id}`` for every surname-only and
    initial-only person that resolves to the one full person of the corpus with that surname
    (and, for initials, that first letter). A surname alone ``written`` so as a mention of its own (the persons
    whose surname a document writes in the nominative) in a man's form is a man's: never a woman's of that
    family (``Г-н Орлов`` is not ``Анна Орлова``). A surname alone whose own document names another full person
    of that family than the one it fits (``kin``: pairs of persons one document names, :func:`kin_in_document`)
    may be a third of that family, whom the corpus does not tell: it is merged into no one. The one it fits named
    in its own document too is no bar (``Глеб Ветлугин`` and a ``Ветлугин`` the document left apart)."""
    full_by_surname: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # key → person → letter, surname
    partial: dict[str, tuple[str, str | None, str]] = {}
    for pid, (first, last) in names.items():
        if not last:
            continue
        if first and not first.endswith("."):
            full_by_surname[surname_key(last)][pid] = (first[:1].lower(), _last_word(last))
        else:
            partial[pid] = (surname_key(last), first[:1].lower() if first else None, _last_word(last))
    aliases = {}
    for pid, (key, initial, surname) in partial.items():
        # a surname alone may be a man's or a woman's form of the family name (``Орлов`` of ``Анна Орлова``);
        # initials with a man's form are no woman's, and the other way round (``И. Орлов``, ``Ирина Орлова``)
        mans = pid in written and surname.endswith(MASC_NOMINATIVE)
        targets = [t for t, (letter, last) in full_by_surname.get(key, {}).items()
                   if initial is None and (not mans or last == surname) or (initial == letter and last == surname)]
        if len(targets) == 1 and not (initial is None and any(
                (pid, other) in kin for other in full_by_surname[key] if other != targets[0])):
            aliases[pid] = targets[0]
    aliases.update(_latin_spellings(names))
    aliases.update(_oblique_first_names(names, aliases))
    return aliases


def _oblique_first_names(names: dict[str, tuple[str | None, str | None]], aliases: dict[str, str]) -> dict[str, str]:
    """A full person of the corpus whose first name in ``-а`` one document left in an oblique case before a
    surname that does not decline (``Ёсирасу Намики``) is the one person of that surname whose first name is
    its nominative (``Ёсираса Намики``)."""
    by_name: dict[tuple[str, str], str] = {}
    for pid, (first, last) in names.items():
        if first and last and pid not in aliases:
            by_name.setdefault((fold(first), fold(last)), pid)
    of_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)  # surname → (first name, person), in order
    for (own, surname), other in by_name.items():
        of_surname[surname].append((own, other))
    out = {}
    for (first, last), pid in by_name.items():
        targets = [other for own, other in of_surname[last] if oblique_of_a(first, own, FIRST_NAME_OBLIQUE)]
        if len(targets) == 1:
            out[pid] = targets[0]
    return out


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


def _last_word(last: str) -> str:
    """The surname's own word, folded: ``ван Хорн`` → ``хорн``."""
    return fold(last).rsplit(" ", 1)[-1]
