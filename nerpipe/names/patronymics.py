"""A patronymic made from a first name pymorphy does not know (``Кулжанович``, ``Сагынбековича``), told by the
name it stands in: after a first name, with a surname of the Russian families before them, as decrees and lists
write a name surname first (``Орозбаев Эсенбек Кулжанович``). A word in ``-ович`` elsewhere stays what
:func:`.words.is_patronymic` makes it (a Serbian surname, ``Зоран Бркоевич``)."""

from __future__ import annotations

import re

from ..morph import Morph, fold
from .eastasia import is_russian_surname
from .shown import MASC_NOMINATIVE, WOMANS_NOMINATIVE, surname_readings
from .words import first_name_readings

# the endings of a man's and a woman's patronymic with the (case, gender) each shows
_ENDINGS = (
    ("ичем", {("ablt", "masc")}), ("ичу", {("datv", "masc")}), ("ича", {("gent", "masc"), ("accs", "masc")}),
    ("иче", {("loct", "masc")}), ("ич", {("nomn", "masc")}),
    ("вной", {("ablt", "femn"), ("gent", "femn"), ("datv", "femn"), ("loct", "femn")}),
    ("вны", {("gent", "femn")}), ("вне", {("datv", "femn"), ("loct", "femn")}), ("вну", {("accs", "femn")}),
    ("вна", {("nomn", "femn")}),
)
_PATRONYMIC = re.compile(r"[а-яё]{3,}(?:[оеё]вич|[оеё]вн)[а-я]{0,2}$")


# a patronymic of Kazakhstan written in one word, the father's name and ``улы`` (son) or ``кызы`` (daughter):
# ``Бекжанулы``, ``Айдаркызы``; it does not decline
_KAZAKH_PATRONYMIC = re.compile(r"[а-яёәғқңөұүһі]{3,}(?:[уұ]лы|[кқ]ызы)$")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def patronymic_readings(word: str) -> set[tuple[str, str]]:
    """The (case, gender) the ending of a patronymic shows (``Кулжановичу``: a man's dative); none for a word
    that does not end as one. A Kazakh patronymic of one word (``Бекжанулы``) shows every case of its gender."""
    lowered = fold(word)
    if _KAZAKH_PATRONYMIC.search(lowered):
        return {(case, "femn" if lowered.endswith("ызы") else "masc") for case in _CASES}
    if not _PATRONYMIC.search(lowered):
        return set()
    return next((readings for ending, readings in _ENDINGS if lowered.endswith(ending)), set())


def patronymic_after_surname(morph: Morph, surname: str, word: str) -> bool:
    """Whether ``word`` is the patronymic of a name whose first word is ``surname`` (its callers have asked
    pymorphy first): a word ending as a patronymic after a surname of the Russian families that is no first
    name (``Орозбаев`` … ``Кулжанович``), in a case and gender that surname can be in."""
    lowered = fold(surname)
    if not is_russian_surname(surname) or morph.is_known(lowered) and first_name_readings(morph, lowered):
        return False  # not ``Петров`` of ``Пётр``; ``Асанов`` is a plural of ``Асан`` only
    readings = set(surname_readings(morph, surname))
    if lowered.endswith(MASC_NOMINATIVE):
        readings.add(("nomn", "masc"))
    if lowered.endswith(WOMANS_NOMINATIVE):
        readings.add(("nomn", "femn"))  # the nominatives ``surname_readings`` leaves out alone
    return bool(patronymic_readings(word) & readings)


def womans_ich_surname(morph: Morph, first: str, word: str, tagged_gender: str | None = None) -> bool:
    """Whether a word in ``-ич`` after a woman's first name is her surname (``Ирину Маркович``, ``Ана Янкович``): a
    woman's patronymic never ends so. Her first name: one pymorphy reads only as a woman's, or, when it reads
    it as no name, one the tagger reads a woman's (``tagged_gender``)."""
    if not fold(word).endswith("ич") or len(word) < 5:
        return False
    genders = {p.tag.gender for p in first_name_readings(morph, first)}
    return genders == {"femn"} or not genders and tagged_gender == "Fem"
