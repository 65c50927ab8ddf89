"""Bodies named by one adjective (clubs, banks, companies: ``«Зоркий»``, ``«Северный»``, ``«Быстрая»``), which the
text declines with the sentence when no word of their kind stands before them (``над «Зорким»``, ``футболист
«Зоркого»``, ``тверскому «Зоркому»``): their name is the adjective's nominative."""

from __future__ import annotations

from ..inflect import Word
from ..morph import Morph, fold, restore_case
from .trades import ends_compound, is_person_or_place_name, trade_of

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


def described_compound(words: list[Word], morph: Morph) -> bool:
    """Whether ``words`` are adjectives that describe a company before its one-word name made of a stem and what it
    is (``Государственный Кедрбанк``, ``Крупнейший Лесхимпром``, the adjectives capitalised as a sentence opens with
    them): a bank, a trade (:func:`~.trades.trade_of`) or a word pymorphy first reads as an organization's name, not
    a common noun (``Новая газета``) nor a place's or a person's name (``Единая Россия``)."""
    if len(words) < 2 or not all(w.pos == "ADJ" and w.text.isalpha() for w in words[:-1]):
        return False
    name = words[-1].text
    if not name.isalpha() or not name[:1].isupper() or not name[1:].islower():
        return False  # not an abbreviation (``японского МИДа``)
    folded = fold(name)
    parses = morph.parses(folded)
    if not parses or is_person_or_place_name(name, morph):
        return False
    return ends_compound(folded, "банк") or trade_of(name) is not None \
        or all("Orgn" in p.tag for p in parses if p.tag.POS == "NOUN")  # not ``Новый Луговой Банк``
