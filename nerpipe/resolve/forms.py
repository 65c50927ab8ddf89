"""Whether a word as written can be a mention of a full name of the document: a case form of its
surname or first name (``Шмидту`` of ``Шмидт``), its surname in the other alphabet or with other vowels, the first part
of a double surname; the genders a surname alone or a first name shows; the key the surnames of a
man and a woman of one family share."""

from __future__ import annotations

from ..morph import Morph, fold
from ..names import (
    Name,
    east_asian_surname,
    is_initial,
    is_russian_surname,
    mans_misread,
    regular_surname,
    surname_readings,
)
from ..orgs import is_latin_name
from .spelling import russian_japanese, skeleton, spellings, spells

_VOWEL_LETTERS = set("аеёиоуыэюяй")


def undeclined_feminine(written: str) -> bool:
    """Whether a surname as written, in an oblique case, is a woman's: it ends in a consonant, as a
    man's surname does only in the nominative (``с Гордейчук``, ``По словам Беккер``; not ``Крутых``,
    which no one declines)."""
    word = fold(written)
    return len(word) > 2 and word[-1].isalpha() and word[-1] not in _VOWEL_LETTERS and word[-1] != "ь" \
        and not word.endswith(("ых", "их"))


def first_of_double(written: str, last: str | None) -> bool:
    """Whether a surname as written is a case form of the first part of a double surname
    (``Котовой`` of ``Котова-Сидорова``; not ``Смит`` of ``Смит-младший``)."""
    head, dash, tail = (last or "").partition("-")
    return bool(dash) and head[:1].isupper() and tail[:1].isupper() and could_be_form(written, head)


def spelled_in_other_letters(written: str, last: str | None) -> bool:
    """Whether a word spells a surname in the other alphabet (``Уоллес`` of ``Wallace``, :mod:`.spelling`),
    a Cyrillic word maybe with a case ending (``Уоллесом``)."""
    if not last or is_latin_name(written) == is_latin_name(last):
        return False
    if is_latin_name(written):
        return spells(written, last)
    word = skeleton(written)
    return spells(last, written) or any(len(other) > 1 and word.startswith(other) and len(word) - len(other) <= 1
                                        for other in spellings(last))


_MIN_RESPELLED_LETTERS = 5  # shorter surnames share their consonants with too many others (``Смит``, ``Смут``)


def respelled(written: str, last: str | None) -> bool:
    """Whether a surname alone in Cyrillic letters is a foreign surname of the document written with other
    vowels, or a letter doubled or single (``Бэнтон`` of ``Бентон``, ``Хофман`` of ``Хоффман``): the spellings
    Russian news gives one foreign name; the same consonants in the same order (:func:`.spelling.skeleton`),
    either maybe with a case ending, and no surname of the Russian families."""
    if not last or " " in last or is_latin_name(written) or is_latin_name(last) \
            or min(len(written), len(last)) < _MIN_RESPELLED_LETTERS or fold(written) == fold(last) \
            or is_russian_surname(written) or is_russian_surname(last) or fold(written)[:1] != fold(last)[:1]:
        return False
    word, other = skeleton(russian_japanese(written)), skeleton(russian_japanese(last))  # ``Киширо``, ``Кисиро``
    return len(other) >= 3 and (word == other or (word.startswith(other) and len(word) - len(other) <= 1))


def vowel_misspelt(last: str | None, other: str | None, morph: Morph) -> bool:
    """Whether a surname alone read in the nominative is another surname of the document misspelt by one vowel
    (``Лисицина`` of ``Лисицына``): both of six letters or more, alike but for one vowel after the first letter and
    not at the last letter, which tells a gender or a case; the two vowels sound alike there (``и``, ``ы`` after
    ``ц``, ``ж``, ``ш``; ``е``, ``э``), or sound alike unstressed (``Кормелов`` of ``Кормилов``) in a word
    pymorphy does not know. A surname pymorphy knows is a name of its own (``Кулаков`` beside ``Куликов``)."""
    if not last or not other or " " in last or " " in other:
        return False
    a, b = fold(last), fold(other)
    if len(a) != len(b) or len(a) < _MIN_MISSPELT_SURNAME or a[0] != b[0] or a[-1] != b[-1] \
            or morph.is_known(a) and morph.has_gram(a, "Surn"):
        return False
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differing) != 1:
        return False
    at = differing[0]
    pair = frozenset((a[at], b[at]))
    return pair in _SOUNDING_ALIKE or pair in _SOUNDING_ALIKE_AFTER.get(a[at - 1], ()) \
        or pair in _ALIKE_UNSTRESSED and not morph.is_known(a)


_MIN_MISSPELT_SURNAME = 6  # shorter surnames a vowel apart are too often two names (``Ганин``, ``Гунин``)
_SOUNDING_ALIKE = frozenset({frozenset("еэ")})  # vowels that sound alike in any place
_SOUNDING_ALIKE_AFTER = {consonant: frozenset({frozenset("иы")}) for consonant in "цжш"}  # ``Лисицина``
_ALIKE_UNSTRESSED = frozenset({frozenset("еи"), frozenset("оа"), frozenset("яе"), frozenset("яи")})


def genders_shown(morph: Morph, written: str) -> set[str]:
    """The genders a surname written alone shows: those of its declined readings, and a woman's as
    well when pymorphy knows it as a woman's indeclinable surname (``Гордейчук``, ``Бадалян``)."""
    shown = {gender for _case, gender in surname_readings(morph, written)}
    lowered = fold(written)
    if morph.is_known(lowered) and any("Fixd" in p.tag and "Surn" in p.tag and p.tag.gender == "femn"
                                       for p in morph.parses(lowered)):
        shown.add("femn")
    return shown


def first_name_gender(morph: Morph, first: str | None) -> str | None:
    """The gender pymorphy gives a first name in the nominative, when it knows the name and gives
    one gender only (its guesses for names it does not know, ``Вэньхуа``, tell none); a man's for a name it
    knows only as a woman's that is a man's (``Лионель``)."""
    if mans_misread(first or ""):
        return "masc"
    if not morph.is_known(fold(first or "")):
        return None
    genders = {p.tag.gender for p in morph.parses(fold(first or "")) if "Name" in p.tag and p.tag.case == "nomn"}
    return genders.pop() if len(genders) == 1 else None


_WOMANS_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ская", "цкая")


def person_gender(morph: Morph, first: str | None, last: str | None) -> str | None:
    """The gender of a full name: that of its first name (:func:`first_name_gender`), else a woman's
    when its surname in the nominative ends as a woman's of the Russian families does (``Севиль
    Кадырова``, whose first name pymorphy does not know; not ``-ина``, as the Spanish ``Медина`` ends)."""
    gender = first_name_gender(morph, first)
    if gender is None and fold(last or "").endswith(_WOMANS_SURNAME_ENDINGS) and " " not in (last or ""):
        return "femn"
    return gender


def first_name_form(morph: Morph, written: str, first: str) -> bool:
    """Whether ``written`` can be a case form of the first name ``first``: pymorphy reads it so,
    or knows neither (``Веселина`` of ``Веселин``, ``Бесселю`` of ``Бессель``)."""
    lemma = fold(first)
    parses = morph.parses(fold(written))
    if any(fold(p.normal_form) == lemma for p in parses):
        return True
    return not morph.is_known(fold(written)) and not morph.is_known(lemma)


def could_be_form(written: str, last: str) -> bool:
    """Whether a surname as written can be a case form of the surname ``last`` (of its last word, after
    a particle): ``Шмидту`` of ``Шмидт``, ``Петровой`` of ``Петрова``, ``Лесовского`` of ``Лесовский``."""
    written, last = fold(written), fold(last).rsplit(" ", 1)[-1]  # ``Хорну`` of ``ван Хорн``
    if written == last or east_asian_surname(written) == last:
        return True  # ``Юна`` of ``Юн``: a family name of China or Korea too short for the stem below
    if "-" in written and written.count("-") == last.count("-"):
        # a double surname: each part a form of its own (``Котовой-Лесной`` of ``Котова-Лесная``)
        return all(could_be_form(part, of) for part, of in zip(written.split("-"), last.split("-")))
    if last.endswith(("ий", "ый", "ой", "ая")):
        stem, room = last[:-2], 3
    elif last.endswith(("а", "я", "ь", "й")):
        stem, room = last[:-1], 2
    else:
        stem, room = last, 2
    return len(stem) >= 3 and written.startswith(stem) and len(written) - len(stem) <= room


def surname_key(last: str | None) -> str:
    """Surnames of a man and a woman of one family share a key: ``Орлова`` ~ ``Орлов``."""
    key = fold(last or "").rsplit(" ", 1)[-1]  # ``ван Хорн`` ~ ``Хорн``
    for fem, masc in (("ская", "ский"), ("цкая", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"),
                      ("ына", "ын")):
        if key.endswith(fem):
            return key[: -len(fem)] + masc
    return key


def surnames_before_initials(names: dict) -> None:
    """A first name and an initial (``Уолдрон Д.``) whose first name is a form of the surname of a full name
    of the document, whose first name that initial opens (``Джейсон Уолдрон``): a surname and initials, in place."""
    full = [n for n in names.values() if n.first and n.last and not is_initial(n.first) and not is_initial(n.last)]
    for span, name in names.items():
        if name.first and name.last and not name.middle and is_initial(name.last) and not is_initial(name.first) \
                and any(could_be_form(name.first, other.last) and fold(other.first)[:1] == fold(name.last)[:1]
                        for other in full):
            names[span] = Name(name.last, None, name.first)


def regular_family(surname: str) -> bool:
    """A surname of the families that always decline (``Орлова``, ``Лесковскому``)."""
    return any(regular_surname(fold(surname), case, gender)
               for case in ("gent", "datv", "ablt", "loct") for gender in ("masc", "femn"))


def oblique_of_a(written: str, own: str, endings: tuple[str, ...] = ("е", "и", "ы", "у")) -> bool:
    """Whether a word is an oblique case of another in ``-а`` or ``-я`` of the same stem, kept as written
    (``Ламаре`` of ``Ламара``, ``Ёсирасу`` of ``Ёсираса``), by one of ``endings`` (of one letter or more:
    ``Тамукадой`` of ``Тамукада``)."""
    written, own = fold(written), fold(own)
    return len(own) > 3 and own[-1] in "ая" and written[:len(own) - 1] == own[:-1] \
        and written[len(own) - 1:] in endings


# the endings of a first name in ``-а`` in an oblique case that end no other first name of its stem: not the
# genitive's ``-и`` (``Харуки`` is no form of ``Харука``)
FIRST_NAME_OBLIQUE = ("е", "у")


_HUSHING_OR_VELAR = "гкхжшчщ"  # after them the genitive of ``-а`` is spelt ``-и`` (``Иги`` of ``Ига``), else ``-ы``


def genitive_of_a(written: str, own: str) -> bool:
    """Whether a first name is the genitive of another in ``-а`` or ``-я`` of the same stem, spelt as Russian
    spells it (``Иги`` of ``Ига``, ``Лейлы`` of ``Лейла``, ``Тани`` of ``Таня``): a test for two full names
    with one surname in one document, where two people whose first names differ so are not to be expected
    (across documents it is no form: ``Харуки`` and ``Харука``)."""
    written, own = fold(written), fold(own)
    if len(written) != len(own) or len(own) < 3 or written[:-1] != own[:-1] or own[-1] not in "ая":
        return False
    spelt = "и" if own[-1] == "я" or own[-2] in _HUSHING_OR_VELAR else "ы"
    return written[-1] == spelt
