"""The word after the hyphen of a name that tells a father from his son (``Буш-младший``,
``Буша-младшего``): the cases it can be in, the gender it shows, and its nominative."""

from __future__ import annotations

from ..morph import Morph, fold, restore_case

# the words after a hyphen that tell a father from his son (``Буш-младший``)
GENERATIONS = {"младший", "старший"}


def split_generation(morph: Morph, text: str) -> tuple[str, str] | None:
    """A name and the word after its hyphen that tells a father from his son (``Буша-младшего`` →
    ``("Буша", "младшего")``); ``None`` for a word without one."""
    head, dash, generation = text.rpartition("-")
    return (head, generation) if dash and head and morph.lemma(generation) in GENERATIONS else None


def generation_cases(morph: Morph, text: str) -> set[str]:
    """The cases the word after the hyphen of ``Буша-младшего`` can be in (``gent``, ``accs``);
    none for a name without one."""
    if (split := split_generation(morph, text)) is None:
        return set()
    return {p.tag.case for p in morph.parses(fold(split[1])) if p.tag.POS == "ADJF" and p.tag.number == "sing"}


def generation_gender(morph: Morph, text: str, case: str | None) -> str | None:
    """The gender the word after the hyphen of ``Буше-младшем`` shows in the name's case (``masc``: no
    woman's ``-младшем``), when it shows one; ``None`` for a name without one."""
    if not case or (split := split_generation(morph, text)) is None:
        return None
    genders = {p.tag.gender for p in morph.parses(fold(split[1]))
               if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.case == case} - {"neut", None}
    return genders.pop() if len(genders) == 1 else None


def generation_nominative(morph: Morph, word: str, gender: str | None) -> str:
    form = morph.inflect(word, {"nomn", "sing", "femn" if gender == "femn" else "masc"}, {"POS": "ADJF"})
    return restore_case(form, word) if form else word
