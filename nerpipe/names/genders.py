"""The gender a whole name is in: its first name's or patronymic's in the name's case, else its
surname's; a woman's shown by a surname left undeclined, or by endings only a woman's name has in
its case (``Камале Уортон``, ``Паолу Эстраду``)."""

from __future__ import annotations

from ..morph import UD_CASE, Morph, fold
from .cases import ends_unknown_consonant, name_cases, read_womans_first_case, shows_instrumental
from .endings import CONSONANTS, regular_surname
from .first_endings import known_name
from .firsts import genitive_of_a
from .shown import (
    MASC_NOMINATIVE,
    WOMANS_NOMINATIVE,
    indeclinable_name,
    japanese_sounds,
    shows_no_case,
    surname_readings,
    word_gender,
)


def name_gender(morph: Morph, parts, roles, case: str | None) -> str | None:
    """The gender of the first name or patronymic in the name's case, else the one gender pymorphy
    knows the surname in that case, else the tagger's; of a first name of either gender (``Женя``),
    the surname's when it tells one."""
    surname = {gender for in_case, gender in surname_readings(morph, parts[-1][0]) if in_case == case} \
        if roles[-1] == "last" and len(parts) > 1 and morph.is_known(fold(parts[-1][0])) else set()
    for (text, word), role in zip(parts, roles):
        if role in ("first", "middle"):
            tagged = word_gender(word)
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
            and (any(word_gender(word) == "femn" for _text, word in parts)
                 or all(UD_CASE.get(word.feat.get("Case", "")) == case for _text, word in parts)
                 and not first.endswith(("ом", "ем", "ём"))):  # not a man's instrumental (``Ксавьером``)
        return "femn"  # ``Клер Дюпре`` in the dative: a man's name ending in a consonant would decline; the
        # tagger reads it a woman's, or every word in that case
    for (_text, word), _role in sorted(zip(parts, roles), key=lambda item: item[1] == "initial"):
        tagged = word_gender(word)  # the surname's before an initial's, which shows no gender
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
        return {gender for gender, endings in (("masc", MASC_NOMINATIVE), ("femn", WOMANS_NOMINATIVE + (
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
    if not ends_unknown_consonant(morph, last) or surname_readings(morph, last) \
            or len(first) < 4 or shows_no_case(morph, first) and read_womans_first_case(morph, parts[0][0]) is None \
            or indeclinable_name(morph, first) \
            or "nomn" in name_cases(morph, first, ("Name",)) or shows_instrumental(morph, parts[1][0]):
        return None  # ``Юрки Катайвиненом``: a man's surname declined
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
