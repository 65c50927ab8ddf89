"""A first name and the initial of a surname withheld (``Нуреддин Х.``, ``Ахмеду Т.``, ``Зарине Р.``): whether
the word before one initial is a first name, not a surname before the initial of a first name, and the
nominative of that first name, in the case and gender pymorphy reads it in."""

from __future__ import annotations

from ..morph import UD_CASE, UD_GENDER, Morph, fold, restore_case
from .eastasia import RUSSIAN_SURNAME_ENDINGS, east_asian_surname
from .endings import CONSONANTS, oblique_of_consonant
from .name import Name, is_initial
from .nominative import capitalize_name
from .words import first_name_readings, singular_name


def first_before_initial(morph: Morph, text: str, subject: bool = False) -> bool:
    """Whether a word before one initial is a first name (``Ахмеду Т.``, ``Нуреддин Х.``), not a surname before
    the initial of a first name (``Петров И.``): pymorphy knows it as a first name in the singular at least as
    likely as a surname (as no surname, by its guess for a word it does not know), and it ends as no Russian
    family does (not ``Гейдаров``; ``-ин`` ends first names of the East as well); the subject of a verb, in
    the nominative (not ``подписал Забара Н.``, a genitive of ``Забар`` only)."""
    lowered = fold(text)
    parses = morph.parses(lowered)
    if lowered.endswith(RUSSIAN_SURNAME_ENDINGS):
        return False
    if morph.is_known(lowered):
        names = [p.score for p in parses if singular_name(p) and (p.tag.case == "nomn" or not subject)]
        return bool(names) and max(names) >= max((p.score for p in parses if "Surn" in p.tag), default=0.05)
    return not any("Surn" in p.tag for p in parses) and any(_hard_mans_name(p, lowered) for p in parses)


def _hard_mans_name(parse, lowered: str) -> bool:
    """A reading of a word as a man's first name that ends in a consonant and declines (``Нуреддин``,
    ``Нуреддину``), the word its nominative or a case form of it: not a guess of a word in ``-ой`` (``Забарой``),
    nor an indeclinable one (``Смелаго``)."""
    normal = fold(parse.normal_form)
    return singular_name(parse) and parse.tag.gender == "masc" and "Fixd" not in parse.tag \
        and normal[-1:] in CONSONANTS and (lowered == normal or oblique_of_consonant(lowered, normal))


def withheld_initial(text: str) -> bool:
    """An initial after a first name: a letter with a dot, or a capital letter alone the sentence's full stop
    took the dot of (``Нуреддин Х`` + ``.``), not a family name of China or Korea of one letter (``Ю``)."""
    return is_initial(text) and (text.endswith(".") or east_asian_surname(text) is None)


def withheld_name(morph: Morph, parts, oblique: bool = False, speaker: bool = False,
                  verb_gender: str | None = None) -> Name:
    """The first name in the nominative and the initial (``Зарине Т.`` → ``Зарина Т.``): of pymorphy's readings of
    the word as a first name, those of the gender of the verb it is the subject of, else of the tagger's gender;
    of those, the ones in the tagger's case, else in an oblique case when the syntax hangs the name on a word,
    else all of them (``Нуриддина Ш.`` tagged a man's nominative: his genitive); the likeliest of them."""
    (text, word), (initial, _word) = parts
    initial = initial if initial.endswith(".") else initial + "."
    readings = first_name_readings(morph, text)
    gender = verb_gender or UD_GENDER.get(word.feat.get("Gender", ""))
    readings = [p for p in readings if p.tag.gender == gender] or readings
    case = "nomn" if speaker else UD_CASE.get(word.feat.get("Case", ""))
    tagged = [p for p in readings if p.tag.case == case]
    if not tagged and oblique:
        tagged = [p for p in readings if p.tag.case != "nomn"]
    readings = tagged or readings
    if not readings:
        return Name(capitalize_name(text), None, initial)
    best = max(readings, key=lambda p: p.score)
    return Name(capitalize_name(restore_case(best.normal_form, text)), None, initial)
