"""Stage 5a: people's names in the nominative, split into first, middle and last.

Each word of a PER span is classified with pymorphy's name grammemes (``Name``,
``Patr``, ``Surn``), initials and position, and put in the nominative with the
gender of the first name (``Алины Орловой`` → ``Алина Орлова``). A word
is inflected only when pymorphy has a reading of it that agrees with the
tagger's case, so indeclinable surnames (``Петренко``, ``Седых``) stay as written.
``Фамилия Имя`` and ``И. О. Фамилия`` orders are recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .morph import UD_CASE, UD_GENDER, Morph, fold, oc_inflect, restore_case
from .resources import read_word_groups

_APOSTROPHES = ("’", "'", "`", "ʼ")
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
_CREDIT_LINE = re.compile(r"(?im)^\s*(источник|фото|фотография|иллюстрация|видео|по материалам|материал)\s*[:—–-]")


@dataclass(frozen=True, slots=True)
class Name:
    first: str | None
    middle: str | None
    last: str | None
    family_first: bool = False  # written surname first, as names of China, Korea and Vietnam are

    @property
    def full(self) -> str:
        parts = (self.last, self.first, self.middle) if self.family_first else (self.first, self.middle, self.last)
        return " ".join(p for p in parts if p)

    @property
    def key(self) -> str:
        """What identifies the person: first and last name, case- and ё-folded (a middle name may be missing)."""
        if self.last and self.first and not is_initial(self.first):
            return fold(f"{self.first} {self.last}")
        return fold(self.full)

    @property
    def is_full(self) -> bool:
        return bool(self.first and self.last and not is_initial(self.first))


def is_initial(part: str | None) -> bool:
    return bool(part) and bool(_INITIAL.match(part))


def _grams(morph: Morph, word: str) -> set[str]:
    grams: set[str] = set()
    for parse in morph.parses(fold(word)):
        if parse.score < 0.05 and grams:
            continue
        for gram in ("Name", "Surn", "Patr", "Geox", "Orgn"):
            if gram in parse.tag:
                grams.add(gram)
    return grams


def split_name_words(words) -> list:
    """Group initials like ``Г.`` ``В.`` and drop punctuation other than hyphens inside words."""
    out = []
    index = 0
    while index < len(words):
        word = words[index]
        text = word.text
        if index + 2 < len(words) and words[index + 1].text in _APOSTROPHES and text[:1].isalpha() \
                and words[index + 2].text[:1].isalpha() and words[index + 1].start == word.end:
            # ``О’Рейли``, ``д'Артаньян``: one word
            out.append((text + words[index + 1].text + words[index + 2].text, words[index + 2]))
            index += 3
            continue
        if len(text) == 1 and text.isupper() and index + 1 < len(words) and words[index + 1].text == ".":
            out.append((text + ".", word))
            index += 2
            continue
        if text[:1].isalpha():
            out.append((text, word))
        index += 1
    return out


def parse_name(words, morph: Morph) -> Name | None:
    """Normalize the words of a PER span (``nerpipe.inflect.Word`` objects) into a :class:`Name`."""
    parts = split_name_words(words)
    if not parts or len(parts) > 5:
        return None
    texts = [p[0] for p in parts]
    if is_east_asian(texts, morph):
        return _east_asian_name(parts, morph)
    roles = [_role(morph, text, index, len(parts)) for index, text in enumerate(texts)]
    if len(roles) >= 2 and roles[-1] == "first" and "first" in roles[:-1]:
        roles[-1] = "last"  # a surname that is also a first name (``Питеру Таллену``)
    # "Фамилия Имя" and "Фамилия Имя Отчество": a Russian surname first, a first name second (not
    # ``Карлос Ферран``, whose first word pymorphy knows only as a surname)
    if len(parts) in (2, 3) and roles[0] == "last" and roles[1] == "first" and roles[2:] in ([], ["middle"]) \
            and (roles[2:] or _russian_surname(texts[0])):
        order = [1, 2, 0] if len(parts) == 3 else [1, 0]
        parts = [parts[i] for i in order]
        texts = [texts[i] for i in order]
        roles = [roles[i] for i in order]
    # "Фамилия И. О." → initials first
    if len(parts) >= 2 and all(is_initial(t) for t in texts[1:]) and not is_initial(texts[0]):
        parts = parts[1:] + parts[:1]
        texts = texts[1:] + texts[:1]
        roles = ["initial"] * (len(parts) - 1) + ["last"]
    case = _name_case(morph, parts, roles)
    gender = _gender(morph, parts, roles, case)
    if len(parts) >= 2 and roles[-1] == "last" and _mans_surname(morph, texts[-1], case):
        gender = "masc"  # ``Нипаты Карнпола``: a woman's surname has no such ending in this case
    if len(parts) >= 2 and roles[-1] == "last" and gender == "masc" \
            and not any(_known_name(morph, text) for text in texts[:-1]):
        case = _case_of_ending(morph, texts[-1], case)  # no first name tells the case
    normal = [_nominative(morph, text, role, case, gender) for (text, _word), role in zip(parts, roles)]
    first = middle = last = None
    if len(normal) == 1:
        if roles[0] == "first" and not _grams(morph, texts[0]) & {"Surn"}:
            first = normal[0]
        else:
            last = normal[0]
    elif roles == ["first", "middle"]:
        first, middle = normal  # a first name and patronymic, no surname (``Анна Петровна``)
    else:
        first = normal[0]
        last = normal[-1]
        if len(normal) >= 3:
            middle = " ".join(normal[1:-1])
    return Name(first, middle, last)


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
        if lowered.endswith(ending) and stem in surnames and stem[-1:] in _CONSONANTS:
            return stem
    return None


def is_east_asian(texts: list[str], morph: Morph) -> bool:
    """A name of China, Korea or Vietnam, family name first (``Пак Сон Ук``, ``Ван Цзиньлун``): a
    known family name, then one or two words of at most two syllables that are no Russian surname."""
    if not 2 <= len(texts) <= 3 or east_asian_surname(texts[0]) is None or any(is_initial(t) for t in texts):
        return False
    return all(len(re.findall(r"[аеёиоуыэюя]+", fold(t))) <= 2 and "-" not in t and t[:1].isupper()
               and not _CLUSTER.search(_DIGRAPHS.sub("", fold(t)))
               and not morph.has_gram(fold(t), "Surn") and not fold(t).endswith(_RUSSIAN_SURNAME_ENDINGS)
               for t in texts[1:])


# the letters Russian writes one sound of Chinese or Korean with; other clusters of consonants and
# doubled ones are not found in such names (``Ван Дамм``, ``Ли Харви`` are no such names)
_DIGRAPHS = re.compile(r"чж|цз|чх|кх|тх|пх|нг|нь|дж")
_CLUSTER = re.compile(r"[бвгджзйклмнпрстфхцчшщ]{2}")


# endings of Russian surnames no syllable of a Chinese or Korean name has (``-ин`` it has: ``Юймин``)
_RUSSIAN_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "цкий", "ская", "цкая")


def _russian_surname(word: str) -> bool:
    """A surname of the Russian families, in any case (``Петров``, ``Орловой``, ``Лесковского``)."""
    lowered = fold(word)
    return lowered.endswith(_RUSSIAN_SURNAME_ENDINGS + ("ин", "ына", "ина")) or any(
        regular_surname(lowered, case, gender) for case in ("gent", "datv", "ablt", "loct", "accs")
        for gender in ("masc", "femn"))


def _east_asian_name(parts, morph: Morph) -> Name:
    """A name of China, Korea or Vietnam: the family name is the surname, the rest the first name;
    a man's name loses the case endings Russian gives its syllables (``Хвана Сон Ука`` → ``Хван
    Сон Ук``)."""
    case = UD_CASE.get(parts[0][1].feat.get("Case", ""))
    normal = []
    for index, (text, _word) in enumerate(parts):
        form = text.lower()
        if case not in (None, "nomn"):
            form = (east_asian_surname(text) if index == 0 else None) or masculine_nominative(form, case) or form
        normal.append(_capitalize(restore_case(form, text)))
    return Name(" ".join(normal[1:]), None, normal[0], family_first=True)


def _role(morph: Morph, text: str, index: int, count: int) -> str:
    """``first``, ``middle``, ``last`` or ``initial``: pymorphy's likeliest reading of the word as a
    first name, patronymic or surname, and its place when it has none (``Петров Иван``: a surname
    first, since ``петров`` is far likelier a surname than the genitive of ``Пётр``)."""
    if is_initial(text):
        return "initial"
    scores = {"Name": 0.0, "Surn": 0.0, "Patr": 0.0}
    for parse in morph.parses(fold(text)):
        for gram in scores:
            if gram in parse.tag:
                scores[gram] = max(scores[gram], parse.score)
    if scores["Patr"] and index > 0 and is_patronymic(morph, text):
        return "middle"
    if scores["Patr"] and not scores["Name"] and not scores["Surn"]:
        scores["Surn"] = scores["Patr"]  # ``Джоковича``: a surname that looks like a patronymic
    name, surname = scores["Name"], scores["Surn"]
    if name and surname:
        if count == 1 or index == 0:
            return "first" if name >= surname else "last"
        return "last" if index == count - 1 else "first"
    if name:
        return "first"
    if surname:
        return "last"
    return "last" if index == count - 1 or count == 1 else "first"


_PATRONYMIC_SUFFIXES = ("ович", "евич", "овна", "евна", "инична", "ична", "ич")


def is_patronymic(morph: Morph, word: str) -> bool:
    """A patronymic pymorphy's dictionary holds (``Сергеевича``), or one made from a first name it
    holds (``Ермолаевич``): not a surname that ends alike (``Джокович``, ``Вукович``)."""
    lowered = fold(word)
    parses = [p for p in morph.parses(lowered) if "Patr" in p.tag]
    if not parses:
        return False
    if morph.is_known(lowered):
        return True
    normal = fold(parses[0].normal_form)
    for suffix in _PATRONYMIC_SUFFIXES:
        if normal.endswith(suffix):
            stem = normal[: -len(suffix)]
            return any(_known_first_name(morph, stem + ending) for ending in ("", "й", "ь", "а", "я"))
    return False


def _known_first_name(morph: Morph, word: str) -> bool:
    return len(word) > 2 and morph.is_known(word) and any("Name" in p.tag for p in morph.parses(word))


def _name_case(morph: Morph, parts, roles) -> str | None:
    """The case of the whole name: the tagger's, unless the first name or patronymic cannot be in it
    and can be in one case only (``Эльмиры`` is genitive, and so is an unknown name in ``-ы``)."""
    tagged = None
    for (text, word), role in zip(parts, roles):
        if role != "initial":
            tagged = UD_CASE.get(word.feat.get("Case", ""))
            if not _shows_no_case(morph, text):
                break  # else a later word may tell better (``Фелипе`` ``Арруды``)
    for (text, _word), role in zip(parts, roles):
        lowered = fold(text)
        if role == "first" and not morph.is_known(lowered) and lowered.endswith("ы") and lowered[-2:-1] in _CONSONANTS:
            return "gent"  # a name ends so only in the genitive of one in ``-а`` (``Нарендры``), whatever the tagger
        if role not in ("first", "middle") or not morph.is_known(fold(text)) or _indeclinable_name(morph, text):
            continue  # pymorphy's guesses for names it does not know say nothing of the case, nor do
            # the forms of another name written alike (``Тони`` is no genitive of ``Тоня``)
        cases = {p.tag.case for p in morph.parses(fold(text))
                 if ("Name" in p.tag or "Patr" in p.tag) and p.tag.number != "plur" and "Fixd" not in p.tag}
        if tagged in cases:
            return tagged
        if len(cases) == 1:
            return cases.pop()
    return tagged


# the case a man's surname pymorphy does not know shows by its ending alone
_MASC_CASE_ENDINGS = (("ом", "ablt"), ("ем", "ablt"), ("а", "gent"), ("я", "gent"), ("у", "datv"), ("ю", "datv"))


def _case_of_ending(morph: Morph, surname: str, case: str | None) -> str | None:
    """The tagger's case of a man's name unless the ending of a surname pymorphy does not know
    rules it out (``Тимо Вальдбранда`` read as dative is genitive)."""
    lowered = fold(surname)
    if case in (None, "nomn") or morph.is_known(lowered) or lowered.endswith(_INDECLINABLE_ENDINGS):
        return case
    for ending, shown in _MASC_CASE_ENDINGS:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2 and lowered[-len(ending) - 1] in _CONSONANTS:
            if case in _MASC_ENDINGS and ending not in _MASC_ENDINGS[case]:
                return shown
            return case
    return case


def _mans_surname(morph: Morph, surname: str, case: str | None) -> bool:
    """A surname pymorphy does not know with the ending of a man's name in the genitive, dative or
    instrumental (``Кердпола``, ``Кердполу``, ``Кердполом``): a woman's surname has other endings
    there, or none."""
    lowered = fold(surname)
    return case in ("gent", "datv", "ablt") and not morph.is_known(lowered) and len(lowered) > 4 \
        and any(lowered.endswith(ending) and lowered[-len(ending) - 1] in _CONSONANTS
                for ending in _MASC_ENDINGS[case])


def _shows_no_case(morph: Morph, text: str) -> bool:
    """A foreign name pymorphy does not know as a name, ending in a vowel other than ``а``/``я``,
    or one it knows as indeclinable: written alike in every case (``Фелипе``, ``Тору``, ``Тони``),
    so the tagger's case of it is a guess."""
    return fold(text)[-1:] in _VOWELS - {"а", "я"} and (not _known_name(morph, text) or _indeclinable_name(morph, text))


def _indeclinable_name(morph: Morph, text: str) -> bool:
    """A first name pymorphy lists as indeclinable (``Тони``, ``Мари``)."""
    return any("Fixd" in p.tag and "Name" in p.tag for p in morph.parses(fold(text)))


def _known_name(morph: Morph, text: str) -> bool:
    """A word pymorphy's dictionary holds as a first name, surname or patronymic."""
    lowered = fold(text)
    return morph.is_known(lowered) and any(
        gram in p.tag for p in morph.parses(lowered) for gram in ("Name", "Surn", "Patr"))


def _gender(morph: Morph, parts, roles, case: str | None) -> str | None:
    """The gender of the first name or patronymic in the name's case, else the tagger's."""
    for (text, word), role in zip(parts, roles):
        if role in ("first", "middle"):
            tagged = _person_gender(word)
            genders = {p.tag.gender for p in morph.parses(fold(text))
                       if ("Name" in p.tag or "Patr" in p.tag) and (case is None or p.tag.case == case)}
            genders.discard(None)
            if len(genders) == 1:
                return genders.pop()
            if tagged in genders:
                return tagged
    for (_text, word), _role in sorted(zip(parts, roles), key=lambda item: item[1] == "initial"):
        tagged = _person_gender(word)  # the surname's before an initial's, which shows no gender
        if tagged:
            return tagged
    return None


def _person_gender(word) -> str | None:
    """The tagger's gender of a word of a name, ``masc`` or ``femn`` (a name has no neuter)."""
    gender = UD_GENDER.get(word.feat.get("Gender", ""))
    return gender if gender in ("masc", "femn") else None


def _nominative(morph: Morph, text: str, role: str, case: str | None, gender: str | None) -> str:
    if role == "initial":
        return text if text.endswith(".") else text + "."
    if text in _PARTICLES:
        return text
    if case in (None, "nomn"):
        return _capitalize(text)
    particle, dash, rest = text.partition("-")
    if dash and particle in _PARTICLES:
        return f"{particle}-{_nominative(morph, rest, 'last', case, gender)}"  # аль-Мансури
    if "-" in text and all(part[:1].isupper() for part in text.split("-")):
        # Орлова-Лесного, Сомова-Белкина: every part declines
        return "-".join(_nominative(morph, part, role, case, gender) for part in text.split("-"))
    if role == "last":
        form = _surname_nominative(morph, text, case, gender)
        if form is None and not fold(text).endswith(_INDECLINABLE_ENDINGS):
            form = _pymorphy_nominative(morph, text, "first", case, gender)  # a first name as surname
        if form is not None and "ё" in form and "ё" not in text.lower():
            form = form.replace("ё", "е")  # a surname is spelt as the text spells it (``Санчес``)
    else:
        form = _pymorphy_nominative(morph, text, role, case, gender)
        if form is None and role == "first":
            form = _first_name_by_ending(morph, text, case, gender)
    return _capitalize(restore_case(form, text) if form is not None else text)


def _surname_nominative(morph: Morph, text: str, case: str, gender: str | None) -> str | None:
    """A surname in the nominative, or ``None`` to keep it as written: pymorphy's indeclinable
    surnames (``Петренко``, ``Гарсиа``) stay, the regular families go by their ending, then the
    first declension (``Скрипки`` → ``Скрипка``), then pymorphy's guess."""
    lowered = text.lower()
    if any("Fixd" in p.tag and "Surn" in p.tag for p in morph.parses(fold(text))):
        return None
    form = regular_surname(lowered, case, gender) or first_declension_surname(lowered, case, gender)
    if form is not None:
        return form
    if fold(text).endswith(_INDECLINABLE_ENDINGS) and not fold(text).endswith(("ого", "его")):
        return None
    form = _pymorphy_nominative(morph, text, "last", case, gender)
    if form:
        return _keep_soft_stem(form, lowered)
    form = _adjective_surname(morph, lowered, case, gender)
    if form:
        return form
    masculine = any(p.tag.case == case and (p.tag.gender in ("masc", None) or "ms-f" in p.tag)
                    for p in morph.parses(fold(text)))
    if gender == "masc" and (not morph.is_known(fold(text)) or not masculine):
        # a foreign surname pymorphy cannot read as a man's word in this case (``Вейккинена``, ``Таллену``)
        return masculine_nominative(lowered, case, min_stem=3)
    return None


# surnames that end so do not decline (a declined Russian surname never ends so)
_INDECLINABLE_ENDINGS = ("и", "о", "э", "ых", "их")
# lower-case parts of names: ``Пьер де Брие``, ``Ахмед ибн Саид``, ``Карл ван Хорн``
_PARTICLES = {"де", "ди", "да", "дю", "ла", "ле", "ван", "фон", "дер", "ибн", "бин", "бен", "аль", "эль", "ас", "ад"}


def _pymorphy_nominative(morph: Morph, text: str, role: str, case: str, gender: str | None) -> str | None:
    gram = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    if role == "first" and not morph.is_known(fold(text)):
        return None  # pymorphy's guesses decline foreign names that do not decline (``Ингрид``)
    parses = morph.parses(fold(text))
    candidates = [
        p for p in parses
        if p.tag.case == case and (gender is None or p.tag.gender in (gender, None) or "ms-f" in p.tag)
        and gram in p.tag and "Fixd" not in p.tag
    ]
    if not candidates and role == "last":
        # surnames pymorphy does not list: trust its guess only when it reads the word
        # as a noun in the tagger's case and gender (so indeclinable surnames stay as written)
        candidates = [
            p for p in parses
            if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.gender == gender and "Surn" not in p.tag
            and "Name" not in p.tag and _looks_declined(text, case, gender)
        ]
    for parse in candidates:
        grams = {"nomn", "sing"}
        if gender and role != "first":
            grams.add(gender)
        form = oc_inflect(parse, grams) or oc_inflect(parse, {"nomn"})
        if form is not None:
            return form.word
    return None


# the regular Russian surnames: (ending in a case, ending in the nominative), by gender and case
_MASC_STEMS = ("ов", "ев", "ёв", "ин", "ын")
_SURNAME_ENDINGS = {
    "masc": {
        "gent": [(s + "а", s) for s in _MASC_STEMS] + [("ского", "ский"), ("цкого", "цкий")],
        "accs": [(s + "а", s) for s in _MASC_STEMS] + [("ского", "ский"), ("цкого", "цкий")],
        "datv": [(s + "у", s) for s in _MASC_STEMS] + [("скому", "ский"), ("цкому", "цкий")],
        "ablt": [(s + "ым", s) for s in _MASC_STEMS] + [("ским", "ский"), ("цким", "цкий")],
        "loct": [(s + "е", s) for s in _MASC_STEMS] + [("ском", "ский"), ("цком", "цкий")],
    },
    "femn": {
        "gent": [(s + "ой", s + "а") for s in _MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "datv": [(s + "ой", s + "а") for s in _MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "ablt": [(s + "ой", s + "а") for s in _MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "loct": [(s + "ой", s + "а") for s in _MASC_STEMS] + [("ской", "ская"), ("цкой", "цкая")],
        "accs": [(s + "у", s + "а") for s in _MASC_STEMS] + [("скую", "ская"), ("цкую", "цкая")],
    },
}


def regular_surname(text: str, case: str, gender: str | None) -> str | None:
    """The nominative of a surname of the regular families (``-ов``, ``-ев``, ``-ин``, ``-ын``,
    ``-ский``, ``-цкий``) from its ending, in lower case: ``орлову`` (dative, masculine) →
    ``орлов``, ``лесковой`` (genitive, feminine) → ``лескова``; ``None`` for other surnames."""
    for ending, nominative in _SURNAME_ENDINGS.get(gender or "", {}).get(case, ()):
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(stem) >= 2 and any(ch in _VOWELS for ch in stem.lower()):
            return stem + nominative
    return None


_VOWELS = set("аеёиоуыэюя")
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def first_declension_surname(text: str, case: str, gender: str | None) -> str | None:
    """The nominative of a surname in ``-а`` from an ending only that declension has, in lower
    case: ``дерипаски`` (genitive) → ``дерипаска``; for men also ``дерипаске`` (dative),
    ``дерипаску`` (accusative), ``дерипаской`` (instrumental); in ``-йя`` likewise
    (``монтойи``, ``монтойе``, ``монтойю`` → ``монтойя``). ``None`` otherwise."""
    endings = {"gent": ("ы", "и")}
    if gender == "masc":
        endings.update({"datv": ("е",), "accs": ("у", "ю"), "ablt": ("ой", "ей")})
    for ending in endings.get(case, ()):
        stem = text[: -len(ending)]
        if not text.endswith(ending) or len(stem) < 3:
            continue
        if stem[-1] == "й" and ending in ("и", "е", "ю", "ей") and stem[-2] in _VOWELS:
            return stem + "я"
        if stem[-1] not in _CONSONANTS or ending == "ю":
            continue
        if ending == "и" and stem[-1] not in "кгхжшчщ":
            continue  # after other consonants the genitive ending is -ы
        if ending == "ей" and stem[-1] not in "жшчщц":
            continue
        return stem + "а"
    return None


_ADJECTIVE_ENDINGS = ("ого", "его", "ому", "ему", "им", "ым", "ой", "ей", "ую")


def _adjective_surname(morph: Morph, lowered: str, case: str, gender: str | None) -> str | None:
    """A surname declined as an adjective that pymorphy knows only as an adjective, in the
    nominative of the name's gender: ``долгорукому`` → ``долгорукий``."""
    if gender not in ("masc", "femn") or not lowered.endswith(_ADJECTIVE_ENDINGS):
        return None
    for parse in morph.parses(lowered):
        if parse.tag.POS == "ADJF" and parse.tag.case == case and parse.tag.gender == gender:
            form = oc_inflect(parse, {"nomn", "sing", gender})
            if form is not None:
                return form.word
    return None


def _keep_soft_stem(form: str, text: str) -> str:
    """pymorphy reads some surnames as nouns with a fleeting vowel (``гольца`` → ``голец``); the
    stem keeps its soft sign (``гольц``)."""
    for ending in ("ом", "ем", "а", "у", "е"):
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(stem) == len(form) and stem[-2:-1] in ("ь", "й") \
                and form[-2:-1] in ("е", "ё", "о") and stem[:-2] == form[:-2]:
            return stem
    return form

# first names pymorphy lists only as indeclinable (``Анне`` as Anne): the usual endings
_FIRST_NAME_ENDINGS = {
    "femn": {"gent": ("ы", "и"), "datv": ("е", "и"), "loct": ("е", "и"), "accs": ("у", "ю"), "ablt": ("ой", "ей")},
}


# the endings of a man's name of the second declension, hard and soft stems (``Олафа``, ``Бесселя``);
# not the locative ``-е``, which cannot tell ``Бесселе`` (Бессель) from ``Олафе`` (Олаф) and is
# the ending of indeclinable names (``Фелипе``)
_MASC_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем")}
_HISSING = "жшчщц"


def masculine_nominative(lowered: str, case: str, min_stem: int = 2) -> str | None:
    """The nominative of a man's name or surname of the second declension from its case ending,
    in lower case: ``олафа`` → ``олаф``, ``бесселю`` → ``бессель``, ``хорхе`` stays (``None``);
    for names pymorphy does not know."""
    for ending in _MASC_ENDINGS.get(case, ()):
        stem = lowered[: -len(ending)]
        if not lowered.endswith(ending) or len(stem) < 2:
            continue
        if stem[-1] in _VOWELS and ending in ("я", "ю", "ем"):
            return stem + "й"  # ``вэя`` → ``вэй``
        if len(stem) < min_stem:
            continue
        if stem[-1] not in _CONSONANTS:
            continue
        if ending in ("а", "у", "ом") or (ending == "ем" and stem[-1] in _HISSING):
            return stem
        if stem[-1] not in _HISSING + "кгх":
            return stem + "ь"
    return None


def _first_name_by_ending(morph: Morph, text: str, case: str, gender: str | None) -> str | None:
    """``Анне`` (dative, feminine) → ``Анна`` when pymorphy knows ``Анна`` as a first name;
    a man's name pymorphy does not know at all loses the ending of its case
    (``Олафа`` → ``Олаф``, ``Бесселю`` → ``Бессель``: :func:`masculine_nominative`); any name
    pymorphy does not know in ``-ы`` is the genitive of one in ``-а`` (``Нарендры``)."""
    lowered = fold(text)
    known = morph.is_known(lowered)
    if not known and lowered.endswith("ы") and len(lowered) > 3 and lowered[-2] in _CONSONANTS:
        return lowered[:-1] + "а"  # a name ends so only in the genitive of ``-а`` (``Нарендры``)
    if gender == "masc":
        if known and any("Name" in p.tag for p in morph.parses(lowered)):
            return None
        return masculine_nominative(lowered, case)
    for ending in _FIRST_NAME_ENDINGS.get(gender or "", {}).get(case, ()):
        if not lowered.endswith(ending):
            continue
        for nominative in ("а", "я"):
            candidate = lowered[: -len(ending)] + nominative
            if morph.is_known(candidate) and any(
                    "Name" in p.tag and p.tag.case == "nomn" and p.tag.gender == gender and p.normal_form == candidate
                    for p in morph.parses(candidate)):
                return candidate
    if gender == "femn" and not _known_name(morph, lowered):
        # a woman's name pymorphy does not know: the first declension (``Камалой`` → ``Камала``)
        for ending, nominative in _FEMININE_ENDINGS.get(case, ()):
            stem = lowered[: -len(ending)]
            if lowered.endswith(ending) and len(stem) >= 2:
                return stem + ("я" if nominative == "а" and stem[-1] in _VOWELS else nominative)
    return None


_FEMININE_ENDINGS = {
    "ablt": (("ой", "а"), ("ей", "я")), "accs": (("у", "а"), ("ю", "я")), "datv": (("е", "а"),),
    "loct": (("е", "а"),),
}


_DECLINED_ENDINGS = {
    ("gent", "masc"): ("а", "я"),
    ("datv", "masc"): ("у", "ю"),
    ("accs", "masc"): ("а", "я"),
    ("ablt", "masc"): ("ом", "ем", "ым", "им"),
    ("loct", "masc"): ("е",),
    ("gent", "femn"): ("ой", "ы", "и"),
    ("datv", "femn"): ("ой", "е"),
    ("accs", "femn"): ("у", "ю"),
    ("ablt", "femn"): ("ой", "ей"),
    ("loct", "femn"): ("ой", "е"),
}


def _looks_declined(text: str, case: str, gender: str | None) -> bool:
    lowered = fold(text)
    if lowered.endswith(("о", "ко", "их", "ых", "ян", "и", "у", "ю", "э")) and not lowered.endswith(("ию",)):
        return False
    return lowered.endswith(_DECLINED_ENDINGS.get((case, gender), ()))


def _capitalize(text: str) -> str:
    """``ИВАНОВ`` → ``Иванов``, ``иванов`` → ``Иванов``; mixed case stays (``аль-Мансури``, ``де Брие``)."""
    if text.isupper() and len(text) > 2:
        text = text.lower()
    if text != text.lower():
        return text
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))


def is_credit_line(text: str, start: int) -> bool:
    """Whether ``start`` lies on a line such as ``Источник: …`` or ``Фото: …`` (agency credits, not people)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CREDIT_LINE.match(text, line_start)) and _CREDIT_LINE.match(text, line_start).end() <= start + 1


def looks_like_person(words, morph: Morph) -> bool:
    """Reject PER spans that cannot be a person's name: digits, all-caps acronyms, one unknown lowercase word."""
    texts = [w.text for w in words if w.text[:1].isalpha()]
    if not texts:
        return False
    if any(ch.isdigit() for w in words for ch in w.text):
        return False
    if len(texts) == 1 and texts[0].isupper() and len(texts[0]) > 1:
        return False
    return any(part[:1].isupper() for t in texts for part in t.split("-"))
