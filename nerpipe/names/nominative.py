"""One word of a name in the nominative: a surname, first name or patronymic in an oblique case
(``Орловой`` → ``Орлова``, ``Петром`` → ``Пётр``), through pymorphy where it knows the word and a
reading agrees with the tagger's case, else by the endings of Russian surnames and first names;
indeclinable ones (``Петренко``, ``Седых``) stay as written."""

from __future__ import annotations

from ..morph import Morph, fold, oc_inflect, restore_case
from .endings import (
    CONSONANTS,
    TURKIC_PATRONYMICS,
    first_declension_surname,
    regular_surname,
    restore_mans_ya,
    restore_mans_yo,
)
from .first_endings import first_name_by_ending, masculine_nominative
from .firsts import indeclinable_likelier
from .generation import generation_nominative, split_generation
from .name import REGNAL
from .oblique import mans_locative, mans_locative_by_ending


def part_nominative(morph: Morph, text: str, role: str, case: str | None, gender: str | None) -> str:
    if role == "initial":
        return text if text.endswith(".") else text + "."
    if text in PARTICLES:
        return text
    if case in (None, "nomn"):
        return capitalize_name(text)
    particle, dash, rest = text.partition("-")
    if dash and particle in PARTICLES:
        return f"{particle}-{part_nominative(morph, rest, 'last', case, gender)}"  # аль-Мансури
    if (split := split_generation(morph, text)) is not None:
        head, generation = split
        # ``Буша-младшего`` → ``Буш-младший``: the name and the word that tells father from son
        return f"{part_nominative(morph, head, role, case, gender)}-{generation_nominative(morph, generation, gender)}"
    if "-" in text and all(part[:1].isupper() for part in text.split("-")):
        # Орлова-Лесного, Сомова-Белкина: every part declines
        return "-".join(part_nominative(morph, part, role, case, gender) for part in text.split("-"))
    if role == "last":
        form = _surname_nominative(morph, text, case, gender)
        if form is None and not fold(text).endswith(INDECLINABLE_ENDINGS):
            form = _pymorphy_nominative(morph, text, "first", case, gender)  # a first name as surname
        if form is not None:
            form = _spelt_as_written(form, text)
    elif role == "first" and indeclinable_likelier(morph, text, case, gender):
        form = None  # ``Амели``: no genitive of ``Амеля``
    else:
        form = _pymorphy_nominative(morph, text, role, case, gender)
        if form is None and role == "first":
            form = first_name_by_ending(morph, text, case, gender)
    return _apostrophe_capital(capitalize_name(restore_case(form, text) if form is not None else text), text)


def _spelt_as_written(form: str, text: str) -> str:
    """A surname keeps the text's ``е`` or ``ё`` where its nominative has one of them in the same place
    (``Санчеса`` → ``Санчес``, not ``Санчёс``; ``Кёлера`` → ``Кёлер``, not ``Келер``)."""
    written = text.lower()
    return "".join(written[i] if i < len(written) and ch in "её" and written[i] in "её" else ch
                   for i, ch in enumerate(form))


def _apostrophe_capital(form: str, text: str) -> str:
    """``О'брайен`` → ``О'Брайен`` when the text writes a capital after the apostrophe."""
    for index, char in enumerate(text[:-1]):
        if char in "'’" and text[index + 1].isupper() and index + 1 < len(form) and form[index] == char:
            form = form[:index + 1] + form[index + 1].upper() + form[index + 2:]
    return form


def _surname_nominative(morph: Morph, text: str, case: str, gender: str | None) -> str | None:
    """A surname in the nominative, or ``None`` to keep it as written: pymorphy's indeclinable
    surnames (``Петренко``, ``Гарсиа``) stay, the regular families go by their ending, then the
    first declension (``Скрипки`` → ``Скрипка``), then pymorphy's guess."""
    lowered = text.lower()
    if _fixed_surname(morph, lowered, case, gender):
        return None
    form = _stressed_adjective_surname(morph, lowered, case, gender) or regular_surname(lowered, case, gender) \
        or _womans_known_surname(morph, text, case, gender) or _mans_soft_noun(morph, lowered, case, gender) \
        or first_declension_surname(lowered, case, gender) \
        or _womans_regular_oblique(lowered, case, gender) or _mans_instrumental(morph, lowered, case, gender) \
        or restore_mans_yo(lowered, case, gender)
    if form is not None:
        return form
    if fold(text).endswith(INDECLINABLE_ENDINGS) and not fold(text).endswith(("ого", "его")):
        return None
    form = _pymorphy_nominative(morph, text, "last", case, gender)
    if form:
        return _keep_soft_stem(form, lowered) if morph.is_known(fold(text)) else _keep_stem(form, lowered)
    form = _adjective_surname(morph, lowered, case, gender)
    if form:
        return form
    masculine = any(p.tag.case == case and (p.tag.gender in ("masc", None) or "ms-f" in p.tag)
                    for p in morph.parses(fold(text)))
    if gender == "masc" and (not morph.is_known(fold(text)) or not masculine):
        # a foreign surname pymorphy cannot read as a man's word in this case (``Вейккинена``, ``Таллену``)
        return masculine_nominative(lowered, case, min_stem=3) or (
            mans_locative(morph, text) or mans_locative_by_ending(morph, text) if case == "loct" else None)
    return None


def _mans_instrumental(morph: Morph, lowered: str, case: str, gender: str | None) -> str | None:
    """``с Олегом Стрелей`` → ``Стреля``, unless pymorphy knows the word as a nominative (``Соловей`` written
    undeclined after a first name in the instrumental)."""
    if morph.is_known(fold(lowered)) and any(p.tag.case == "nomn" for p in morph.parses(fold(lowered))):
        return None
    return restore_mans_ya(lowered, case, gender)


def _womans_regular_oblique(lowered: str, case: str, gender: str | None) -> str | None:
    """A surname of the regular families in a woman's oblique ``-ой`` the tagger reads as a man's (``Ракитиной`` before
    initials, which show no gender): no man's form of those families ends so outside the nominative; else ``None``."""
    if gender != "masc" or case not in ("gent", "datv", "ablt", "loct"):
        return None
    return regular_surname(lowered, case, "femn")


def _womans_known_surname(morph: Morph, text: str, case: str, gender: str | None) -> str | None:
    """A woman's surname pymorphy knows, as a surname, a noun in ``-я`` (``Цибули``) or an adjective,
    in the case (``Заболотной``, ``Заречной``), before the first declension reads it as one in ``-а``."""
    lowered = fold(text)
    if gender != "femn" or not morph.is_known(lowered):
        return None
    if any("Surn" in p.tag and p.tag.case == case and p.tag.gender == "femn" for p in morph.parses(lowered)):
        return _pymorphy_nominative(morph, text, "last", case, gender)
    for parse in morph.parses(lowered):
        if parse.tag.POS == "NOUN" and parse.tag.case == case and parse.tag.number == "sing" \
                and _soft_noun_form(morph, parse, text):
            return fold(parse.normal_form)  # ``Цибули`` → ``цибуля``
    return _adjective_surname(morph, text.lower(), case, gender)


def _mans_soft_noun(morph: Morph, lowered: str, case: str, gender: str | None) -> str | None:
    """A man's surname in an oblique case that pymorphy knows as that case of a noun in ``-я`` (``Вишне``, ``Вишни``,
    ``Вишню``, ``Вишней`` of ``вишня``; ``Зозуле`` of ``зозуля``), before the first declension reads it as one in
    ``-а`` or keeps it as written; else ``None``."""
    folded = fold(lowered)
    ending = next((e for e in _SOFT_NOUN_ENDINGS.get(case, ()) if folded.endswith(e)), None)
    if gender != "masc" or ending is None or folded[-len(ending) - 1:-len(ending)] not in CONSONANTS \
            or not morph.is_known(folded):
        return None
    stem = folded[:-len(ending)]
    for parse in morph.parses(folded):
        normal = fold(parse.normal_form)
        if parse.tag.POS == "NOUN" and parse.tag.case == case and parse.tag.number == "sing" \
                and normal.endswith("я") and normal[:-1] == stem:
            return lowered[:len(stem)] + "я"
    return None


# the endings of a noun in ``-я`` after a consonant in the oblique cases
_SOFT_NOUN_ENDINGS = {"gent": ("и",), "datv": ("е",), "accs": ("ю",), "ablt": ("ей", "ею"), "loct": ("е",)}


def _fixed_surname(morph: Morph, lowered: str, case: str, gender: str | None) -> bool:
    """A surname pymorphy reads as indeclinable: one it knows so (``Петренко``), or one it guesses so
    that has no ending of the regular families in the case (not ``Ельским``, whatever the guess)."""
    if not any("Fixd" in p.tag and "Surn" in p.tag for p in morph.parses(fold(lowered))):
        return False
    return morph.is_known(fold(lowered)) or regular_surname(lowered, case, gender) is None


# surnames that end so do not decline (a declined Russian surname never ends so)
INDECLINABLE_ENDINGS = ("и", "о", "э", "ых", "их", *TURKIC_PATRONYMICS)


# lower-case parts of names: ``Пьер де Брие``, ``Ахмед ибн Саид``, ``Карл ван Хорн``, ``Хавьер дель Монте``,
# ``Жоао дос Рейс``; and the Dutch and Flemish family of ``ван``, ``ван де``, ``ван ден``, ``ван дер`` written as one
# word, capitalised (``Питер Вандер Берг``, ``Ян Ванден Берг``, ``Йохан Ванде Берг``)
PARTICLES = {"де", "ди", "да", "дю", "ла", "ле", "ван", "фон", "дер", "ибн", "бин", "бинт", "бен", "аль", "эль", "ас",
             "ад", "дель", "делла", "дос", "душ", "ду", *("ванде", "ванден", "вандер")}

# particles that open a surname when capitalized as well (not ``Ван``, ``Ле``, ``Аль``, ``Бен``: Chinese and
# Vietnamese surnames, first names)
CAPITAL_PARTICLES = {"де", "дю", "фон", "дер", "ибн", "бин", "дель", "делла", "дос"}

# the particles of Portuguese surnames (``Жоао дос Рейс``, ``Паулу да Кунья``): the names before them in ``-у`` may
# not decline (:func:`.grammemes.undeclined_before_particle`)
LUSOPHONE_PARTICLES = frozenset({"да", "ди", "ду", "дус", "дос", "душ", "даш", "дас", "дуж"})


def _pymorphy_nominative(morph: Morph, text: str, role: str, case: str, gender: str | None) -> str | None:
    gram = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    if role == "first" and not morph.is_known(fold(text)):
        return None  # pymorphy's guesses decline foreign names that do not decline (``Ингрид``)
    parses = morph.parses(fold(text))
    candidates = [
        p for p in parses
        if p.tag.case == case and (gender is None or p.tag.gender in (gender, None) or "ms-f" in p.tag)
        and gram in p.tag and "Fixd" not in p.tag and p.tag.number != "plur"  # one person (not ``Джоан`` of ``Джоана``)
    ]
    if not candidates and role == "last":
        # surnames pymorphy does not list: trust its guess only when it reads the word
        # as a noun in the tagger's case and gender (so indeclinable surnames stay as written)
        candidates = [
            p for p in parses
            if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.gender == gender and "Surn" not in p.tag
            and "Name" not in p.tag and "Fixd" not in p.tag
            and _looks_declined(text, case, gender, morph.is_known(fold(text)))
        ]
    for parse in sorted(candidates, key=_likelier_name):
        grams = {"nomn", "sing"}
        if gender and role != "first":
            grams.add(gender)
        form = oc_inflect(parse, grams) or oc_inflect(parse, {"nomn"})
        if form is not None:
            return form.word
    return None


def _soft_noun_form(morph: Morph, parse, text: str) -> bool:
    """Whether a woman's surname is the genitive ``-и`` or accusative ``-ю`` of a noun in ``-я`` that
    pymorphy knows (``Цибули``, ``Цибулю`` of ``цибуля``): endings indeclinable surnames have as
    well, so only for a word pymorphy knows so."""
    lowered, normal = fold(text), fold(parse.normal_form)
    return morph.is_known(lowered) and parse.tag.gender == "femn" and normal.endswith("я") \
        and (parse.tag.case, lowered[-1:]) in (("gent", "и"), ("accs", "ю")) and lowered[:-1] == normal[:-1]


def _likelier_name(parse) -> tuple[float, bool]:
    """The order of pymorphy's readings of a name: the likelier first, and of two alike the name in
    a soft sign (``Игоре``: ``Игорь`` before ``Игор``), the far commoner spelling of a name ending so."""
    return -parse.score, not parse.normal_form.endswith("ь")


_ADJECTIVE_ENDINGS = ("ого", "его", "ому", "ему", "им", "ым", "ой", "ей", "ую")


def _adjective_surname(morph: Morph, lowered: str, case: str, gender: str | None) -> str | None:
    """A surname declined as an adjective that pymorphy knows only as an adjective or a participle, in the
    nominative of the name's gender: ``долгорукому`` → ``долгорукий``, ``Неспящего`` → ``Неспящий``."""
    if gender not in ("masc", "femn") or not lowered.endswith(_ADJECTIVE_ENDINGS):
        return None
    for parse in morph.parses(lowered):
        if parse.tag.POS in ("ADJF", "PRTF") and parse.tag.case == case and parse.tag.gender == gender:
            form = oc_inflect(parse, {"nomn", "sing", gender})
            if form is not None:
                return form.word
    return None


def _stressed_adjective_surname(morph: Morph, lowered: str, case: str, gender: str | None) -> str | None:
    """A woman's surname that is the form of an adjective stressed on its ending (``Береговой`` of
    ``береговой``, ``Луговой``) and no surname pymorphy knows: the adjective's feminine
    (``Береговая``), not the ``-ова`` the ending would also allow (``Петровой`` → ``Петрова``)."""
    if gender != "femn" or not morph.is_known(lowered):
        return None
    for parse in morph.parses(lowered):
        if "Surn" in parse.tag and parse.tag.gender == "femn" and parse.tag.case == case \
                and fold(parse.normal_form).endswith("ой"):
            form = oc_inflect(parse, {"nomn", "sing", "femn"})  # ``Яровой`` of the surname ``Яровой``: ``Яровая``,
            if form is not None and form.word.endswith("ая"):  # not the ``Ярова`` of ``Яров``
                return form.word
    if any("Surn" in p.tag and p.tag.gender == "femn" and p.tag.case == case for p in morph.parses(lowered)):
        return None
    for parse in morph.parses(lowered):
        if parse.tag.POS == "ADJF" and parse.tag.case == case and parse.tag.gender == "femn" \
                and fold(parse.normal_form).endswith("ой"):
            form = oc_inflect(parse, {"nomn", "sing", "femn"})
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


def _keep_stem(form: str, text: str) -> str:
    """A surname pymorphy does not know keeps its stem as written: its guess of a fleeting vowel
    (``ольмерта`` → ``ольмерот``) is none, but in the Slavic suffixes ``-ец``, ``-ок``, ``-ек``
    (``лисовца`` → ``лисовец``)."""
    if text.endswith("е") and fold(form) == fold(text[:-1]) + "ь" and text[-2:-1] in CONSONANTS and text[-2:-1] != "л":
        return text[:-1]  # the locative ``-е`` shows no soft sign (``кёлере`` → ``кёлер``, not ``кёлерь``),
        # which few foreign surnames have but after ``л`` (``Кессель``)
    for ending in ("ом", "ем", "а", "у", "е", "я", "ю"):
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(form) == len(stem) + 1 and form[-2:-1] in ("о", "е", "ё") \
                and stem[-1:] not in ("ц", "к") \
                and form[:-2] == stem[:-1] and form[-1:] == stem[-1:]:
            return stem
    return _keep_soft_stem(form, text)


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


def _looks_declined(text: str, case: str, gender: str | None, known: bool = False) -> bool:
    """Whether a surname ends as a declined noun of the case and gender does; ``-у``, ``-ю`` of the
    dative only when pymorphy ``known`` the word as a noun (``Волку``: not ``Пинту``), a woman's
    ``-е`` likewise (``Дюпре``)."""
    lowered = fold(text)
    if known and (case, gender) == ("datv", "masc") and lowered.endswith(("у", "ю")):
        return True
    if lowered.endswith(("о", "ко", "их", "ых", "ян", "и", "у", "ю", "э")) and not lowered.endswith(("ию",)):
        return False
    if not known and gender == "femn" and lowered.endswith("е"):
        return False  # a woman's ``-е`` ends indeclinable surnames as well (``Дюпре``): the first name
        # settles it (:func:`.oblique.womans_first_declension`)
    return lowered.endswith(_DECLINED_ENDINGS.get((case, gender), ()))


def capitalize_name(text: str) -> str:
    """``ИВАНОВ`` → ``Иванов``, ``иванов`` → ``Иванов``; mixed case stays (``аль-Мансури``, ``де Брие``), and so
    does a regnal number (``VIII``, :data:`.name.REGNAL`)."""
    if text.isupper() and len(text) > 2 and not REGNAL.match(text):
        text = text.lower()
    if text != text.lower():
        return text
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))
