"""Kinds of enterprises and institutions written short: an abbreviation of a kind of enterprise (``НПЗ``, ``ГЭС``)
with the gender of the noun it stands for and the lemmas of the words it stands for, and compounds of a
university's or an academy's kind (``госуниверситет``) written out as full names have them."""

from __future__ import annotations

from dataclasses import dataclass

from ..inflect import Word
from ..morph import Morph, fold, restore_case
from ..text import strip_acronym_ending


@dataclass(frozen=True, slots=True)
class KindAbbreviation:
    """An abbreviation of a kind of enterprise: ``gender``, that of the noun it stands for (``НПЗ``: завод, masc),
    which the adjectives before it agree with; ``lemmas``, the lemmas of the words it stands for
    (``нефтеперерабатывающий``, ``завод``), by which a text names the enterprise in full."""

    gender: str
    lemmas: tuple[str, ...]


KIND_ABBREVIATIONS = {
    "НПЗ": KindAbbreviation("masc", ("нефтеперерабатывающий", "завод")),
    "ГОК": KindAbbreviation("masc", ("горно-обогатительный", "комбинат")),
    "ЦБК": KindAbbreviation("masc", ("целлюлозно-бумажный", "комбинат")),
    "ГЭС": KindAbbreviation("femn", ("гидроэлектростанция",)),
    "АЭС": KindAbbreviation("femn", ("атомный", "электростанция")),
    "ТЭЦ": KindAbbreviation("femn", ("теплоэлектроцентраль",)),
    "ГРЭС": KindAbbreviation("femn", ("государственный", "районный", "электростанция")),
}


def with_kind_abbreviation(words: list[Word], morph: Morph) -> str | None:
    """Adjectives and an abbreviation of a kind of enterprise (``Московского НПЗ``, ``Заречного ГОКа``): the
    adjectives in the nominative of the gender of the noun it stands for, the abbreviation without its case ending
    (``Московский НПЗ``, ``Заречный ГОК``); ``None`` for another name."""
    if len(words) < 2:
        return None
    if not all(w.text.isalpha() and morph.has_gram(w.text, "ADJF") for w in words[:-1]):
        return None
    abbreviation = KIND_ABBREVIATIONS.get(strip_acronym_ending(words[-1].text))
    gender = abbreviation.gender if abbreviation is not None else read_written_gender(words, morph)
    if gender is None:
        return None
    texts = []
    for word in words[:-1]:
        inflected = morph.inflect(word.text, {"nomn", "sing", gender}, prefer={"POS": {"ADJF"}})
        if inflected is None:
            return None
        texts.append(restore_case(inflected, word.text))
    return " ".join([*texts, strip_acronym_ending(words[-1].text)])


def abbreviation_head(words: list[Word], morph: Morph) -> int | None:
    """Where the abbreviation stands that heads the adjectives right before it and the genitive after it
    (``Заречного НИИ сельского хозяйства``: ``НИИ``, whose adjective is ``Заречного``, not one of ``хозяйства``);
    ``None`` for a name that opens with no adjective, whose first word after its adjectives is no abbreviation, or whose
    abbreviation closes it or has no genitive word right after it."""
    at = 0
    while at < len(words) and words[at].text.isalpha() and words[at].pos in ("ADJ", "PROPN") \
            and morph.has_gram(words[at].text, "ADJF") and not words[at].text.isupper():
        at += 1
    if at == 0 or at >= len(words) - 1:
        return None
    abbreviation, after = strip_acronym_ending(words[at].text), words[at + 1]
    if not (2 <= len(abbreviation) <= 6 and abbreviation.isalpha() and abbreviation.isupper()):
        return None
    return at if after.text.isalpha() and after.feat.get("Case") == "Gen" else None


def read_written_gender(words: list[Word], morph: Morph) -> str | None:
    """The gender the adjectives before an abbreviation no dictionary knows show as written, when one only
    (``Заречной ОКБ``: feminine, the hospital, whatever gender pymorphy gives the letters); ``None`` when an
    adjective's form is of two (``Заречного``) or the last word is no abbreviation."""
    last = strip_acronym_ending(words[-1].text)
    if not (2 <= len(last) <= 6 and last.isalpha() and last.isupper()):
        return None
    genders = {frozenset(gender for parse in morph.parses(fold(word.text)) if parse.tag.POS == "ADJF"
                         for gender in (parse.tag.gender,) if gender is not None and parse.tag.number == "sing")
               for word in words[:-1]}
    return next(iter(next(iter(genders)))) if len(genders) == 1 and len(next(iter(genders))) == 1 else None


# compounds of a university's or an academy's kind written out, as their full names have them
_SPELLED_COMPOUNDS = {
    "госуниверситет": "государственный университет",
    "госпедуниверситет": "государственный педагогический университет",
    "медуниверситет": "медицинский университет",
    "педуниверситет": "педагогический университет",
    "техуниверситет": "технический университет",
    "госакадемия": "государственная академия",
}


def spell_compound(word: str) -> str:
    """``госуниверситет`` → ``государственный университет`` (a capital kept: ``Госуниверситет`` →
    ``Государственный университет``); any other word as it is."""
    spelled = _SPELLED_COMPOUNDS.get(fold(word))
    if spelled is None:
        return word
    return spelled[:1].upper() + spelled[1:] if word[:1].isupper() else spelled
