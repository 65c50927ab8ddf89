"""A patronymic of Azerbaijan or Central Asia written in two words, the father's first name and ``оглы`` (son)
or ``кызы`` (daughter): ``Рамиз Мамед оглы``, ``Алиев Рамиз Мамед оглы``. The father's name does not decline
there (``Рамиза Мамед оглы``); the two words are the middle name, no surname."""

from __future__ import annotations

from ..morph import Morph, fold, restore_case
from .endings import CONSONANTS, TURKIC_DAUGHTERS, TURKIC_PATRONYMICS
from .name import is_initial
from .nominative import capitalize_name
from .words import first_name_readings

# the case endings of first names and their nominative endings, a man's of a consonant and a woman's in ``-а``,
# ``-я`` (longest first)
_MANS_ENDINGS = (("ом", ""), ("ем", "й"), ("а", ""), ("у", ""), ("е", ""), ("я", "й"), ("ю", "й"))
_WOMANS_ENDINGS = (("ой", "а"), ("ей", "я"), ("ы", "а"), ("и", "я"), ("е", "а"), ("у", "а"), ("ю", "я"))


def turkic_particle(text: str) -> bool:
    """Whether a word is ``оглы``, ``кызы`` or another word of a patronymic of two words, in any letter case."""
    return fold(text) in TURKIC_PATRONYMICS


def split_turkic_patronymic(parts: list) -> tuple[list, str | None]:
    """The words of a name (``(text, word)`` pairs) but those of a patronymic of two words, and that patronymic
    (``Мамед оглы``); the parts as they are and ``None`` when there is none."""
    for index in range(2, len(parts)):
        father, particle = parts[index - 1][0], parts[index][0]
        if turkic_particle(particle) and not is_initial(father) and not turkic_particle(father):
            return parts[:index - 1] + parts[index + 1:], f"{capitalize_name(father)} {fold(particle)}"
    return parts, None


def patronymic_gender(patronymic: str) -> str:
    """``masc`` for a son's patronymic (``Мамед оглы``), ``femn`` for a daughter's (``Ахмед кызы``)."""
    return "femn" if fold(patronymic).endswith(TURKIC_DAUGHTERS) else "masc"


def first_name_before(morph: Morph, text: str, gender: str) -> str:
    """The nominative of a first name before a patronymic of two words, of the gender the patronymic tells:
    pymorphy's reading of it as a first name of that gender, else its case ending taken off (``Севде`` of a
    daughter → ``Севда``, ``Эльчину`` of a son → ``Эльчин``)."""
    lowered = fold(text)
    readings = [p for p in first_name_readings(morph, text) if p.tag.gender == gender]
    if morph.is_known(lowered) and readings:
        return capitalize_name(restore_case(max(readings, key=lambda p: p.score).normal_form, text))
    for ending, nominative in _MANS_ENDINGS if gender == "masc" else _WOMANS_ENDINGS:
        stem = lowered[: -len(ending)]
        if lowered.endswith(ending) and len(stem) >= 3 and (gender == "femn" or stem[-1] in CONSONANTS):
            return capitalize_name(restore_case(stem + nominative, text))
    return capitalize_name(text)
