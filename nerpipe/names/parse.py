"""A PER span's words made a :class:`Name`: each word classified with pymorphy's name grammemes
(``Name``, ``Patr``, ``Surn``), initials and position; the case and gender the name is in
(:mod:`.grammemes`, :mod:`.genders`); each word put in the nominative (:mod:`.nominative`) with the gender of the
first name (``Алины Орловой`` → ``Алина Орлова``). ``Фамилия Имя`` and ``И. О. Фамилия`` orders are
recognised; credit lines and spans that cannot be a person's name are told apart."""

from __future__ import annotations

import re
from dataclasses import replace

from ..morph import UD_CASE, Morph, fold, restore_case
from .cases import (
    case_of_ending,
    case_shown,
    guess_alone_genitive,
    mans_surname,
    name_cases,
    only_instrumental,
    read_undeclined_first_in_u,
    shows_instrumental,
    womans_oblique_only,
)
from .caucasian import is_georgian_surname_first
from .eastasia import east_asian_name, is_east_asian, is_east_asian_nominative, is_russian_surname
from .family import dative_family, family_member, family_plural, nominative_family, undeclined_family_form
from .first_endings import known_name
from .firsts import find_womans_oblique_cases, womans_dative, womans_nominative, womans_undeclined
from .genders import name_gender, womans_accusative, womans_case
from .generation import generation_gender
from .grammemes import name_case, subject_case, undeclined_before_particle, undeclined_in_u
from .name import APOSTROPHES, REGNAL, Name, is_initial
from .nominative import CAPITAL_PARTICLES, LUSOPHONE_PARTICLES, PARTICLES, capitalize_name, part_nominative
from .oblique import (
    mans_locative_by_ending,
    mans_locative_name,
    mans_locative_surname,
    shows_womans_oblique,
    womans_first_declension,
)
from .patronymics import patronymic_after_surname, womans_ich_surname
from .readings import (
    is_undeclined_before_nominative,
    mans_accusative,
    name_in,
    nominative_pair,
    particle_at,
    particle_surname,
    without_leading_pronoun,
    womans_accusative_only,
    womans_name_only,
    word_role,
)
from .shown import WOMANS_NOMINATIVE, detect_undeclined_e, japanese_sounds, shows_no_case, surname_readings
from .turkic import first_name_before, patronymic_gender, split_turkic_patronymic
from .withheld import first_before_initial, withheld_initial, withheld_name
from .words import is_patronymic, known_first_name

# the endings of a woman's surname of the Russian families in the nominative
WOMANS_SURNAME_NOMINATIVE = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")


def _ukrainian_before_first(morph: Morph, texts: list[str]) -> bool:
    """A surname of the Ukrainian families in ``-ко`` pymorphy knows as a surname and as no first name
    (``Костенко``, ``Онищенко``; not ``Мирко``, which it does not know), before a first name it knows
    (``Костенко Лилия``): surname first."""
    first = fold(texts[0])
    return first.endswith("ко") and morph.is_known(first) and _grams(morph, first) & {"Surn", "Name"} == {"Surn"} \
        and known_first_name(morph, fold(texts[1]))


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
               oblique: bool = False, speaker: bool = False, adjacent: bool = False) -> Name | None:
    """Normalize the words of a PER span (``nerpipe.inflect.Word`` objects) into a :class:`Name`;
    ``subject``: the syntax reads the name as the subject of a verb (of ``verb_gender`` in the past
    tense), which settles the case of a surname no first name declines (``взяла Е. Орлова``);
    ``oblique``: the syntax reads it as the object or modifier of a word, in no nominative
    (``Интервью Гарета Моррисона``: no woman's ``Гарета`` pymorphy knows in the nominative only);
    ``speaker``: the name opens a line before a colon (``Мартина Хольцер: «…»``), in the nominative;
    ``adjacent``: another name follows it right before their verb (``Петра Шульгу Семён Кочерга встретил``),
    its case the one its words agree in."""
    parts = split_name_words(words)
    rest, patronymic = split_turkic_patronymic(parts)
    if patronymic is not None:  # ``Рамиза Мамед оглы``: the first name (and surname) parsed without it
        if len(rest) == 1:  # a first name alone, of the gender the patronymic tells
            return Name(first_name_before(morph, rest[0][0], patronymic_gender(patronymic)), patronymic, None)
        kept = [w for w in words if any(w is word for _text, word in rest)]
        if len(rest) == 2 and rest[1] is parts[1] and _OV_SURNAME.search(fold(rest[0][0])) \
                and not _OV_SURNAME.search(fold(rest[1][0])):
            kept = kept[::-1]  # ``Мамедов Эльчин Рамиз оглы``: the surname first, the patronymic after the first name
        name = parse_name(kept, morph, subject, verb_gender, oblique, speaker, adjacent)
        return name and replace(name, middle=patronymic)
    if len(parts) >= 2 and REGNAL.match(parts[-1][0]) and _cyrillic(parts[-2][0]):
        return _regnal_name(words, parts[-1], morph, subject, verb_gender, oblique, speaker, adjacent)
    inner = next((part for part in parts[1:-1] if REGNAL.match(part[0]) and _cyrillic(parts[0][0])), None)
    if inner is not None:
        return _inner_regnal_name(words, inner, morph, subject, verb_gender, oblique, speaker, adjacent)
    parts = without_leading_pronoun(morph, parts)
    particle = None
    if len(parts) >= 3 and fold(parts[0][0]) in PARTICLES and parts[1][0] in PARTICLES:
        particle, parts = f"{parts[0][0]} {parts[1][0]}", parts[2:]  # ``Ван дер Берга`` opening a sentence:
        # two particles, no first name ``Ван``
    elif len(parts) >= 2 and (parts[0][0] in PARTICLES or fold(parts[0][0]) in CAPITAL_PARTICLES) \
            or _capital_van(parts, morph):
        particle, parts = parts[0][0], parts[1:]  # ``ван Дорна``, ``Фон Дорна``: a surname alone, its particle
        # no first name; ``Ван Дорна`` too, no name of China (``Ван Цзюнь``)
    if not parts or len(parts) > 5:
        return None
    texts = [p[0] for p in parts]
    if is_east_asian(texts, morph):
        return east_asian_name(parts, morph)
    roles = [word_role(morph, text, index, len(parts)) for index, text in enumerate(texts)]
    if particle is not None and fold(particle) == "ван" and len(parts) == 1:
        roles = ["last"]  # ``Ван Гога``: the word after the particle is a surname, whatever first name it may be
    if len(roles) >= 2 and roles[:2] == ["first", "first"] \
            and (not morph.is_known(fold(texts[0])) or not _grams(morph, texts[0]) & {"Name", "Surn"}) \
            and is_russian_surname(texts[0]) and known_first_name(morph, fold(texts[1])):
        roles[0] = "last"  # ``Кормилов Пётр``: a word pymorphy does not know, or knows as no name (``Лапина``, a
        # common noun), that ends as the Russian families do, before a first name it knows (not ``Карима Зидара``)
    if len(roles) >= 2 and roles[-1] == "first" and ("first" in roles[:-1] or set(roles[:-1]) == {"initial"}):
        roles[-1] = "last"  # a surname that is also a first name (``Питеру Таллену``, ``Н. Забарой``)
    if len(parts) == 3 and roles[2] != "middle" and patronymic_after_surname(morph, texts[0], texts[2]):
        roles = ["last", "first", "middle"]  # ``Орозбаев Эсенбек Кулжанович``: a patronymic of a first name pymorphy
        # does not know, after a surname of the Russian families
    if roles == ["first", "middle"] and womans_ich_surname(morph, texts[0], texts[1], parts[0][1].feat.get("Gender")):
        roles[1] = "last"  # ``Ирину Маркович``: a Serbian surname, no woman's patronymic
    if roles == ["first", "first", "middle"]:
        roles[0] = "last"  # ``Лапина Игоря Олеговича``, ``Зорина Анна Петровна``: a patronymic follows the first
        # name, so the word before them is the surname, whatever else pymorphy reads it as
    # "Фамилия Имя" and "Фамилия Имя Отчество": a Russian surname first, a first name second (not
    # ``Карлос Ферран``, whose first word pymorphy knows only as a surname)
    if len(parts) in (2, 3) and roles[0] == "last" and roles[1] == "first" and roles[2:] in ([], ["middle"]) \
            and (roles[2:] or is_russian_surname(texts[0]) or family_plural(morph, texts[0]) is not None
                 or _ukrainian_before_first(morph, texts)):
        order = [1, 2, 0] if len(parts) == 3 else [1, 0]
        surname_first = len(parts) == 2
        parts = [parts[i] for i in order]
        texts = [texts[i] for i in order]
        roles = [roles[i] for i in order]
    elif is_georgian_surname_first(morph, texts):
        parts, texts, roles, surname_first = parts[::-1], texts[::-1], ["first", "last"], True  # ``Натробишвили Цотне``
    else:
        surname_first = False
    if len(parts) == 2 and roles[1] == "last" and is_patronymic(morph, texts[0]) \
            and not _grams(morph, texts[0]) & {"Name", "Surn"}:
        roles[0] = "middle"  # ``Дмитриевны Корнеевой``: a patronymic and surname, no first name
    if roles == ["last", "first"]:
        roles = ["first", "last"]  # no Russian surname first: the name's order (``Лори Кае``)
    surname_initial = roles == ["first", "initial"] and withheld_initial(texts[1]) \
        and first_before_initial(morph, texts[0], subject and UD_CASE.get(parts[0][1].feat.get("Case", "")) in (
            None, "nomn"))  # not ``Защитник`` + ``Олега П.``, tagged a genitive the parser hangs on a subject
    if surname_initial:  # ``Нуреддину Х.``: a first name and the initial of a surname withheld
        return withheld_name(morph, parts, oblique, speaker, verb_gender if subject else None)
    if _letter_surname(texts, roles):
        roles[-1] = "last"  # ``Майкл Ю``: a family name of one letter after a first name, no initial
    # "Фамилия И. О." → initials first
    elif len(parts) >= 2 and all(is_initial(t) for t in texts[1:]) and not is_initial(texts[0]):
        parts = parts[1:] + parts[:1]
        texts = texts[1:] + texts[:1]
        roles = ["initial"] * (len(parts) - 1) + ["last"]
    family = family_plural(morph, texts[-1]) if not is_initial(texts[-1]) else None
    if family is not None and "Name" not in _grams(morph, texts[0]):
        return None  # a family (``Кормиловых``, ``супругов Кормиловых``), no one person
    undeclined = family is not None and roles == ["first", "last"] and undeclined_family_form(morph, *texts)
    if undeclined:
        family = None  # ``Павел Поповских``: a surname that does not decline, no family
    if roles == ["first", "last"] and family is None:
        family = nominative_family(morph, *texts)  # ``Владимир Небольсины``: one of a family
    dative = roles == ["first", "last"] and family is None and dative_family(morph, *texts)
    if dative:
        family = dative  # ``Зульфие Кормиловым``: one of a family named in the dative plural
    case = "datv" if dative else "nomn" if speaker else name_case(morph, parts, roles, oblique, adjacent)
    lusophone = read_undeclined_first_in_u(morph, texts, roles, case)
    case = lusophone or case  # ``Марку Тавейры``: the surname's genitive, the first name does not decline
    if surname_first and family is None and not oblique and case != "nomn" \
            and name_in(morph, texts[0], "nomn", "femn") and fold(texts[1]).endswith(WOMANS_SURNAME_NOMINATIVE):
        case = "nomn"  # ``Зимина Валерия – 5 место``: a list's woman, rather than a man's genitive hung on no word
    own = name_cases(morph, texts[0], ("Name",)) if family is not None and roles == ["first", "last"] else set()
    if len(own) == 1 and case not in own:
        case = own.pop()  # ``Кормиловых Надежду``: one of a family, in the one case her first name can be in
    gender = name_gender(morph, parts, roles, case)
    if dative and fold(texts[0]).endswith("е"):
        gender = "femn"  # ``Зульфие Кормиловым``: a man's first name has no dative in ``-е``
    readings = surname_readings(morph, texts[-1])
    nominative = not readings or any(c == "nomn" for c, _g in readings)
    if subject and roles[-1] == "last" and nominative and all(
            role == "initial" or not known_name(morph, text) or shows_no_case(morph, text)
            for text, role in zip(texts[:-1], roles)) \
            and not any(mans_surname(morph, texts[-1], shown) for shown in ("datv", "ablt")):
        case, gender = subject_case(texts[-1], case, gender, verb_gender)  # not ``Джо Бернсу``
    shown = womans_case(morph, parts, roles, case)
    if shown is not None:
        case, gender = shown, "femn"  # ``Камале Уортон``: a man's surname would decline
    elif womans_accusative(morph, parts, roles, case) or womans_dative(morph, texts, roles, case):
        gender = "femn"  # ``Паолу Эстраду``: a man's name would end in ``-а`` there; ``Кьяре Морелли``: in ``-у``
    elif womans_nominative(morph, texts, roles, case):
        case, gender = "nomn", "femn"  # ``Мартина Хольцер``: a man's surname would decline with his name
    subject_gender = verb_gender or (nominative_pair(morph, texts, roles) if subject and case != "nomn" else None)
    mans_verb = subject and verb_gender == "masc"
    if subject and subject_gender and case != "nomn" and any(
            role == "first" and name_in(morph, text, "nomn", subject_gender) for text, role in zip(texts, roles)):
        case, gender = "nomn", subject_gender  # ``Валерия Лисицына рассказала``, tagged as a man's genitive; a
        # verb of no gender (``говорит``) and the one gender a first name and surname are nominatives of
    elif case not in (None, "nomn") and roles[0] == "first" and (
            mans_verb and womans_accusative_only(morph, texts[0])
            or is_undeclined_before_nominative(texts, roles) and (mans_verb or not oblique and all(
                word.feat.get("Case") == "Nom" and word.feat.get("Gender") == "Masc" for _text, word in parts))):
        case, gender = "nomn", "masc"  # ``Паулу Баррету заявил``: no woman's ``Паулу`` of ``Паула``, a man's
        # name that does not decline
    elif subject and verb_gender == "femn" and roles[0] == "first" and texts[0][-1:].lower() in ("а", "я") \
            and (roles == ["first"] or (roles == ["first", "last"] and nominative
                                        and not mans_surname(morph, texts[-1], "gent"))) \
            and not name_in(morph, texts[0], "nomn", "femn") and name_in(morph, texts[0], "gent", "masc"):
        case, gender = "nomn", "femn"  # ``Камиля вошла``, ``Мартина Хольцер вошла``: a woman's name, not a
        # man's genitive
    elif subject and verb_gender == "femn" and roles == ["first", "last"] and (case, gender) != ("nomn", "femn") \
            and fold(texts[-1]).endswith(WOMANS_NOMINATIVE) and (not morph.is_known(fold(texts[0]))
                                                               or name_in(morph, texts[0], "nomn", "masc")):
        case, gender = "nomn", "femn"  # ``Гюльнар Кадырова сказала``: a woman's surname in the nominative,
        # the first name one pymorphy knows as a man's or not at all
    if case == "nomn" and oblique and not subject and not speaker and roles[-1] == "last" \
            and not morph.is_known(fold(texts[-1])):
        shown = case_shown(morph, texts[-1], {"gent", "datv", "accs", "ablt"}) if len(parts) >= 2 \
            else guess_alone_genitive(texts[-1])  # ``кабинета Мерца``: a man's genitive
        if shown is not None:  # ``Хосе Мендесу`` hung on a word, tagged a nominative: the surname's ending
            case, gender = shown, name_gender(morph, parts, roles, shown) if len(parts) >= 2 else "masc"
    if case == "nomn" and not speaker and not (subject and verb_gender) and any(
            role in ("first", "last") and shows_instrumental(morph, text) for text, role in zip(texts, roles)) \
            or case not in (None, "ablt") and not speaker and roles[0] == "first" and len(parts) >= 2 \
            and only_instrumental(morph, texts[0]):
        case = "ablt"  # ``гордится Кэндзи Мацудой`` tagged a nominative: an ending only the instrumental has;
        # ``с Дельфиной Мендес`` tagged a genitive: a first name pymorphy reads in the instrumental only
        gender = name_gender(morph, parts, roles, case)
    if len(parts) >= 2 and roles[-1] == "last" and (mans_surname(morph, texts[-1], case) or mans_accusative(
            morph, texts, roles, case)) and not (case == "datv" and womans_name_only(morph, texts, roles, case)):
        gender = "masc"  # ``Нипаты Карнпола``: a woman's surname has no such ending in this case
    elif case == "loct" and roles == ["first", "last"] and shows_no_case(morph, texts[0]) \
            and mans_locative_by_ending(morph, texts[-1]) is not None:
        gender = "masc"  # ``о Нико Хальворсене``: a woman's surname in a consonant does not decline, and one of the
        # first declension after a first name that shows no case is rare
    if len(parts) >= 2 and roles[-1] == "last" and gender == "masc" \
            and not any(known_name(morph, text) and not shows_no_case(morph, text) for text in texts[:-1]) \
            and not (roles == ["first", "last"] and undeclined_in_u(morph, texts, case) is not None):
        case = case_of_ending(morph, texts[-1], case)  # no first name tells the case (``Гарри``; ``Жаира`` does)
    if case == "nomn" and len(parts) >= 2 and roles[-1] == "last" and set(roles[:-1]) == {"initial"} \
            and womans_oblique_only(morph, texts[-1]):
        case, gender = "gent", "femn"  # ``О. А. Ракитиной`` tagged a nominative: initials tell no gender nor case
    womans = find_womans_oblique_cases(morph, *texts) if gender == "masc" and roles == ["first", "last"] \
        and case not in (None, "nomn") else ()
    if womans:  # ``Руслане Сомовой`` tagged a man's locative: the surname no man's, a woman's name
        case, gender = case if case in womans else womans[0], "femn"
    told = generation_gender(morph, texts[-1], case) if roles[-1] == "last" else None
    if told is not None:
        gender = told  # ``о Джоне Смите-младшем``: the word after the hyphen tells a man's name
    normal = [part_nominative(morph, text, role, case, gender) for (text, _word), role in zip(parts, roles)]
    if gender == "femn" and roles[-1] == "last" and fold(normal[-1]) == fold(texts[-1]) and any(
            role in ("first", "middle") and shows_womans_oblique(morph, text, case)
            for text, role in zip(texts, roles)):
        declined = womans_first_declension(morph, texts[-1], case)  # ``Людмиле Шульге``: the first name settles
        if declined is not None:  # that ``-е`` is the case ending of a surname in ``-а``
            normal[-1] = capitalize_name(restore_case(declined, texts[-1]))
    if case == "loct" and roles == ["first", "last"] and normal[0] == texts[0] \
            and mans_locative_surname(morph, texts[-1]):
        normal[0] = capitalize_name(mans_locative_name(morph, texts[0]))  # ``о Ерлане Кожахметове``
    if roles == ["first", "last"] and case not in (None, "nomn") and not morph.is_known(fold(texts[0])) \
            and fold(texts[0]).endswith("у") and all(japanese_sounds(fold(text)) for text in texts):
        normal[0] = capitalize_name(texts[0])  # ``Сатору Окаде``: a Japanese first name does not decline
    if roles == ["first", "last"] and _undeclined_womans_surname(morph, texts):
        normal[-1] = capitalize_name(texts[-1])  # ``Наргиз Гасанлы``: no genitive of ``Гасанла``
    if undeclined or detect_undeclined_e(morph, texts, roles, case, gender):  # ``Джузеппе Конте``, his dative
        normal[-1] = capitalize_name(texts[-1])
    if lusophone:
        normal[0] = capitalize_name(texts[0])
    if family is not None:  # ``Марии Кормиловых``: one of the family, in her gender
        normal[-1] = capitalize_name(restore_case(family_member(family, gender), texts[-1]))
    at = next((i for i, text in enumerate(texts) if i and fold(text) in LUSOPHONE_PARTICLES), 0)
    normal[:at] = [capitalize_name(part[0]) if undeclined_before_particle(morph, part, case) else word
                   for part, word in zip(parts[:at], normal[:at])]
    # ``Ормелу Кастейру ди Валенса``: the names in ``-у`` before a Portuguese particle do not decline
    first = middle = last = None
    if len(normal) == 1:
        if roles[0] == "first" and not _grams(morph, texts[0]) & {"Surn"} and particle is None \
                and not particle_surname(texts[0]):
            first = normal[0]
        else:
            last = normal[0] if particle is None else f"{particle} {normal[0]}"
    elif roles == ["middle", "last"]:
        middle, last = normal
    elif roles == ["first", "middle"]:
        first, middle = normal  # a first name and patronymic, no surname (``Анна Петровна``)
    else:
        at = particle_at(texts)
        first = normal[0]
        last = " ".join(normal[at:])
        middle = " ".join(normal[1:at]) or None
    return Name(first, middle, last)


def _capital_van(parts, morph: Morph) -> bool:
    """Whether a name of two words opens with ``Ван`` written with a capital, the particle of a Dutch surname
    (``Ван Дорна``), and no name of China (``Ван Цзюнь``, ``Ван И``): the second word no initial nor syllable of
    two letters."""
    return len(parts) == 2 and fold(parts[0][0]) == "ван" and len(parts[1][0]) > 2 \
        and not is_east_asian([p[0] for p in parts], morph)


# a surname in ``-ов``, ``-ев`` in any case (``Мамедов``, ``Алиевой``), which no first name of the East ends so
_OV_SURNAME = re.compile(r"[оеё]в(?:а|у|ым|ом|е|ой|ы|ых)?$")


def _letter_surname(texts: list[str], roles: list[str]) -> bool:
    """Whether the last word of a name is a family name of China or Korea of one letter, without a dot,
    after a first name (``Майкл Ю``, ``Дэниела У``): an initial stands before a surname, not after a first name."""
    last = texts[-1]
    return len(texts) >= 2 and len(last) == 1 and last.isupper() and roles[0] == "first" \
        and not any(is_initial(text) for text in texts[:-1]) and is_east_asian_nominative(last)


def _undeclined_womans_surname(morph: Morph, texts: list[str]) -> bool:
    """Whether a surname in ``-ы``, ``-и`` pymorphy does not know as one, after a woman's first name of the
    Caucasus or Central Asia that shows no case, is written as it is in every case (``Нигар Гасанлы``,
    ``Гюльшан Рахими``): such women's surnames are of the families that do not decline, or in ``-ова``."""
    lowered = fold(texts[-1])
    return womans_undeclined(texts[0]) and lowered[-1:] in ("ы", "и") and len(lowered) > 3 \
        and not morph.has_gram(lowered, "Surn") and not is_russian_surname(lowered)


def _cyrillic(text: str) -> bool:
    return bool(re.match(r"^[А-ЯЁа-яё]", text))


def _regnal_name(words, numeral, morph: Morph, *flags) -> Name | None:
    """A name before its regnal number, the number kept as its last part (``Петру I`` → ``Пётр I``)."""
    name = parse_name(words[:words.index(numeral[1])], morph, *flags)
    if name is None:
        return None
    first = name.first or name.last
    written = words[:words.index(numeral[1])]
    if len(written) == 1 and fold(first) == fold(written[0].text):
        first = _throne_name(morph, first)  # kept as written: maybe a case form of a name pymorphy guesses
    middle = " ".join(p for p in (name.middle, name.last if name.first else None) if p) or None
    return Name(first, middle, numeral[0])


def _throne_name(morph: Morph, word: str) -> str:
    """A one-word name before a regnal number, which declines: a word pymorphy does not know that its guesses read
    as one name in oblique cases only is that name's form (``Илию II`` → ``Илия``)."""
    lowered = fold(word)
    if " " in word or morph.is_known(lowered):
        return word
    names = [p for p in morph.parses(lowered) if "Name" in p.tag and p.tag.number == "sing"]
    normals = {fold(p.normal_form) for p in names}
    if len(normals) != 1 or any(p.tag.case == "nomn" for p in names) or normals == {lowered}:
        return word
    return capitalize_name(restore_case(normals.pop(), word))


def _inner_regnal_name(words, numeral, morph: Morph, *flags) -> Name | None:
    """A monarch's name with the regnal number between the throne name and the dynasty's or family's
    (``Рагнара II Сверкера`` → ``Рагнар II Сверкер``): the name parsed without the number, kept as it is
    written after the first name (no initial ``V.``, no ``Iii``)."""
    name = parse_name([word for word in words if word is not numeral[1]], morph, *flags)
    if name is None or not name.first or not name.last:
        return None
    return Name(name.first, " ".join(p for p in (numeral[0], name.middle) if p), name.last)
