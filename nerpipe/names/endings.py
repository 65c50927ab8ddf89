"""Surnames and their nominative told by their endings alone, in lower case: the regular Russian
families (``-ов``, ``-ин``, ``-ский``) and the first declension (``-а``, ``-ия``)."""

from __future__ import annotations

import re

# the regular Russian surnames: (ending in a case, ending in the nominative), by gender and case;
# the stems of a man's surname of the Russian families in the nominative (``Орлов``, ``Зимин``)
MASC_STEMS = ("ов", "ев", "ёв", "ин", "ын")

# a surname of the regular families as written, capitalised: a man's nominative (``Орлов``), and one with the ``-а``
# of a woman's nominative or of his genitive alike (``Орлова``)
_MANS_NOMINATIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:" + "|".join(MASC_STEMS) + ")")
_WOMANS_OR_GENITIVE = re.compile("(" + _MANS_NOMINATIVE.pattern + ")а")
# and the ``-ский`` family's nominatives (``Лесковский``, ``Лесковская``): no other case ends so
_ADJECTIVAL_NOMINATIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ский|цкий|ская|цкая)")


def read_mans_stem(written: str) -> str | None:
    """The man's surname of the regular families that a word ending as his genitive or as a woman's nominative
    alike writes (``Орлова`` → ``Орлов``), as written; ``None`` for any other word."""
    match = _WOMANS_OR_GENITIVE.fullmatch(written)
    return match.group(1) if match else None


def is_mans_nominative(written: str) -> bool:
    """Whether a word is a man's surname of the regular families in the nominative (``Орлов``, ``Зимин``)."""
    return _MANS_NOMINATIVE.fullmatch(written) is not None


def is_nominative_only(written: str) -> bool:
    """Whether a word is a surname of the regular families in a nominative no other case writes alike: a man's
    (``Орлов``) or one of the ``-ский`` family's, his or hers (``Лесковский``, ``Лесковская``)."""
    return is_mans_nominative(written) or _ADJECTIVAL_NOMINATIVE.fullmatch(written) is not None


_SURNAME_ENDINGS = {
    "masc": {
        "gent": [(s + "а", s) for s in MASC_STEMS] + [("ского", "ский"), ("цкого", "цкий")],
        "accs": [(s + "а", s) for s in MASC_STEMS] + [("ского", "ский"), ("цкого", "цкий")],
        "datv": [(s + "у", s) for s in MASC_STEMS] + [("скому", "ский"), ("цкому", "цкий")],
        "ablt": [(s + "ым", s) for s in MASC_STEMS] + [("ским", "ский"), ("цким", "цкий")],
        "loct": [(s + "е", s) for s in MASC_STEMS] + [("ском", "ский"), ("цком", "цкий")],
    },
    "femn": {
        "gent": [(s + "ой", s + "а") for s in MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "datv": [(s + "ой", s + "а") for s in MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "ablt": [(s + "ой", s + "а") for s in MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "loct": [(s + "ой", s + "а") for s in MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "accs": [(s + "у", s + "а") for s in MASC_STEMS] + [("скую", "ская"), ("цкую", "цкая")],
    },
}


def regular_surname(text: str, case: str, gender: str | None) -> str | None:
    """The nominative of a surname of the regular families (``-ов``, ``-ев``, ``-ин``, ``-ын``,
    ``-ский``, ``-цкий``) from its ending, in lower case: ``орлову`` (dative, masculine) →
    ``орлов``, ``лесковой`` (genitive, feminine) → ``лескова``; ``None`` for other surnames."""
    for ending, nominative in _SURNAME_ENDINGS.get(gender or "", {}).get(case, ()):
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(stem) >= 2 and any(ch in VOWELS for ch in stem.lower()):
            return stem + nominative
    return None


# the endings of a man's name ending in a consonant in an oblique case (``Тезу``, ``Теза``, ``Тезом``): no woman's
# name of it declines
MANS_CONSONANT_OBLIQUE = ("а", "у", "ом", "е")

VOWELS = set("аеёиоуыэюя")


CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def oblique_of_consonant(written: str, own: str) -> bool:
    """Whether a word is a man's name ending in a consonant (``Брумквист``) with the ending of an oblique case
    (``Брумквисту``, ``Брумквистом``), folded both."""
    return own[-1:] in CONSONANTS and written.startswith(own) and written[len(own):] in MANS_CONSONANT_OBLIQUE


def first_declension_surname(text: str, case: str, gender: str | None) -> str | None:
    """The nominative of a surname in ``-а`` from an ending only that declension has, in lower
    case: ``зарипаски`` (genitive) → ``зарипаска``; for men also ``зарипаске`` (dative),
    ``зарипаску`` (accusative), ``зарипаской`` (instrumental); in ``-йя`` likewise
    (``монтойи``, ``монтойе``, ``монтойю`` → ``монтойя``), in ``-ья`` in the instrumental (``марруньей`` →
    ``маррунья``); for women the accusative and instrumental (``зарипаску``,
    ``зарипаской``), not the dative, whose ``-е`` ends indeclinable surnames as well (``Дюпре``). ``None``
    otherwise."""
    for ending, in_case in _IYA_ENDINGS:
        if text.endswith(ending) and case in in_case and len(text) - len(ending) >= 3:
            return text[: -len(ending)] + "ия"  # ``гарсии`` → ``гарсия``, in any case of a man's or a woman's
    if _POLISH_SURNAME.search(text) or text.endswith(_INDECLINABLE_AFTER_HISSING + TURKIC_PATRONYMICS):
        return None  # ``Ковальски``, ``Мукерджи``, ``Ямагучи``: surnames that do not decline
    endings = {"gent": ("ы", "и")}
    if gender == "femn" and regular_surname(text, case, gender):
        return None  # a woman's ``-овой`` is the regular family's (``Петровой``), no ``-ова`` of this declension
    if gender in ("masc", "femn"):
        endings.update({"accs": ("у", "ю"), "ablt": ("ой", "ей")})
    if gender == "masc":
        endings["datv"] = ("е",)
    for ending in endings.get(case, ()):
        stem = text[: -len(ending)]
        if not text.endswith(ending) or len(stem) < 3:
            continue
        if stem[-1] == "й" and ending in ("и", "е", "ю", "ей") and stem[-2] in VOWELS:
            return stem + "я"
        if ending == "ей" and stem[-1] in "аоуэ":
            return stem + "я"  # ``иваей`` → ``ивая``: the instrumental of a surname in ``-я`` after a vowel
        if stem[-1] == "ь" and ending == "ей" and stem[-2] in CONSONANTS:
            return stem + "я"  # ``марруньей`` → ``маррунья``; not ``-ьи``, ``-ье``, ``-ью``, which end surnames and
            # names that do not decline (``Добиньи``, ``Готье``, ``Мэттью``)
        if stem[-1] not in CONSONANTS or ending == "ю":
            continue
        if ending == "и" and stem[-1] not in "кгхжшчщ":
            continue  # after other consonants the genitive ending is -ы
        if ending == "ей" and stem[-1] not in "жшчщц":
            continue
        return stem + "а"
    return None


# the oblique cases of a name in ``-ия`` (``Мендии``, ``Мендию``, ``Мендией``): no nominative ends so;
# ``-ии`` in whatever oblique case the tagger reads (``Хосе Мендии`` tagged accusative)
_IYA_ENDINGS = (("ии", ("gent", "datv", "loct", "accs", "ablt")), ("ию", ("accs",)), ("ией", ("ablt",)))


# the words of a Turkic patronymic, a son's and a daughter's: written apart after the father's name
# (``Мамед оглы``, :mod:`.turkic`), or the endings of surnames made of it, which do not decline
# (``Омарулы``, ``Алиоглы``, ``Сейткызы``: no genitive of a surname in ``-а``)
TURKIC_SONS = ("улы", "уулу", "оглы", "оглу")  # a son's
TURKIC_DAUGHTERS = ("кызы", "гызы")  # a daughter's
TURKIC_PATRONYMICS = TURKIC_SONS + TURKIC_DAUGHTERS


# ``-ски``, ``-цки`` after a consonant: Polish and Czech surnames that do not decline (``Ковальски``),
# no genitive of a Russian surname in ``-ска`` (``Зарипаски``)
# ``-джи``, ``-чи``: surnames of India and Japan that do not decline (``Мукерджи``, ``Ямагучи``); a
# surname in ``-джа``, ``-ча`` whose genitive ends so is rare
_INDECLINABLE_AFTER_HISSING = ("джи", "чи")


# (see above) and ``-цки`` after a vowel (``Жмудецки``, ``Кармелецки``): Polish too, no genitive of a Russian ``-цка``
_POLISH_SURNAME = re.compile(r"(?:[бвгджзйлмнпрстфхцчшщь][сц]|[аеиоуыэ]ц)ки$")


def restore_mans_ya(text: str, case: str, gender: str | None) -> str | None:
    """The nominative in ``-я`` of a man's surname in the instrumental ``-ей`` after a vowel and one consonant but a
    hissing one (``стрелей`` → ``стреля``): a man's surname in ``-ей`` would be ``-еем`` there; not a woman's, whose
    ``-ей`` after a consonant may end a surname that does not decline; not after two consonants, where ``-ей`` ends
    the English ``-ley``, ``-sey`` written undeclined (``Рамсей``, ``Стенлей``). ``None`` otherwise."""
    stem = text[:-2]
    if gender != "masc" or case != "ablt" or not text.endswith("ей") or len(stem) < 3 \
            or stem[-1] not in CONSONANTS or stem[-1] in "жшчщцй" or stem[-2] not in VOWELS:
        return None
    return stem + "я"


def restore_mans_yo(text: str, case: str, gender: str | None) -> str | None:
    """The nominative of a man's surname in the instrumental ``-ём``, the stressed ending of a noun in a soft sign or
    a hissing consonant (``сердунём`` → ``сердунь``, ``ткачём`` → ``ткач``, ``воробьём`` → ``воробей``): only the
    instrumental writes ``ё`` so, which the text must show (``-ем`` may be anything). ``None`` otherwise."""
    stem = text[:-2]
    if gender not in ("masc", None) or case != "ablt" or not text.endswith("ём") or len(stem) < 3:
        return None
    if stem[-1] in "жшчщц":
        return stem
    if stem[-1] == "ь" and stem[-2] in CONSONANTS:
        return stem[:-1] + "ей"  # the fleeting vowel of ``воробей``, ``ручей``
    return stem + "ь" if stem[-1] in CONSONANTS and stem[-1] != "й" else None
