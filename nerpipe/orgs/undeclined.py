"""One-word names of organizations that stay as written where pymorphy's guess would decline them wrong: a name
in a consonant read only as a plural (``Гремхэм``), a feminine name in ``-а`` read only as a masculine's genitive."""

from __future__ import annotations

from ..inflect import Word
from ..morph import Morph, fold

_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщьй")
_GENITIVE_PLURAL_ENDINGS = ("ов", "ев", "ёв", "ей", "ий")


def is_guessed_plural(own: list[Word], morph: Morph) -> bool:
    """Whether ``own`` is one capitalised word no dictionary knows, ending in a consonant in no ending of the
    genitive plural, that pymorphy reads only as a plural form of a name it guesses (``Гремхэм`` as the
    genitive of ``Гремхэма``): a body's name written in the nominative, which a plural would not name."""
    if len(own) != 1:
        return False
    text = own[0].text
    if not (text.isalpha() and text[:1].isupper() and not text.isupper()) or text[-1:].lower() not in _CONSONANTS \
            or text.lower().endswith(_GENITIVE_PLURAL_ENDINGS) or morph.is_known(fold(text)):
        return False
    parses = morph.parses(fold(text))
    return bool(parses) and all(p.tag.number == "plur" and p.tag.case in ("gent", "accs") for p in parses)


def is_tagged_nominative(own: list[Word], morph: Morph) -> bool:
    """Whether ``own`` is one capitalised word in ``-а``/``-я`` the tagger reads, from the sentence, as a feminine
    singular (whose other cases end otherwise), that pymorphy reads only as the genitive of a masculine name
    (``«Гремса» открыла рейсы``: the name ``Гремса``, not ``Гремс``)."""
    if len(own) != 1 or own[0].feat.get("Gender") != "Fem" or own[0].feat.get("Number") != "Sing":
        return False
    text = own[0].text
    parses = morph.parses(fold(text))
    return text.isalpha() and text[:1].isupper() and not text.isupper() and text[-1:].lower() in "ая" \
        and bool(parses) and all(p.tag.case == "gent" and p.tag.gender == "masc" for p in parses)
