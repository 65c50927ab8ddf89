"""Names of China, Korea and Vietnam: family name first, syllables that lose Russian case endings
(``Хвана Сон Ука`` → ``Хван Сон Ук``); the family names are in ``resources/names.txt``."""

from __future__ import annotations

import re
from functools import cache

from ..morph import UD_CASE, Morph, fold, restore_case
from ..resources import read_word_groups
from .endings import CONSONANTS, regular_surname
from .first_endings import masculine_nominative
from .name import Name, is_initial
from .nominative import capitalize_name
from .words import first_name_readings


@cache
def _east_asian_surnames() -> frozenset[str]:
    return frozenset(read_word_groups("names.txt")["east_asian_surname"])


def east_asian_surname(word: str) -> str | None:
    """The family name of China, Korea or Vietnam a word is, in lower case, maybe in an oblique
    case (``Хвана`` → ``хван``), or ``None``."""
    lowered = fold(word)
    surnames = _east_asian_surnames()
    if lowered in surnames:
        return lowered
    for ending in ("а", "у", "ом", "е"):
        stem = lowered[: -len(ending)]
        if lowered.endswith(ending) and stem in surnames and stem[-1:] in CONSONANTS:
            return stem
    return None


def is_east_asian_nominative(word: str) -> bool:
    """Whether a word is a family name of China, Korea or Vietnam written in its nominative (``Лян``, not
    ``Хвана``)."""
    return east_asian_surname(word) == fold(word)


# a syllable of a given name of China or Korea: a consonant or none, then one vowel, maybe ``н``/``нь``/``н``+``г``
_GIVEN_SYLLABLE = re.compile(r"(?:[бвгджзклмнпрстфхцчшщ]|чж|цз|дж)?[ьъ]?[аеёиоуыэюя]{1,2}(?:н|нь|нг)?")


def is_given_syllable(word: str) -> bool:
    """A capitalised word, not in capitals, of one syllable of a given name of China or Korea (``Ну``, ``Кью``,
    ``Джун``), whatever else pymorphy reads it as."""
    return word[:1].isupper() and not word.isupper() and word.isalpha() \
        and _GIVEN_SYLLABLE.fullmatch(fold(word)) is not None


def is_east_asian(texts: list[str], morph: Morph) -> bool:
    """A name of China, Korea or Vietnam, family name first (``Пак Сон Ук``, ``Ван Цзиньлун``): a
    known family name, then one or two words of at most two syllables that are no Russian surname."""
    family = east_asian_surname(texts[0])
    if not 2 <= len(texts) <= 3 or family is None or any(
            is_initial(t) and not (index == 1 and _vowel_syllable(t)
                                   and (index < len(texts) - 1 or family == fold(texts[0])))
            for index, t in enumerate(texts)):
        return False
    declined = family != fold(texts[0])
    if declined and _womans_first_name(morph, texts):
        return False  # ``Яна Новак``: a woman's first name, not the family name ``Ян`` in the genitive
    return all(_syllables(t) and not fold(t).endswith(RUSSIAN_SURNAME_ENDINGS)
               and not (morph.has_gram(fold(t), "Surn") and not (declined and _declined_syllable(morph, t)))
               or index == len(texts) - 1 and not declined and _declined_last(morph, t)
               for index, t in enumerate(texts[1:], 1))


def _vowel_syllable(text: str) -> bool:
    """A syllable of one vowel letter written with no period between a family name and the last syllable
    (``Ким Ё Сун``), or last after a family name in the nominative (``Сун И``): no initial."""
    return len(text) == 1 and fold(text) in "аеёиоуэюя"


def _womans_first_name(morph: Morph, texts: list[str]) -> bool:
    """Whether the first word, a family name with a Russian case ending by its letters, is a woman's first
    name pymorphy knows in the nominative and the last word carries no such ending of its own (``Яна
    Новак``, ``Лина Фам``; not ``Хвана Сон Ука``, whose syllables all decline)."""
    first, last = fold(texts[0]), fold(texts[-1])
    womans = any(p.tag.gender == "femn" and p.tag.case == "nomn" for p in first_name_readings(morph, first))
    return womans and last[-1:] in CONSONANTS


def _syllables(text: str) -> bool:
    """A word of at most two syllables of a name of China or Korea: capitalized, no cluster of consonants Russian
    does not write them with, no ``и`` after a vowel (they write such a diphthong with ``й``: ``Хуай``, ``Цуй``; not
    ``Теоидо``); or two such syllables joined by a hyphen, as a given name of Korea is written (``Чжэ-Ин``,
    ``Ын-Хе``)."""
    parts = text.split("-")
    vowels = [len(re.findall(r"[аеёиоуыэюя]+", fold(part))) for part in parts]  # the syllables of each part
    return sum(vowels) <= 2 and len(parts) <= 2 and text[:1].isupper() and all(count == 1 for count in vowels[1:]) \
        and not any(_CLUSTER.search(_DIGRAPHS.sub("", fold(part))) for part in parts) \
        and _VOWEL_BEFORE_I.search(fold(text)) is None


def _declined_last(morph: Morph, text: str) -> bool:
    """The last word of a name whose family name shows no case, with a Russian case ending after a syllable
    of such names (``Лю Цзиньлуна``, ``Пак Сон Уком``): a word pymorphy knows as no name (``Сока``), or
    not at all."""
    stem = declined_syllable_stem(text)
    return stem is not None and _syllables(text[:1] + stem[1:]) and not any(
        gram in p.tag for p in morph.parses(fold(text)) if morph.is_known(fold(text))
        for gram in ("Name", "Surn", "Patr"))


# the case endings Russian gives the last syllable of such a name, and what the syllable ends in before them
# (``ь`` before the soft ones: ``Ёля``, ``Ёлем`` of ``Ёль``)
_SYLLABLE_ENDINGS = (("ом", ""), ("ем", "ь"), ("а", ""), ("я", "ь"), ("ю", "ь"), ("у", ""), ("е", ""))
_SYLLABLE_FINALS = "нклмптр"
# endings no syllable of such a name has in the nominative after one of those consonants, whatever case the
# tagger reads (``Ёля``); not ``-а``, ``-у``, ``-е`` (``Мину`` may be a name of its own)
_SOFT_OR_INSTRUMENTAL = ("ом", "ем", "я", "ю")  # the consonants a syllable of a name of China or Korea ends in


def declined_syllable_stem(word: str) -> str | None:
    """The last syllable of a name of China or Korea without the Russian case ending it is written with, in
    lower case (``Цзиньпина`` → ``цзиньпин``, ``Ёлем`` → ``ёль``, ``Ёле`` → ``ёль``), or ``None``."""
    lowered = word.lower()
    for ending, soft in _SYLLABLE_ENDINGS:
        stem = lowered[: -len(ending)]
        if lowered.endswith(ending) and stem[-1:] in _SYLLABLE_FINALS and re.search(r"[аеёиоуыэюя]", stem):
            return stem + ("ь" if ending == "е" and stem.endswith("л") else soft)
    return None


def _declined_syllable(morph: Morph, text: str) -> bool:
    """Whether pymorphy reads a word as a surname in an oblique case only, whose nominative is one
    syllable: after a family name with a case ending, a syllable of the given name declined with it
    (``Пака Тэ Сона``), no Russian surname."""
    surnames = [p for p in morph.parses(fold(text)) if "Surn" in p.tag]
    return all(p.tag.case != "nomn" and len(re.findall(r"[аеёиоуыэюя]+", fold(p.normal_form))) == 1
               for p in surnames)


# the letters Russian writes one sound of Chinese or Korean with; other clusters of consonants and
# doubled ones are not found in such names (``Ван Бролль``, ``Ли Норвуд`` are no such names), but for a syllable's
# final ``н`` before the next one
_DIGRAPHS = re.compile(r"чж|цз|чх|кх|тх|пх|нг|нь|дж")


_VOWEL_BEFORE_I = re.compile(r"[аеоуыэ]и")  # a diphthong these names write with ``й``, or two syllables
_CLUSTER = re.compile(r"[бвгджзйклмпрстфхцчшщ][бвгджзйклмнпрстфхцчшщ]|нн")  # ``н`` may end a syllable (``Бинсян``)


# endings of Russian surnames no syllable of a Chinese or Korean name has (``-ин`` it has: ``Юймин``)
RUSSIAN_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "цкий", "ская", "цкая")


# the first names of the Muslim world in ``-ддин`` (``Насриддин``), or in ``-елдин`` as Sudan's and Egypt's are
# transcribed (``Салахелдин``), in any case: no surname of the Russian families doubles the ``д`` before ``-ин``, nor
# has ``-лдин`` after ``е``, ``э`` or ``и``: the surnames in ``-лдин`` pymorphy's dictionary knows have ``а``, ``о`` or
# ``у`` before it (``Балдин``, ``Болдин``, ``Бахолдин``, ``Булдин``), and ``resources/names.txt`` lists none
_DIN_NAME = re.compile(r"(?:ддин|[еэи]лдин)(?:а|у|ом|е)?$")


def is_russian_surname(word: str) -> bool:
    """A surname of the Russian families, in any case (``Петров``, ``Орловой``, ``Лесковского``); not a first
    name in ``-ддин`` or ``-елдин`` in a case form (``Насриддина``, ``Насриддину``, ``Салахелдина``), whose ending
    only looks like theirs."""
    lowered = fold(word)
    if _DIN_NAME.search(lowered):
        return False
    return lowered.endswith(RUSSIAN_SURNAME_ENDINGS + ("ин", "ына", "ина")) or any(
        regular_surname(lowered, case, gender) for case in ("gent", "datv", "ablt", "loct", "accs")
        for gender in ("masc", "femn"))


def east_asian_name(parts, morph: Morph) -> Name:
    """A name of China, Korea or Vietnam: the family name is the surname, the rest the first name;
    a man's name loses the case endings Russian gives its syllables (``Хвана Сон Ука`` → ``Хван
    Сон Ук``)."""
    case = UD_CASE.get(parts[0][1].feat.get("Case", ""))
    family = east_asian_surname(parts[0][0]) or ""
    ending = fold(parts[0][0])[len(family):]  # the case ending the family name shows, if any
    normal = []
    for index, (text, word) in enumerate(parts):
        form = text.lower()
        if not ending and index == len(parts) - 1 and index and declined_syllable_stem(text) \
                and (word.feat.get("Case") not in (None, "Nom") or fold(text).endswith(_SOFT_OR_INSTRUMENTAL)):
            form = declined_syllable_stem(text)  # ``Си Цзиньпина``: the family name shows no case
        elif ending and not index:
            form = family  # ``Квону Тэ Уку`` opening a sentence, whatever case the tagger reads
        elif index and ending and fold(form).endswith(ending) and form[: -len(ending)][-1:] in CONSONANTS:
            form = form[: -len(ending)]  # ``Квоне Тэ Уке``: the syllable ends as the family name does
        elif case not in (None, "nomn"):
            form = (east_asian_surname(text) if index == 0 else None) or masculine_nominative(form, case) or form
        normal.append(capitalize_name(restore_case(form, text)))
    return Name(" ".join(normal[1:]), None, normal[0], family_first=True)
