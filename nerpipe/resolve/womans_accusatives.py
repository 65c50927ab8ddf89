"""A woman's name in the accusative read as a man's dative (``Эрику Сомову``: his ``Эрик Сомов`` or her
``Эрика Сомова``), when the document shows that the family's person it names is a woman."""

from __future__ import annotations

from ..morph import Morph, fold, restore_case
from ..names import Name
from ..ner import Analysis
from ..records import Span
from .forms import person_gender, surname_key

# a surname of the Russian families in the man's dative, spelt as the woman's accusative
_AMBIGUOUS_SURNAME = ("ову", "еву", "ёву", "ину", "ыну")
# its forms only a woman's takes (her genitive, dative, instrumental, locative)
_WOMANS_ONLY = ("овой", "евой", "ёвой", "иной", "ыной")
# and only a man's (his instrumental)
_MANS_ONLY = ("овым", "евым", "ёвым", "иным", "ыным")


def womans_accusatives(analysis: Analysis, names: dict[Span, Name], genders: dict[Span, str], morph: Morph) -> None:
    """Each full name read as a man's from a first name in ``-у`` or ``-ю`` and a surname in ``-ову``, ``-ину``
    and the like, the only full name of its family, whose surname alone the document writes in a woman's form
    only (``Сомовой``, or ``Сомова`` with a woman's verb, ``Сомова заявила``) and never a man's, becomes the
    woman's nominative (``Эрика Сомова``) in place, when her first name is none pymorphy knows as a man's."""
    shown: dict[str, set[str]] = {}  # a surname key → the genders the mentions show
    firsts: dict[str, set[str]] = {}  # a surname key → the first names of its full names
    for span, name in names.items():
        if name.is_full:
            firsts.setdefault(surname_key(name.last), set()).add(fold(name.first))
        if not name.last or name.first or " " in name.last:
            continue
        written = analysis.text[span.start:span.end].split()[-1]
        told = {genders[span]} if span in genders else _gender_written(written)
        if told:
            shown.setdefault(surname_key(name.last), set()).update(told)
    for span, name in names.items():
        words = analysis.text[span.start:span.end].split()
        key = surname_key(name.last) if name.last else ""
        if not name.is_full or name.middle or len(words) != 2 or shown.get(key) != {"femn"} or len(firsts[key]) > 1 \
                or person_gender(morph, name.first, name.last) != "masc":
            continue
        first, last = fold(words[0]), fold(words[1])
        if first[-1:] not in "ую" or not last.endswith(_AMBIGUOUS_SURNAME):
            continue
        womans = first[:-1] + ("а" if first.endswith("у") else "я")
        if not _mans_first_name(morph, womans):
            names[span] = Name(restore_case(womans, words[0]), None, restore_case(last[:-1] + "а", words[1]))


def _gender_written(written: str) -> set[str]:
    """The gender a surname of the Russian families shows by its ending alone (``Сомовой``: a woman's)."""
    lowered = fold(written)
    return {"femn"} if lowered.endswith(_WOMANS_ONLY) else {"masc"} if lowered.endswith(_MANS_ONLY) else set()


def _mans_first_name(morph: Morph, word: str) -> bool:
    """Whether pymorphy knows a word as a man's first name in the nominative (``Никита``; not ``Эрика``,
    which it reads as the genitive of ``Эрик``)."""
    return any("Name" in p.tag and p.tag.case == "nomn" and p.tag.gender == "masc" for p in morph.parses(word))
