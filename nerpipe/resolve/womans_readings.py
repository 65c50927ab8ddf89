"""A woman's name read as a man's, when the document shows that the family's person it names is a woman: her
accusative read as his dative (``Эрику Сомову``: his ``Эрик Сомов`` or her ``Эрика Сомова``), her nominative
before a surname that does not decline read as his genitive (``Джорджа Бьянки``: his ``Джордж`` or her
``Джорджа``); her oblique case before a foreign surname of a consonant left undeclined read as his (``Андрее Тез``: a
man's surname so ending declines, ``Андрею Тезу``)."""

from __future__ import annotations

import re

from ..morph import Morph, fold, restore_case, unshouted
from ..names import Name
from ..names.endings import CONSONANTS, MANS_CONSONANT_OBLIQUE, MASC_STEMS
from ..names.readings import name_in
from ..names.words import name_words
from ..ner import Analysis
from ..records import Span
from .forms import person_gender, surname_key
from .list_mates import find_list_mates

# a surname of the Russian families in the man's dative, spelt as the woman's accusative
_AMBIGUOUS_SURNAME = tuple(stem + "у" for stem in MASC_STEMS)
# the last letters of a surname a woman's nominative keeps in every case (``Бьянки``, ``Ларош``)
_UNDECLINED_FINALS = "иоуэю" + CONSONANTS
# its forms only a woman's takes (her genitive, dative, instrumental, locative)
_WOMANS_ONLY = tuple(stem + "ой" for stem in MASC_STEMS)
# and only a man's (his instrumental)
_MANS_ONLY = tuple(stem + "ым" for stem in MASC_STEMS)


def womans_accusatives(analysis: Analysis, names: dict[Span, Name], genders: dict[Span, str], morph: Morph) -> None:
    """Each full name read as a man's that is the only full name of its family, whose surname alone the
    document writes in a woman's form only (``Сомовой``, or ``Сомова`` or ``Бьянки`` with a woman's verb,
    ``Бьянки заявила``) and never a man's, is read as hers, in place: from a first name in ``-у`` or ``-ю``
    and a surname in ``-ову``, ``-ину`` and the like, her accusative (``Эрику Сомову`` → ``Эрика Сомова``); from
    a first name in ``-а`` or ``-я`` read as his genitive before a surname that does not end so, her nominative
    as written (``Джорджа Бьянки``); when her first name is none pymorphy knows as a man's."""
    shown, firsts = _family_evidence(analysis, names, genders)
    for span, name in names.items():
        words = analysis.text[span.start:span.end].split()
        key = surname_key(name.last) if name.last else ""
        if not name.is_full or name.middle or len(words) != 2 or len(firsts[key]) > 1 \
                or shown.get(key, shown.get(surname_key(words[1]))) != {"femn"} \
                or person_gender(morph, name.first, name.last) != "masc":
            continue
        first, last = fold(words[0]), fold(words[1])
        if first[-1:] in "ую" and last.endswith(_AMBIGUOUS_SURNAME):
            womans = first[:-1] + ("а" if first.endswith("у") else "я")
            if not name_in(morph, womans, "nomn", "masc"):  # ``Никита``; not ``Эрика``, his ``Эрик``'s genitive
                names[span] = Name(restore_case(womans, words[0]), None, restore_case(last[:-1] + "а", words[1]))
        elif first[-1:] in "ая" and fold(name.first) != first and last[-1:] in _UNDECLINED_FINALS \
                and not name_in(morph, first, "nomn", "masc"):
            names[span] = Name(unshouted(words[0]), None, unshouted(words[1]))  # both as written


def _family_evidence(analysis: Analysis, names: dict[Span, Name],
                     genders: dict[Span, str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each surname key, the genders its surname written alone shows (by its verb, or by its ending), and
    the first names of its full names."""
    shown: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for span, name in names.items():
        if name.is_full:
            firsts.setdefault(surname_key(name.last), set()).add(fold(name.first))
        if not name.last or name.first or " " in name.last:
            continue
        written = analysis.text[span.start:span.end].split()[-1]
        told = {genders[span]} if span in genders else _gender_written(written)
        if told:
            shown.setdefault(surname_key(name.last), set()).update(told)
    return shown, firsts


def _gender_written(written: str) -> set[str]:
    """The gender a surname of the Russian families shows by its ending alone (``Сомовой``: a woman's)."""
    lowered = fold(written)
    return {"femn"} if lowered.endswith(_WOMANS_ONLY) else {"masc"} if lowered.endswith(_MANS_ONLY) else set()

# a woman's first name in an oblique case → the endings of her nominative (``Марине`` → ``Марина``, ``Лильяну`` →
# ``Лильяна``)
_WOMANS_OBLIQUE = (("ой", ("а",)), ("ей", ("я",)), ("у", ("а",)), ("ю", ("я",)), ("е", ("а", "я")))
# surnames of the Russian families that no case changes, a man's or a woman's (``Черных``, ``Седых``)
_UNDECLINED_RUSSIAN = ("ых", "их")
# a man's surname in ``-ич`` in an oblique case (``Ранковича``, ``Ранковичу``, ``Ранковичем``)
_DECLINED_ICH = ("ича", "ичу", "ичем")


def recast_womans_undeclined(analysis: Analysis, names: dict[Span, Name], genders: dict[Span, str],
                             people: list[Span], morph: Morph) -> None:
    """Each name of two words, a first name read in an oblique case (by the tagger, or by a man's surname in ``-ич``
    declined in its list: ``отметили Лильяну Тез и Хаджи-Петра Ранковича``) and a foreign surname ending in a
    consonant written as its nominative (``вручили … Андрее Тез``, ``отметили Лильяну Хабрович``), is a woman's, in
    place: a man's surname so ending declines with his first name (``Андрею Тезу``), a woman's does not; her first
    name is the nominative pymorphy knows as a woman's and not as a man's (``Андреа``), or, for a first name it does
    not know, the one of its ending (``Лильяна``). Not when the document declines the surname as a man's elsewhere
    (``Тезу``), nor a surname of the Russian families (``Петров``, ``Черных``), nor a man's nominative: a first name
    of Spain or Portugal (names.txt ``spanish_first``: ``Фернанду``), the subject of a man's verb (``Жулиану Бертеш
    подписал``)."""
    forms: set[str] | None = None  # the text's word forms, collected once
    for span, name in names.items():
        words = analysis.text[span.start:span.end].split()
        second = _find_second_first_name(name, words)  # ``Ралуку Ливиану Тобар``: two first names, one case
        if second is not None:
            words = [words[0], words[2]]
        if not name.is_full or name.middle and second is None or len(words) != 2 or not words[0].isalpha() \
                or not words[1].isalpha() or genders.get(span) == "masc":
            continue
        first, last = fold(words[0]), fold(words[1])
        if fold(name.last) != last or last[-1:] not in CONSONANTS or first in name_words("spanish_first") \
                or last.endswith(_UNDECLINED_RUSSIAN + MASC_STEMS) or name_in(morph, first, "nomn", "masc") \
                or name_in(morph, first, "nomn", "femn"):
            continue
        tokens = analysis.tokens_in(span.start, span.end)
        if not tokens or tokens[0].feat.get("Case") in (None, "Nom") and not _listed_with_declined(analysis, span,
                                                                                                  people):
            continue
        if forms is None:
            forms = {fold(word) for word in re.findall(r"\w+", analysis.text)}
        if any(last + ending in forms for ending in MANS_CONSONANT_OBLIQUE):
            continue
        womans = _womans_nominative(first, morph)
        middle = second and _womans_nominative(fold(second), morph)
        if second is not None and middle is None:
            continue
        if womans is not None and womans != fold(name.first):
            names[span] = Name(restore_case(womans, words[0]), middle and restore_case(middle, second),
                               unshouted(words[1]))


def _find_second_first_name(name: Name, words: list[str]) -> str | None:
    """The second of two first names written alike in one oblique case before a surname (``Ралуку Ливиану
    Тобар``: both in ``-у``), read as the middle name; ``None`` for any other name."""
    if len(words) != 3 or not name.middle or fold(name.middle) != fold(words[1]) or not words[1].isalpha():
        return None
    first, second = fold(words[0]), fold(words[1])
    return words[1] if first[-1:] == second[-1:] and first[-1:] in "уюеиы" else None


def _listed_with_declined(analysis: Analysis, span: Span, people: list[Span]) -> bool:
    """Whether a name of the span's list (PER spans joined by a comma or ``и``; ``people``: in the order of the text)
    ends in a man's surname in ``-ич`` in an oblique case (``Ранковича``): a woman's does not decline, so the list is
    in an oblique case."""
    return any(fold(analysis.text[mate.start:mate.end]).endswith(_DECLINED_ICH)
               for mate in find_list_mates(analysis.text, span, people, across_lines=True))


def _womans_nominative(first: str, morph: Morph) -> str | None:
    """The woman's nominative of a first name in an oblique case: one pymorphy knows as a woman's and not as a man's
    (``андрее`` → ``андреа``), or, for a word it does not know, its one reading by the ending; else ``None``."""
    known = morph.is_known(first)
    for ending, nominatives in _WOMANS_OBLIQUE:
        if not first.endswith(ending) or len(first) - len(ending) < 3:
            continue
        stems = [first[:-len(ending)] + n for n in nominatives]
        womans = [s for s in stems if name_in(morph, s, "nomn", "femn") and not name_in(morph, s, "nomn", "masc")]
        if womans:
            return womans[0]
        if not known and len(stems) == 1 and not morph.is_known(stems[0]):
            return stems[0]
        return None
    return None
