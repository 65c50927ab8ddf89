"""Names of a document written with two given names or more (``Хорхе Луис Гарсиа Лопес``): the shorter
full names that stand for them (its two-word surname alone, its last given name and its surname) and the
one word of its last given name alone (``Луис`` … ``Гарсиа Лопес``); a first name with the pilgrim's title joined
by a hyphen (``Ахмат-Хаджи``) and the same name without it; the first of two surnames read as a given name
moved to the surname (``Хуан Гомес Ортуга``: ``Гомес Ортуга``)."""

from __future__ import annotations

import re

from ..morph import Morph, fold
from ..names import Name, first_name_grammemes, is_patronymic, known_first_name, name_words
from ..names.endings import CONSONANTS
from ..records import Span
from .forms import could_be_form, genitive_of_a, oblique_of_a


def distinct_names(names: list[Name]) -> list[Name]:
    """The names, one of each person (the first written of those of one key)."""
    seen: dict = {}
    for name in names:
        seen.setdefault(name.key, name)
    return list(seen.values())


def last_given(name: Name, morph: Morph) -> str | None:
    """The last of a name's given names after its first (``Бента`` of ``Марко Антониу Бента да Роша``), folded;
    none for a name with no middle name or a patronymic."""
    if not name.middle or is_patronymic(morph, name.middle):
        return None
    return fold(name.middle).split()[-1]


def double_surnames(full: list[Name], morph: Morph) -> dict[Name, Name]:
    """Full names of a document that are the two-word surname of another of its full names without
    the first name (``Гарсиа Лопес`` of ``Хорхе Гарсиа Лопес``), or its first name and the first of
    its two surnames (``Мэри Кейн`` of ``Мэри Кейн Уолш``, after a second given name ``Хорхе Гарсиа`` of
    ``Хорхе Луис Гарсиа Лопес``; no patronymic is a surname), or its last given name and its surname
    (``Луис Гарсиа`` of ``Хорхе Антонио Луис Гарсиа``): each goes to that name, when it is the only one."""
    out: dict[Name, Name] = {}
    given = [(c, g) for c in full if (g := last_given(c, morph))]
    for name in dict.fromkeys(full):
        if name.middle:
            continue
        first, last = fold(name.first), fold(name.last)
        whole = distinct_names([c for c, g in given if g == first and fold(c.last) == last
                                or fold(c.first) == first and g == last])
        if len(whole) == 1:
            out[name] = whole[0]
    return out


# the title of a pilgrim to Mecca written after a first name with a hyphen (``Ахмат-Хаджи``), folded
_PILGRIM = "-хаджи"


def find_pilgrim_firsts(full: list[Name]) -> dict[Name, Name]:
    """Full names of a document whose first name bears the pilgrim's title (``Ахмат-Хаджи Котов``), each to the
    one full name of the same first name without the title and the same surname (``Ахмат Абдулович
    Котов``), when there is one: the title is no part of the first name."""
    out: dict[Name, Name] = {}
    for name in dict.fromkeys(full):
        first = fold(name.first)
        if not first.endswith(_PILGRIM) or len(first) == len(_PILGRIM):
            continue
        plain = distinct_names([c for c in full if fold(c.first) == first[:-len(_PILGRIM)]
                                and fold(c.last) == fold(name.last)])
        if len(plain) == 1:
            out[name] = plain[0]
    return out


def by_last_given(written: str, full: list[Name], morph: Morph) -> list[Name]:
    """The full names of a document whose last given name after the first a word alone is (``Бента`` of
    ``Марко Антониу Бента да Роша``), as written, else, when it ends in ``-а``, a case form of it with a
    one-letter ending (``Бенты``, ``Бенте``; not ``Бентов``)."""
    given = [(c, g) for c in full if (g := last_given(c, morph))]
    return distinct_names([c for c, g in given if g == fold(written)]
                          or [c for c, g in given if oblique_of_a(written, g) or genitive_of_a(written, g)])


def middle_stems(names: list[Name]) -> dict[str, str]:
    """The middle name of each person whose mentions give it in several forms, the one the others are case
    forms of (``Кемаль Ниязип Дурукан`` beside ``Кемаль Ниязипе Дурукан``, whose given names in the locative
    show no case by themselves): the shortest, each other one beginning with it and adding a case ending of
    one or two letters; no entry when the forms are not so (``Петрович`` beside ``Павлович``)."""
    forms: dict[str, list[str]] = {}
    for name in names:
        if name.middle and name.middle not in forms.setdefault(name.key, []):
            forms[name.key].append(name.middle)
    out = {}
    for key, middles in forms.items():
        stem = min(middles, key=len)
        if len(middles) > 1 and all(fold(m).startswith(fold(stem)) and len(m) - len(stem) <= 2 for m in middles):
            out[key] = stem
    return out


# the letters no word of Spain ends in: a word read from one in ``-а`` after them keeps its ``-а``
_NO_SPANISH_FINAL = "бвгжкмптфхцчшщ"
# a surname of Spain or Portugal made from a father's name (``Лопес``, ``Гомес``, ``Фальдес``, ``Мендез``), folded
_PATRONYMIC_SURNAME = re.compile(f"[{CONSONANTS}]е[сз]$")


def may_be_surname(first: str, word: str, morph: Morph) -> bool:
    """Whether ``word``, the last given name of a name whose first name is ``first``, may be the first of two
    surnames: no woman's first name by pymorphy (``Инес``, ``Долорес``), no given name of names.txt ``given_in_es``
    (``Андрес``, ``Мерседес``), and, after a first name not of Spain or Portugal (names.txt ``spanish_first``), no
    first name pymorphy knows (``Пауль Йоханес``). pymorphy reads many Spanish surnames as a man's first name too
    (``Альварес``), so after a Spanish first name its man's readings tell nothing."""
    folded = fold(word)
    if folded in name_words("given_in_es") or "femn" in {g for _, g in first_name_grammemes(morph, word)}:
        return False
    return fold(first) in name_words("spanish_first") or not known_first_name(morph, folded)


def join_first_surnames(text: str, names: dict[Span, Name], morph: Morph) -> dict[Span, Name]:
    """Each name of a first name, given names and a surname whose last given name is the first of two surnames
    moved to its surname (``Рамон Мануэль Гарбельо Итуарте``: ``Гарбельо Итуарте``): when the document writes that
    word and the surname alone as a mention of the person (``Гарбельо Итуарте``), or it ends as the surnames made
    from a father's name do after a first name of Spain or Portugal (names.txt ``spanish_first``: ``Рамиро Фальдес
    Торнеро``), and either way it may be a surname (:func:`may_be_surname`: not ``Инес Варгальо`` of ``Мария Инес
    Варгальо``, not ``Пауль Йоханес Шмидберг``); or when the text writes it in ``-а`` after a letter no Spanish word
    ends in, read as a genitive (``Луиса Варта Мендеса``: ``Варта Мендес``, not ``Варт``). Never a patronymic, nor a
    name written family name first."""
    pairs: dict[str, set[tuple[str, str]]] = {}  # by person, the two words of each mention of two, folded
    middles: dict[str, dict[str, str]] = {}  # by person, the middle word of each mention of three, by its folded form
    for span, name in names.items():
        words = text[span.start:span.end].split()
        if len(words) == 2:
            pairs.setdefault(name.key, set()).add((fold(words[0]), fold(words[1])))
        elif len(words) == 3:
            middles.setdefault(name.key, {}).setdefault(fold(words[1]), words[1])
    moved: dict[Name, Name] = {}
    for name in set(names.values()):
        if not (name.first and name.middle and name.last) or name.family_first or " " in name.last \
                or is_patronymic(morph, name.middle.split()[-1]):
            continue
        *given, word = name.middle.split()
        written = any(could_be_form(one, word) and could_be_form(two, name.last)
                      for one, two in pairs.get(name.key, ()))
        # by its ending alone: as the surnames made from a father's name end, after a Spanish first name
        ending = bool(_PATRONYMIC_SURNAME.search(fold(word))) and fold(name.first) in name_words("spanish_first")
        # written in ``-а`` after a letter no Spanish word ends in: the surname as written, no genitive (``Луиса Варта
        # Мендеса``: ``Варта``, not ``Варт``)
        kept = middles.get(name.key, {}).get(fold(word) + "а") if fold(word)[-1:] in _NO_SPANISH_FINAL and not given \
            and fold(name.first) in name_words("spanish_first") else None
        if kept is not None and not known_first_name(morph, fold(word)) and may_be_surname(name.first, word, morph):
            moved[name] = Name(name.first, None, f"{kept} {name.last}")
        elif (written or ending) and may_be_surname(name.first, word, morph):
            moved[name] = Name(name.first, " ".join(given) or None, f"{word} {name.last}")
    return {span: moved.get(name, name) for span, name in names.items()}
