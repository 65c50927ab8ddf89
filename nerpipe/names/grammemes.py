"""The case and gender a whole name is in: the tagger's reading of its words checked against
pymorphy's readings of first names, patronymics and surnames and against the endings of the
Russian families (``Анне Лисицыной`` tagged nominative is a dative, ``Лисицыной`` a woman's)."""

from __future__ import annotations

import re

from ..morph import UD_CASE, UD_GENDER, Morph, fold
from .cases import case_shown, name_cases
from .endings import CONSONANTS, MASC_STEMS, TURKIC_PATRONYMICS, VOWELS, regular_surname
from .firsts import genitive_of_a
from .nominative import generation_cases, known_name
from .words import first_name_readings


def name_case(morph: Morph, parts, roles, oblique: bool = False, adjacent: bool = False) -> str | None:
    """The case of the whole name: the tagger's, unless the first name or patronymic cannot be in it
    and can be in one case only (``Эльмиры`` is genitive, and so is an unknown name in ``-ы``), or
    the surname cannot be in it (``Анне Лисицыной`` tagged nominative, ``Кормилову`` genitive): then
    the first case both the first name and the surname can be in. A surname alone the syntax hangs on a
    word keeps the tagger's case when it can be in it in either gender (``видели Орлову``); a name right
    before another and their verb (``adjacent``) is in the case its words agree in (:func:`_agreed_case`)."""
    case = _tagged_name_case(morph, parts, roles, oblique)
    texts = [text for text, _word in parts]
    if roles[-1] == "middle" and morph.is_known(fold(texts[-1])):
        shown = name_cases(morph, texts[-1], ("Patr",))  # ``Гульшат Ильдаровне`` tagged a nominative: the
        return case if not shown or case in shown else min(shown, key=_CASE_ORDER.index)  # patronymic's case
    if roles[-1] != "last" or roles[0] == "middle":
        return case
    agreed = _agreed_case(morph, texts, case) if adjacent and roles == ["first", "last"] else None
    if agreed is not None:
        return agreed  # ``Петра Шульгу Семён Кочерга встретил``: the one case both words can be in
    readings = surname_readings(morph, texts[-1])
    if oblique and len(parts) == 1 and case not in (None, "nomn") and case in {c for c, name_gender in readings}:
        return case  # ``видели Орлову``: an object in the case the tagger gives, whatever gender it guesses
    agreed = _first_name_agreed(morph, texts[0], readings) if roles == ["first", "last"] else None
    if agreed is not None:  # ``Дильноза Рашидова`` tagged a man's genitive: no man's ``Дильноз``
        return agreed
    womans = _undeclined_womans_cases(morph, texts, roles, readings)
    if womans:
        return case if case in womans else min(womans, key=_CASE_ORDER.index)
    shown = _womans_first_case(morph, texts, roles, readings)
    if shown is not None:
        return shown  # ``Хуаниной Мендес``: her surname in a consonant does not decline, her first name does
    # the tagger's gender of the first name, which heads the name, else of the surname
    tagged_gender = (_person_gender(parts[0][1]) if roles[0] == "first" else None) or _person_gender(parts[-1][1])
    if any(gender == tagged_gender for _case, gender in readings) \
            and not _womans_accusative_first(morph, texts[0], case, readings):
        readings = {reading for reading in readings if reading[1] == tagged_gender}  # ``Кормилову``: a man's
    surname = {case for case, name_gender in readings}
    if not surname or case in surname:
        return case
    both = surname & name_cases(morph, texts[0], ("Name",)) if roles[0] == "first" else surname
    if not both and roles[0] == "first" and not morph.is_known(fold(texts[0])):
        # a first name pymorphy does not know shows no case, the surname's ending does in either gender
        # (``Севиль Гасымовой`` tagged a nominative)
        either = {reading_case for reading_case, _gender in surname_readings(morph, texts[-1])}
        both = {case} if case in either else surname
    if both:
        return min(both, key=_CASE_ORDER.index)
    own = UD_CASE.get(parts[-1][1].feat.get("Case", ""))
    # ``Гарету Моррисону``: a first name pymorphy knows in another case only (of a woman's ``Гарета``)
    # before a surname that agrees with the tagger: the surname's case
    return own if own in surname and own != "nomn" else case


def _first_name_agreed(morph: Morph, first: str, readings) -> str | None:
    """The one case a first name pymorphy knows and the surname after it agree in by pymorphy's readings of
    both, case and gender (``Дильноза`` is a woman's nominative only, and so can ``Рашидова`` be, whatever
    case and gender the tagger reads); ``None`` when they agree in more or none, or pymorphy does not know it."""
    if not morph.is_known(fold(first)):
        return None
    own = {(p.tag.case, p.tag.gender) for p in first_name_readings(morph, first) if "Fixd" not in p.tag}
    agreed = own & set(readings)
    return next(iter(agreed))[0] if len(agreed) == 1 else None


def _undeclined_womans_cases(morph: Morph, texts: list[str], roles: list[str], readings) -> set[str]:
    """The cases a woman's surname can be in after a first name pymorphy knows only as a woman's that
    does not decline (``Айсель Гусейнова``: no man's genitive), or does not know and that ends in a
    consonant: a man's such name would decline with his surname (``Севиль Гасымову``: no man's dative,
    which would be ``Севилю``); none for other names."""
    first = fold(texts[0])
    if roles != ["first", "last"] or len(first) < 3 or not first[-1].isalpha():
        return set()
    if morph.is_known(first):
        names = first_name_readings(morph, first)
        if not names or not all("Fixd" in p.tag and p.tag.gender == "femn" for p in names):
            return set()
    elif first[-1] in "аеёиоуыэюяй":
        return set()
    return {reading_case for reading_case, gender in readings if gender == "femn"}


def _womans_first_case(morph: Morph, texts: list[str], roles: list[str], readings) -> str | None:
    """The one oblique case a first name pymorphy knows only as a woman's, declined, is in, before a surname
    in a consonant it reads as a man's nominative only (``Хуаниной Мендес``: a woman's such surname does not
    decline, a man's would with his name, so the surname tells no case and the first name does); ``None``
    for other names."""
    if roles != ["first", "last"] or readings != {("nomn", "masc")} or fold(texts[-1])[-1:] not in CONSONANTS:
        return None
    first = fold(texts[0])
    names = [p for p in first_name_readings(morph, first) if "Fixd" not in p.tag]
    cases = {p.tag.case for p in names}
    if not names or len(cases) != 1 or any(p.tag.gender != "femn" for p in names):
        return None
    case = cases.pop()
    if not morph.is_known(first) and not (case == "ablt" and len(first) > 5 and first.endswith(("ой", "ей"))):
        return None  # a name pymorphy guesses: only the instrumental's ending tells (``Хуаниной``)
    return case if case not in ("nomn", "voct") else None


def _agreed_case(morph: Morph, texts: list[str], case: str | None) -> str | None:
    """The oblique case a first name and a surname hung on a word can both be in by pymorphy's readings
    (its guesses too, of a declined word), when the tagger's is not one of them (``Петра Шульгу`` tagged a
    genitive: ``Петра`` the genitive or accusative of ``Пётр``, ``Шульгу`` the accusative of ``Шульга``);
    the first of them by :data:`_CASE_ORDER`. ``None`` when either shows no case (``Морелли``)."""
    first = {p.tag.case for p in first_name_readings(morph, texts[0]) if "Fixd" not in p.tag}
    last = {p.tag.case for p in morph.parses(fold(texts[-1]))
            if p.tag.POS == "NOUN" and p.tag.number == "sing" and "Fixd" not in p.tag}
    both = (first & last) - {"nomn", "voct"}
    if not first or not last or case in both or not both or len(first - {"nomn"}) == len(_CASE_ORDER) - 1:
        return None
    return min(both, key=_CASE_ORDER.index)


def _womans_accusative_first(morph: Morph, first: str, case: str | None, readings) -> bool:
    """A first name pymorphy does not know, in ``-у`` after a consonant, in the accusative the tagger
    reads, before a surname that can be a woman's accusative (``Гульшату Нурмакову``): a man's name would
    end there in ``-а``, so the name is a woman's whatever gender the tagger reads."""
    lowered = fold(first)
    return case == "accs" and ("accs", "femn") in readings and not morph.is_known(lowered) and len(lowered) > 3 \
        and lowered.endswith("у") and lowered[-2] in CONSONANTS and not japanese_sounds(lowered)


def surname_readings(morph: Morph, text: str) -> set[tuple[str, str]]:
    """The (case, gender) a surname can be in: pymorphy's readings of one it knows as a declined
    surname, or those the endings of the Russian families give one it does not know
    (``кормилову``: the dative of a man's, the accusative of a woman's); none for other words."""
    lowered = fold(text)
    if morph.is_known(lowered):
        known = {(p.tag.case, gender) for p in morph.parses(lowered)
                 if "Surn" in p.tag and p.tag.number == "sing" and "Fixd" not in p.tag
                 for gender in ((p.tag.gender,) if p.tag.gender in ("masc", "femn") else ("masc", "femn"))}
        return known | _womans_regular(lowered) if known and {g for _c, g in known} == {"masc"} else known
    readings = {(case, gender) for case in _CASE_ORDER[1:] for gender in ("masc", "femn")
                if regular_surname(lowered, case, gender)}
    if lowered.endswith(_MASC_NOMINATIVE):
        readings.add(("nomn", "masc"))
    if lowered.endswith(WOMANS_NOMINATIVE + ("ская", "цкая")):
        readings.add(("nomn", "femn"))
    return readings if readings - {("nomn", "masc"), ("nomn", "femn")} else set()


def _womans_regular(lowered: str) -> set[tuple[str, str]]:
    """The readings of a woman's surname of the Russian families a word's ending gives (``ракова``: her
    nominative), for a surname pymorphy knows as a man's only: each such family has a woman's form."""
    readings = {(case, "femn") for case in _CASE_ORDER[1:] if regular_surname(lowered, case, "femn")}
    if lowered.endswith(WOMANS_NOMINATIVE):
        readings.add(("nomn", "femn"))
    return readings


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
        if not shows_no_case(morph, text):
            break  # else a later word may tell better (``Фелипе`` ``Арруды``)
        before.add(tagged)
    shown = case_shown(morph, parts[-1][0], before - {tagged, None, "nomn"}) if roles[-1] == "last" else None
    if shown is not None:
        return shown  # ``с Хосе Мендесом``, ``с Н. Забарой``: the surname's ending agrees with the case of
        # the words before it, not with its own tag
    agreed = (before - {None, "nomn"}) & _singular_cases(morph, parts[-1][0]) \
        if roles[-1] == "last" and tagged not in before else set()
    if len(agreed) == 1:
        return agreed.pop()  # ``к Ксавьеру Гарсии``: the case of the words before, which the surname can
        # be in as well (``Гарсии`` tagged a genitive)
    if generation and tagged not in generation:
        return min(generation, key=_CASE_ORDER.index)  # ``Санчеса-младшего``: ``младшего`` tells the case
    for (text, word), role in zip(parts, roles):
        lowered = fold(text)
        if role in ("first", "last") and not morph.is_known(lowered) and lowered.endswith("ы") \
                and lowered[-2:-1] in CONSONANTS and len(lowered) > 3 and not lowered.endswith(TURKIC_PATRONYMICS) \
                and not (role == "last" and tagged in _NOT_GENITIVE and shows_no_case(morph, parts[0][0])):
            return "gent"  # a name ends so only in the genitive of one in ``-а`` (``Нарендры``, ``Коллины``),
            # whatever the tagger; not a surname in ``-ы`` after a first name that shows no case, where the
            # tagger reads a case no word in ``-ы`` is in (``Иржи Новотны`` hung on a dative)
        if role == "first" and "-" in text.strip("-") and not morph.is_known(lowered):
            cases = _hyphenated_cases(morph, text)
            if tagged not in cases and len(cases) == 1:
                return cases.pop()  # ``Анной-Марией`` tagged a nominative: each part an instrumental
        if role not in ("first", "middle") or not morph.is_known(fold(text)) or _indeclinable_name(morph, text):
            continue  # pymorphy's guesses for names it does not know say nothing of the case, nor do
            # the forms of another name written alike (``Тони`` is no genitive of ``Тоня``)
        cases = {p.tag.case for p in morph.parses(fold(text))  # no vocative (``Тамар``) in a news text
                 if ("Name" in p.tag or "Patr" in p.tag) and p.tag.number != "plur" and "Fixd" not in p.tag
                 and p.tag.case != "voct"}
        if tagged in cases:
            return tagged
        if cases == {"accs"} and tagged in ("gent", "datv", "ablt", "loct"):
            return tagged  # ``с Паулу Баррету``: a name that does not decline, not a woman's ``Паулу`` of ``Паула``
        if tagged == "loct" and cases <= {"accs", "datv"} and fold(text).endswith(("у", "ю")):
            return tagged  # ``об Умару Кейтаре``: a name in ``-у`` that does not decline after a preposition of the
            # locative, not the dative of a man's ``Умар``, whose locative ends in ``-е``
        gendered = {p.tag.case for p in morph.parses(fold(text)) if ("Name" in p.tag or "Patr" in p.tag)
                    and p.tag.number != "plur" and "Fixd" not in p.tag and p.tag.gender == _person_gender(word)
                    and p.tag.case != "voct"}
        if tagged == "nomn" and len(gendered) == 1 and "nomn" not in cases:
            return gendered.pop()  # ``Халиду`` tagged a man's nominative: a man's ``Халид`` in the dative
        if len(cases) == 1 and not (oblique and cases == {"nomn"} and tagged not in (None, "nomn")):
            return cases.pop()
    if tagged is None and len(before - {None}) == 1:
        return next(iter(before - {None}))  # ``при Жиле Фурнье``: the surname untagged, the first name's case
    return tagged


def _singular_cases(morph: Morph, text: str) -> set[str]:
    """The cases pymorphy reads a word in, in the singular."""
    return {p.tag.case for p in morph.parses(fold(text)) if p.tag.number == "sing"}


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


# the cases no name of the first declension ends in ``-ы`` in
_NOT_GENITIVE = ("datv", "ablt", "loct")

# of the cases a word can be in, the one read when nothing else tells
_CASE_ORDER = ("nomn", "gent", "datv", "ablt", "loct", "accs")


# the endings of a woman's surname in the nominative that a man's shows in the genitive
WOMANS_NOMINATIVE = tuple(stem + "а" for stem in MASC_STEMS)


def subject_case(surname: str, case: str | None, gender: str | None, verb_gender: str | None):
    """The case and gender of a name the syntax reads as a subject, when no first name tells them
    (initials, or first names that show no case): the nominative (``Хорхе Кальдерра`` tagged as
    an accusative); a woman's when the verb is feminine or the surname ends as a woman's does
    (``Е. Орлова`` tagged as the genitive of ``Орлов``) and the verb is not masculine."""
    if verb_gender == "femn" or (verb_gender != "masc" and fold(surname).endswith(WOMANS_NOMINATIVE)):
        return "nomn", "femn"
    return "nomn", verb_gender or gender


def shows_no_case(morph: Morph, text: str) -> bool:
    """A foreign name pymorphy does not know as a name, ending in a vowel other than ``а``/``я``,
    or one it knows as indeclinable: written alike in every case (``Фелипе``, ``Тору``, ``Тони``),
    so the tagger's case of it is a guess; a hyphenated name when each of its parts is so
    (``Анне-Марии`` shows its case by ``Марии``)."""
    if "-" in text.strip("-"):
        return all(shows_no_case(morph, part) for part in text.split("-") if part)
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


def name_gender(morph: Morph, parts, roles, case: str | None) -> str | None:
    """The gender of the first name or patronymic in the name's case, else the one gender pymorphy
    knows the surname in that case, else the tagger's; of a first name of either gender (``Женя``),
    the surname's when it tells one."""
    surname = {gender for in_case, gender in surname_readings(morph, parts[-1][0]) if in_case == case} \
        if roles[-1] == "last" and len(parts) > 1 and morph.is_known(fold(parts[-1][0])) else set()
    for (text, word), role in zip(parts, roles):
        if role in ("first", "middle"):
            tagged = _person_gender(word)
            genders = {p.tag.gender for p in morph.parses(fold(text))
                       if ("Name" in p.tag or "Patr" in p.tag) and (case is None or p.tag.case == case)}
            genders.discard(None)
            if role == "first" and genitive_of_a(morph, text):
                genders = set()  # ``Аны``: no man's indeclinable name, the genitive of ``Ана``, of either gender
            if len(genders) == 1 and len(surname) == 1 and not genders & surname and case not in (None, "nomn"):
                return surname.pop()  # ``Гарете Моррисоне``: a man's surname pymorphy knows, declined,
                # the first name a man's it knows only as a woman's (``Гарета``)
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
            and (any(_person_gender(word) == "femn" for _text, word in parts)
                 or all(UD_CASE.get(word.feat.get("Case", "")) == case for _text, word in parts)
                 and not first.endswith(("ом", "ем", "ём"))):  # not a man's instrumental (``Ксавьером``)
        return "femn"  # ``Клер Дюпре`` in the dative: a man's name ending in a consonant would decline; the
        # tagger reads it a woman's, or every word in that case
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
        return {gender for gender, endings in (("masc", _MASC_NOMINATIVE), ("femn", WOMANS_NOMINATIVE + (
            "ская", "цкая"))) if lowered.endswith(endings)}
    return {gender for gender in ("masc", "femn") if case and regular_surname(lowered, case, gender)}


# the case a woman's first name of the first declension shows by its ending
_WOMANS_CASE_ENDINGS = (("ой", "ablt"), ("ей", "ablt"), ("ы", "gent"), ("и", "gent"), ("е", "datv"),
                        ("у", "accs"), ("ю", "accs"))


def womans_case(morph: Morph, parts, roles: list[str], case: str | None) -> str | None:
    """The case of a woman's name told by an undeclined surname: a first name with an ending of a
    woman's name in an oblique case, before a foreign surname pymorphy does not know, ending in a
    consonant and written as in the nominative, where a man's would decline (``Камале Уортон``, not
    ``Луке Уортону``); ``None`` when the name is not so, or the first name may be a nominative."""
    if roles != ["first", "last"] or case in (None, "nomn"):
        return None
    first, last = fold(parts[0][0]), fold(parts[1][0])
    if morph.is_known(last) or len(last) < 3 or last[-1] not in CONSONANTS or surname_readings(morph, last) \
            or len(first) < 4 or shows_no_case(morph, first) or _indeclinable_name(morph, first) \
            or "nomn" in name_cases(morph, first, ("Name",)):
        return None
    for ending, shown in _WOMANS_CASE_ENDINGS:
        if first.endswith(ending) and first[-len(ending) - 1] in CONSONANTS + "ь":
            return "loct" if shown == "datv" and case == "loct" else shown
    return None


def womans_accusative(morph: Morph, parts, roles: list[str], case: str | None) -> bool:
    """Whether a name in the accusative is a woman's of the first declension: a first name pymorphy
    does not know, in ``-у`` after a consonant (``Паолу``), before a surname that is the accusative of
    one in ``-а`` too (``Эстраду``, a word pymorphy knows so), a woman's of the Russian families
    (``Нурмакову``) or one that does not decline (``Ринальди``):
    a man's name would end there in ``-а``. Not a name of Japanese sounds (``Сатору``), nor one in
    ``-иу`` (``Антониу``), which are nominatives that do not decline."""
    if roles != ["first", "last"] or case != "accs":
        return False
    first, last = fold(parts[0][0]), fold(parts[1][0])
    if morph.is_known(first) or len(first) < 4 or not first.endswith("у") or first[-2] not in CONSONANTS \
            or japanese_sounds(first):
        return False
    if last.endswith("и") and last[-2:-1] in CONSONANTS and len(last) > 3:
        return True  # ``Ринальди``
    if not morph.is_known(last) and regular_surname(last, "accs", "femn"):
        return True  # ``Нурмакову``: a woman's of the Russian families
    return last.endswith("у") and last[-2:-1] in CONSONANTS and morph.is_known(last) and any(
        p.tag.case == "accs" and p.tag.number == "sing" and p.tag.gender == "femn" and p.tag.POS == "NOUN"
        and fold(p.normal_form) == last[:-1] + "а" for p in morph.parses(last))


_JAPANESE = re.compile(r"(?:(?:[бгдзкмнпрстфхц]|дз)?[аеиоуэюя]|ва|н|й)+")


def japanese_sounds(lowered: str) -> bool:
    """Whether a word is made of the syllables Russian writes Japanese with: a consonant (no ``л``,
    ``ш``, ``ж``, ``ч``; ``в`` only in ``ва``) and a vowel, or ``н`` (``Сатору``, ``Кэндзи``, ``Кавагути``)."""
    return _JAPANESE.fullmatch(lowered) is not None


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
