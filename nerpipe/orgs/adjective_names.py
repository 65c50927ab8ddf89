"""Bodies named by one adjective (clubs, banks, companies: ``«Зоркий»``, ``«Северный»``, ``«Быстрая»``), which the
text declines with the sentence when no word of their kind stands before them (``над «Зорким»``, ``футболист
«Зоркого»``, ``тверскому «Зоркому»``): their name is the adjective's nominative."""

from __future__ import annotations

from ..inflect import Word
from ..morph import Morph, fold, restore_case

# the readings of a name's adjective that say nothing of its gender: the masculine and the neuter share their
# oblique forms (``Зоркого``, ``Зорким``), and a body named by an adjective is most often masculine (``клуб``, ``банк``)
_MASCULINE_OR_NEUTER = frozenset({"masc", "neut"})


def adjective_name_nominative(own: list[Word], morph: Morph) -> str | None:
    """The name of a body whose own name is one capitalised adjective in an oblique case of the singular: its
    nominative, feminine where every reading is feminine (``с «Быстрой»`` → ``Быстрая``), else masculine
    (``над «Зорким»``, ``«Зоркого»`` → ``Зоркий``); ``None`` for a word with a reading of the nominative
    (``за «Зоркий»``, ``«Большой»``), of another part of speech (``«Известиях»``), of the plural only, or of a
    pronoun (``«Нашего»``), and for a word in capitals or of other letters."""
    if len(own) != 1:
        return None
    text = own[0].text
    if not text.isalpha() or not text[:1].isupper() or text.isupper():
        return None
    parses = morph.parses(fold(text))
    if not parses or any(p.tag.POS != "ADJF" or p.tag.case == "nomn" or "Apro" in p.tag for p in parses):
        return None
    genders = {str(p.tag.gender) for p in parses if p.tag.number == "sing"}
    if not genders:
        return None
    gender = "femn" if genders == {"femn"} else "masc" if genders <= _MASCULINE_OR_NEUTER | {"femn"} else None
    if gender is None:
        return None
    form = morph.inflect(text, {gender, "sing", "nomn"}, prefer={"POS": "ADJF", "gender": gender})
    return restore_case(form, text) if form else None
