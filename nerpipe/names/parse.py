"""A PER span's words made a :class:`Name`: each word classified with pymorphy's name grammemes
(``Name``, ``Patr``, ``Surn``), initials and position; the case and gender the name is in; each
word put in the nominative (:mod:`.nominative`) with the gender of the first name (``Алины
Орловой`` → ``Алина Орлова``). ``Фамилия Имя`` and ``И. О. Фамилия`` orders are recognised; credit
lines and spans that cannot be a person's name are told apart."""

from __future__ import annotations

from ..morph import UD_CASE, UD_GENDER, Morph, fold, restore_case
from .cases import case_of_ending, case_shown, mans_surname, name_cases
from .eastasia import east_asian_name, is_east_asian, is_russian_surname
from .endings import CONSONANTS, MASC_STEMS, VOWELS, regular_surname
from .family import family_member, family_plural
from .name import APOSTROPHES, Name, is_initial
from .nominative import (
    PARTICLES,
    capitalize_name,
    generation_cases,
    known_name,
    part_nominative,
)
from .oblique import shows_womans_oblique, womans_first_declension
from .words import is_patronymic, known_first_name


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
    """Group initials like ``Г.`` ``В.`` ``Дж.`` and drop punctuation other than hyphens inside words."""
    out = []
    index = 0
    while index < len(words):
        word = words[index]
        text = word.text
        if index + 2 < len(words) and words[index + 1].text in APOSTROPHES and text[:1].isalpha() \
                and words[index + 2].text[:1].isalpha() and words[index + 1].start == word.end:
            # ``О’Рейли``, ``д'Артаньян``: one word
            out.append((text + words[index + 1].text + words[index + 2].text, words[index + 2]))
            index += 3
            continue
        if index + 1 < len(words) and words[index + 1].text == "." and is_initial(text + "."):
            out.append((text + ".", word))
            index += 2
            continue
        if text[:1].isalpha():
            out.append((text, word))
        index += 1
    return out


def parse_name(words, morph: Morph, subject: bool = False, verb_gender: str | None = None,
               oblique: bool = False, speaker: bool = False) -> Name | None:
    """Normalize the words of a PER span (``nerpipe.inflect.Word`` objects) into a :class:`Name`;
    ``subject``: the syntax reads the name as the subject of a verb (of ``verb_gender`` in the past
    tense), which settles the case of a surname no first name declines (``взяла Е. Орлова``);
    ``oblique``: the syntax reads it as the object or modifier of a word, in no nominative
    (``Интервью Гарета Моррисона``: no woman's ``Гарета`` pymorphy knows in the nominative only);
    ``speaker``: the name opens a line before a colon (``Мартина Хольцер: «…»``), in the nominative."""
    parts = split_name_words(words)
    if len(parts) >= 2 and parts[0][0] in PARTICLES:
        parts = parts[1:]  # ``ван Дорна``: a surname alone, its particle no first name
    if not parts or len(parts) > 5:
        return None
    texts = [p[0] for p in parts]
    if is_east_asian(texts, morph):
        return east_asian_name(parts, morph)
    roles = [_role(morph, text, index, len(parts)) for index, text in enumerate(texts)]
    if len(roles) >= 2 and roles[:2] == ["first", "first"] and not morph.is_known(fold(texts[0])) \
            and is_russian_surname(texts[0]) and known_first_name(morph, fold(texts[1])):
        roles[0] = "last"  # ``Кормилов Пётр``: a word pymorphy does not know that ends as the Russian
        # families do, before a first name it knows (not ``Зинедина Зидана``)
    if len(roles) >= 2 and roles[-1] == "first" and ("first" in roles[:-1] or set(roles[:-1]) == {"initial"}):
        roles[-1] = "last"  # a surname that is also a first name (``Питеру Таллену``, ``Н. Забарой``)
    if roles == ["first", "first", "middle"]:
        roles[0] = "last"  # ``Лапина Игоря Олеговича``, ``Зорина Анна Петровна``: a patronymic follows the first
        # name, so the word before them is the surname, whatever else pymorphy reads it as
    # "Фамилия Имя" and "Фамилия Имя Отчество": a Russian surname first, a first name second (not
    # ``Карлос Ферран``, whose first word pymorphy knows only as a surname)
    if len(parts) in (2, 3) and roles[0] == "last" and roles[1] == "first" and roles[2:] in ([], ["middle"]) \
            and (roles[2:] or is_russian_surname(texts[0])):
        order = [1, 2, 0] if len(parts) == 3 else [1, 0]
        parts = [parts[i] for i in order]
        texts = [texts[i] for i in order]
        roles = [roles[i] for i in order]
    if roles == ["last", "first"]:
        roles = ["first", "last"]  # no Russian surname first: the name's order (``Лори Кае``)
    # "Фамилия И. О." → initials first
    if len(parts) >= 2 and all(is_initial(t) for t in texts[1:]) and not is_initial(texts[0]):
        parts = parts[1:] + parts[:1]
        texts = texts[1:] + texts[:1]
        roles = ["initial"] * (len(parts) - 1) + ["last"]
    family = family_plural(morph, texts[-1]) if not is_initial(texts[-1]) else None
    if family is not None and "Name" not in _grams(morph, texts[0]):
        return None  # a family (``Кормиловых``, ``супругов Кормиловых``), no one person
    case = "nomn" if speaker else _name_case(morph, parts, roles, oblique)
    gender = _gender(morph, parts, roles, case)
    readings = surname_readings(morph, texts[-1])
    nominative = not readings or any(c == "nomn" for c, _g in readings)
    if subject and roles[-1] == "last" and nominative and all(
            role == "initial" or not known_name(morph, text) or _shows_no_case(morph, text)
            for text, role in zip(texts[:-1], roles)) \
            and not any(mans_surname(morph, texts[-1], shown) for shown in ("datv", "ablt")):
        case, gender = _subject_case(texts[-1], case, gender, verb_gender)  # not ``Джо Бернсу``
    shown = _womans_case(morph, parts, roles, case)
    if shown is not None:
        case, gender = shown, "femn"  # ``Камале Уортон``: a man's surname would decline
    if subject and verb_gender and case != "nomn" and any(
            role == "first" and _name_in(morph, text, "nomn", verb_gender) for text, role in zip(texts, roles)):
        case, gender = "nomn", verb_gender  # ``Валерия Лисицына рассказала``, tagged as a man's genitive
    elif subject and verb_gender == "femn" and roles[0] == "first" and texts[0][-1:].lower() in ("а", "я") \
            and (roles == ["first"] or (roles == ["first", "last"] and nominative
                                        and not mans_surname(morph, texts[-1], "gent"))) \
            and not _name_in(morph, texts[0], "nomn", "femn") and _name_in(morph, texts[0], "gent", "masc"):
        case, gender = "nomn", "femn"  # ``Камиля вошла``, ``Мартина Хольцер вошла``: a woman's name, not a
        # man's genitive
    if len(parts) >= 2 and roles[-1] == "last" and mans_surname(morph, texts[-1], case):
        gender = "masc"  # ``Нипаты Карнпола``: a woman's surname has no such ending in this case
    if len(parts) >= 2 and roles[-1] == "last" and gender == "masc" \
            and not any(known_name(morph, text) and not _shows_no_case(morph, text) for text in texts[:-1]):
        case = case_of_ending(morph, texts[-1], case)  # no first name tells the case (``Гарри``)
    normal = [part_nominative(morph, text, role, case, gender) for (text, _word), role in zip(parts, roles)]
    if gender == "femn" and roles[-1] == "last" and fold(normal[-1]) == fold(texts[-1]) and any(
            role in ("first", "middle") and shows_womans_oblique(morph, text, case)
            for text, role in zip(texts, roles)):
        declined = womans_first_declension(morph, texts[-1], case)  # ``Людмиле Шульге``: the first name settles
        if declined is not None:  # that ``-е`` is the case ending of a surname in ``-а``
            normal[-1] = capitalize_name(restore_case(declined, texts[-1]))
    if family is not None:  # ``Марии Кормиловых``: one of the family, in her gender
        normal[-1] = capitalize_name(restore_case(family_member(family, gender), texts[-1]))
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


def _role(morph: Morph, text: str, index: int, count: int) -> str:
    """``first``, ``middle``, ``last`` or ``initial``: pymorphy's likeliest reading of the word as a
    first name, patronymic or surname, and its place when it has none (``Петров Иван``: a surname
    first, since ``петров`` is far likelier a surname than the genitive of ``Пётр``)."""
    if is_initial(text):
        return "initial"
    if count == 1 and not morph.is_known(fold(text)) and surname_readings(morph, text):
        return "last"  # ``Зиминой`` alone: a surname of the Russian families pymorphy guesses as a name
    scores = {"Name": 0.0, "Surn": 0.0, "Patr": 0.0}
    for parse in morph.parses(fold(text)):
        for gram in scores:
            if gram in parse.tag:
                scores[gram] = max(scores[gram], parse.score)
    if scores["Patr"] and index > 0 and is_patronymic(morph, text):
        return "middle"
    if scores["Patr"] and not scores["Name"] and not scores["Surn"]:
        scores["Surn"] = scores["Patr"]  # ``Радковича``: a surname that looks like a patronymic
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


def _name_in(morph: Morph, text: str, case: str, gender: str) -> bool:
    """Whether pymorphy knows a word as a first name in ``case`` and of ``gender``."""
    return any("Name" in p.tag and p.tag.case == case and p.tag.gender == gender for p in morph.parses(fold(text)))


def _name_case(morph: Morph, parts, roles, oblique: bool = False) -> str | None:
    """The case of the whole name: the tagger's, unless the first name or patronymic cannot be in it
    and can be in one case only (``Эльмиры`` is genitive, and so is an unknown name in ``-ы``), or
    the surname cannot be in it (``Анне Лисицыной`` tagged nominative, ``Кормилову`` genitive): then
    the first case both the first name and the surname can be in. A surname alone the syntax hangs on a
    word keeps the tagger's case when it can be in it in either gender (``видели Орлову``)."""
    case = _tagged_name_case(morph, parts, roles, oblique)
    texts = [text for text, _word in parts]
    if roles[-1] != "last" or roles[0] == "middle":
        return case
    readings = surname_readings(morph, texts[-1])
    if oblique and len(parts) == 1 and case not in (None, "nomn") and case in {c for c, _gender in readings}:
        return case  # ``видели Орлову``: an object in the case the tagger gives, whatever gender it guesses
    # the tagger's gender of the first name, which heads the name, else of the surname
    tagged_gender = (_person_gender(parts[0][1]) if roles[0] == "first" else None) or _person_gender(parts[-1][1])
    if any(gender == tagged_gender for _case, gender in readings):
        readings = {reading for reading in readings if reading[1] == tagged_gender}  # ``Кормилову``: a man's
    surname = {case for case, _gender in readings}
    if not surname or case in surname:
        return case
    both = surname & name_cases(morph, texts[0], ("Name",)) if roles[0] == "first" else surname
    return min(both, key=_CASE_ORDER.index) if both else case


def surname_readings(morph: Morph, text: str) -> set[tuple[str, str]]:
    """The (case, gender) a surname can be in: pymorphy's readings of one it knows as a declined
    surname, or those the endings of the Russian families give one it does not know
    (``кормилову``: the dative of a man's, the accusative of a woman's); none for other words."""
    lowered = fold(text)
    if morph.is_known(lowered):
        return {(p.tag.case, gender) for p in morph.parses(lowered)
                if "Surn" in p.tag and p.tag.number == "sing" and "Fixd" not in p.tag
                for gender in ((p.tag.gender,) if p.tag.gender in ("masc", "femn") else ("masc", "femn"))}
    readings = {(case, gender) for case in _CASE_ORDER[1:] for gender in ("masc", "femn")
                if regular_surname(lowered, case, gender)}
    if lowered.endswith(_MASC_NOMINATIVE):
        readings.add(("nomn", "masc"))
    if lowered.endswith(_WOMANS_NOMINATIVE + ("ская", "цкая")):
        readings.add(("nomn", "femn"))
    return readings if readings - {("nomn", "masc"), ("nomn", "femn")} else set()


# the endings of a man's surname of the Russian families in the nominative
_MASC_NOMINATIVE = MASC_STEMS + ("ский", "цкий")


def _tagged_name_case(morph: Morph, parts, roles, oblique: bool) -> str | None:
    generation = generation_cases(morph, parts[-1][0])
    tagged = None
    before = set()  # the tagger's cases of the words before that show none, initials too
    for (text, word), role in zip(parts, roles):
        if role == "initial":
            before.add(UD_CASE.get(word.feat.get("Case", "")))
            continue
        tagged = UD_CASE.get(word.feat.get("Case", ""))
        if not _shows_no_case(morph, text):
            break  # else a later word may tell better (``Фелипе`` ``Арруды``)
        before.add(tagged)
    shown = case_shown(morph, parts[-1][0], before - {tagged, None, "nomn"}) if roles[-1] == "last" else None
    if shown is not None:
        return shown  # ``с Хосе Мендесом``, ``с Н. Забарой``: the surname's ending agrees with the case of
        # the words before it, not with its own tag
    if generation and tagged not in generation:
        return min(generation, key=_CASE_ORDER.index)  # ``Санчеса-младшего``: ``младшего`` tells the case
    for (text, word), role in zip(parts, roles):
        lowered = fold(text)
        if role in ("first", "last") and not morph.is_known(lowered) and lowered.endswith("ы") \
                and lowered[-2:-1] in CONSONANTS and len(lowered) > 3:
            return "gent"  # a name ends so only in the genitive of one in ``-а`` (``Нарендры``, ``Коллины``),
            # whatever the tagger
        if role == "first" and "-" in text.strip("-") and not morph.is_known(lowered):
            cases = _hyphenated_cases(morph, text)
            if tagged not in cases and len(cases) == 1:
                return cases.pop()  # ``Анной-Марией`` tagged a nominative: each part an instrumental
        if role not in ("first", "middle") or not morph.is_known(fold(text)) or _indeclinable_name(morph, text):
            continue  # pymorphy's guesses for names it does not know say nothing of the case, nor do
            # the forms of another name written alike (``Тони`` is no genitive of ``Тоня``)
        cases = {p.tag.case for p in morph.parses(fold(text))
                 if ("Name" in p.tag or "Patr" in p.tag) and p.tag.number != "plur" and "Fixd" not in p.tag}
        if tagged in cases:
            return tagged
        gendered = {p.tag.case for p in morph.parses(fold(text)) if ("Name" in p.tag or "Patr" in p.tag)
                    and p.tag.number != "plur" and "Fixd" not in p.tag and p.tag.gender == _person_gender(word)}
        if tagged == "nomn" and len(gendered) == 1 and "nomn" not in cases:
            return gendered.pop()  # ``Халиду`` tagged a man's nominative: a man's ``Халид`` in the dative
        if len(cases) == 1 and not (oblique and cases == {"nomn"} and tagged not in (None, "nomn")):
            return cases.pop()
    return tagged


def _hyphenated_cases(morph: Morph, text: str) -> set[str]:
    """The cases every part of a hyphenated first name pymorphy knows as a name can be in
    (``Анной-Марией``: the instrumental); none when a part is no name it knows."""
    cases = None
    for part in text.split("-"):
        if not part:
            continue
        shown = name_cases(morph, part, ("Name",)) if known_name(morph, part) else set()
        cases = shown if cases is None else cases & shown
    return cases or set()


# of the cases a word can be in, the one read when nothing else tells
_CASE_ORDER = ("nomn", "gent", "datv", "ablt", "loct", "accs")


# the endings of a woman's surname in the nominative that a man's shows in the genitive
_WOMANS_NOMINATIVE = tuple(stem + "а" for stem in MASC_STEMS)


def _subject_case(surname: str, case: str | None, gender: str | None, verb_gender: str | None):
    """The case and gender of a name the syntax reads as a subject, when no first name tells them
    (initials, or first names that show no case): the nominative (``Хорхе Кальдерра`` tagged as
    an accusative); a woman's when the verb is feminine or the surname ends as a woman's does
    (``Е. Орлова`` tagged as the genitive of ``Орлов``) and the verb is not masculine."""
    if verb_gender == "femn" or (verb_gender != "masc" and fold(surname).endswith(_WOMANS_NOMINATIVE)):
        return "nomn", "femn"
    return "nomn", verb_gender or gender


def _shows_no_case(morph: Morph, text: str) -> bool:
    """A foreign name pymorphy does not know as a name, ending in a vowel other than ``а``/``я``,
    or one it knows as indeclinable: written alike in every case (``Фелипе``, ``Тору``, ``Тони``),
    so the tagger's case of it is a guess; a hyphenated name when each of its parts is so
    (``Анне-Марии`` shows its case by ``Марии``)."""
    if "-" in text.strip("-"):
        return all(_shows_no_case(morph, part) for part in text.split("-") if part)
    lowered = fold(text)
    if len(lowered) > 4 and lowered.endswith("ии") and not morph.is_known(lowered):
        return False  # ``Лусии``: the genitive, dative or locative of a name in ``-ия``
    return lowered[-1:] in VOWELS - {"а", "я"} and (not known_name(morph, text) or _indeclinable_name(morph, text))


def _indeclinable_name(morph: Morph, text: str) -> bool:
    """A first name pymorphy lists as indeclinable (``Тони``, ``Мари``), or a name it knows only as an
    indeclinable surname (``Лори``)."""
    parses = morph.parses(fold(text))
    return any("Fixd" in p.tag and "Name" in p.tag for p in parses) or (
        bool(parses) and all("Fixd" in p.tag and "Surn" in p.tag for p in parses))


def _gender(morph: Morph, parts, roles, case: str | None) -> str | None:
    """The gender of the first name or patronymic in the name's case, else the one gender pymorphy
    knows the surname in that case, else the tagger's; of a first name of either gender (``Женя``),
    the surname's when it tells one."""
    for (text, word), role in zip(parts, roles):
        if role in ("first", "middle"):
            tagged = _person_gender(word)
            genders = {p.tag.gender for p in morph.parses(fold(text))
                       if ("Name" in p.tag or "Patr" in p.tag) and (case is None or p.tag.case == case)}
            genders.discard(None)
            if len(genders) == 1:
                return genders.pop()
            if role == "first" and roles[-1] == "last" and _either_gender(morph, text):
                shown = _regular_genders(parts[-1][0], case)
                if len(shown) == 1:
                    return shown.pop()  # ``Жени Лыкова``: a name of either gender, a man's surname
            if tagged in genders:
                return tagged
            if not genders and role == "first" and _womans_ending(morph, text, case):
                return "femn"
    surname = {gender for in_case, gender in surname_readings(morph, parts[-1][0]) if in_case == case}
    if roles[-1] == "last" and len(surname) == 1:
        return surname.pop()  # ``Лисицыной``: a woman's surname in any case but the nominative
    first = fold(parts[0][0])
    if roles[0] == "first" and case not in (None, "nomn") and first[-1:] in CONSONANTS and len(first) > 2 \
            and not any("Name" in p.tag and p.tag.gender == "masc" for p in morph.parses(first)) \
            and any(_person_gender(word) == "femn" for _text, word in parts):
        return "femn"  # ``Клер Дюпре`` in the dative: a man's name ending in a consonant would decline
    for (_text, word), _role in sorted(zip(parts, roles), key=lambda item: item[1] == "initial"):
        tagged = _person_gender(word)  # the surname's before an initial's, which shows no gender
        if tagged:
            return tagged
    return None


def _either_gender(morph: Morph, text: str) -> bool:
    """Whether pymorphy knows a first name as one of either gender only (``Женя``, ``Саша``)."""
    names = [p for p in morph.parses(fold(text)) if "Name" in p.tag]
    return bool(names) and all("ms-f" in p.tag for p in names)


def _regular_genders(text: str, case: str | None) -> set[str]:
    """The genders the ending of a surname of the Russian families shows in ``case`` (``Лыкова`` in
    the genitive: a man's; in the nominative: a woman's)."""
    lowered = fold(text)
    if case == "nomn":
        return {gender for gender, endings in (("masc", _MASC_NOMINATIVE), ("femn", _WOMANS_NOMINATIVE + (
            "ская", "цкая"))) if lowered.endswith(endings)}
    return {gender for gender in ("masc", "femn") if case and regular_surname(lowered, case, gender)}


# the case a woman's first name of the first declension shows by its ending
_WOMANS_CASE_ENDINGS = (("ой", "ablt"), ("ей", "ablt"), ("ы", "gent"), ("и", "gent"), ("е", "datv"),
                        ("у", "accs"), ("ю", "accs"))


def _womans_case(morph: Morph, parts, roles: list[str], case: str | None) -> str | None:
    """The case of a woman's name told by an undeclined surname: a first name with an ending of a
    woman's name in an oblique case, before a foreign surname pymorphy does not know, ending in a
    consonant and written as in the nominative, where a man's would decline (``Камале Уортон``, not
    ``Луке Уортону``); ``None`` when the name is not so, or the first name may be a nominative."""
    if roles != ["first", "last"] or case in (None, "nomn"):
        return None
    first, last = fold(parts[0][0]), fold(parts[1][0])
    if morph.is_known(last) or len(last) < 3 or last[-1] not in CONSONANTS or surname_readings(morph, last) \
            or len(first) < 4 or _shows_no_case(morph, first) or _indeclinable_name(morph, first) \
            or "nomn" in name_cases(morph, first, ("Name",)):
        return None
    for ending, shown in _WOMANS_CASE_ENDINGS:
        if first.endswith(ending) and first[-len(ending) - 1] in CONSONANTS + "ь":
            return "loct" if shown == "datv" and case == "loct" else shown
    return None


def _womans_ending(morph: Morph, text: str, case: str | None) -> bool:
    """A first name pymorphy does not know as a name in the instrumental singular, in the instrumental
    of a woman's name (``Лианой``, ``Тальей``, ``Джорджей``): a man's ends there in ``-ом``, ``-ем``;
    or one it does not know at all in the genitive, dative or accusative of a name in ``-ия``."""
    lowered = fold(text)
    if case in _IYA_CASES and lowered.endswith(_IYA_CASES[case]) and len(lowered) > 4 \
            and not known_name(morph, text):
        return True  # ``Лусии``, ``Лусию``: a name in ``-ия`` (a man's in ``-ий`` has ``-ия``, ``-ию`` there)
    return case == "ablt" and case not in name_cases(morph, text, ("Name",)) and len(lowered) > 4 \
        and lowered.endswith(("ой", "ей")) and lowered[-3] in CONSONANTS + "ь"


# the endings of a woman's name in ``-ия`` in the cases where a man's in ``-ий`` ends otherwise
_IYA_CASES = {"gent": "ии", "datv": "ии", "loct": "ии", "accs": "ию"}


def _person_gender(word) -> str | None:
    """The tagger's gender of a word of a name, ``masc`` or ``femn`` (a name has no neuter)."""
    gender = UD_GENDER.get(word.feat.get("Gender", ""))
    return gender if gender in ("masc", "femn") else None
