"""A first name in the nominative by its case ending, for names pymorphy does not know or lists only as
indeclinable (``Анне`` → ``Анна``, ``Олафа`` → ``Олаф``, ``Камалой`` → ``Камала``), and the endings of a man's
name of the second declension; split from :mod:`.nominative`."""

from __future__ import annotations

from ..morph import Morph, fold, oc_inflect
from .endings import CONSONANTS, VOWELS
from .firsts import genitive_of_a
from .oblique import mans_locative


def known_name(morph: Morph, text: str) -> bool:
    """A word pymorphy's dictionary holds as a first name, surname or patronymic."""
    lowered = fold(text)
    return morph.is_known(lowered) and any(
        gram in p.tag for p in morph.parses(lowered) for gram in ("Name", "Surn", "Patr"))


# first names pymorphy lists only as indeclinable (``Анне`` as Anne): the usual endings
_FIRST_NAME_ENDINGS = {
    "femn": {"gent": ("ы", "и"), "datv": ("е", "и"), "loct": ("е", "и"), "accs": ("у", "ю"), "ablt": ("ой", "ей")},
}


# the endings of a man's name of the second declension, hard and soft stems (``Олафа``, ``Бесселя``);
# not the locative ``-е``, which cannot tell ``Бесселе`` (Бессель) from ``Олафе`` (Олаф) and is
# the ending of indeclinable names (``Фелипе``)
MASC_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем")}


HISSING = "жшчщц"


def masculine_nominative(lowered: str, case: str, min_stem: int = 2) -> str | None:
    """The nominative of a man's name or surname of the second declension from its case ending,
    in lower case: ``олафа`` → ``олаф``, ``бесселю`` → ``бессель``, ``хорхе`` stays (``None``);
    for names pymorphy does not know."""
    for ending in MASC_ENDINGS.get(case, ()):
        stem = lowered[: -len(ending)]
        if not lowered.endswith(ending) or len(stem) < 2:
            continue
        if stem[-1] in VOWELS and ending in ("я", "ю", "ем"):
            return stem + "й"  # ``вэя`` → ``вэй``
        if len(stem) < min_stem:
            continue
        if stem[-1] not in CONSONANTS:
            continue
        if ending in ("а", "у", "ом") or (ending == "ем" and stem[-1] in HISSING):
            return stem
        if stem[-1] not in HISSING + "кгх":
            return stem + "ь"
    return None


def first_name_by_ending(morph: Morph, text: str, case: str, gender: str | None) -> str | None:
    """``Анне`` (dative, feminine) → ``Анна`` when pymorphy knows ``Анна`` as a first name;
    a man's name pymorphy does not know at all loses the ending of its case
    (``Олафа`` → ``Олаф``, ``Бесселю`` → ``Бессель``: :func:`masculine_nominative`); any name
    pymorphy does not know in ``-ы`` is the genitive of one in ``-а`` (``Нарендры``)."""
    lowered = fold(text)
    # a word pymorphy knows only in the plural is no first name it knows (``Акиры`` of ``Акир``)
    known = morph.is_known(lowered) and any(p.tag.number != "plur" for p in morph.parses(lowered))
    if genitive_of_a(morph, text):
        return lowered[:-1] + "а"  # a name ends so only in the genitive of ``-а`` (``Нарендры``, ``Аны``)
    if gender == "masc":
        if known and any("Name" in p.tag and p.tag.gender != "femn" for p in morph.parses(lowered)):
            return None  # not a man's name pymorphy knows only as a woman's (``Гарета``)
        if (declined := _read_womans_declension(morph, lowered, case)) is not None:
            return declined  # ``Николе`` of a man: ``Никола``
        if known and case == "loct" and lowered.endswith("е") and lowered[-2] in CONSONANTS and lowered[-2] != "л":
            return lowered[:-1]  # ``Гарете`` of a man: ``Гарет`` (after ``л`` the name may end in ``-ль``)
        if known and case == "loct" and lowered.endswith("ле") and len(lowered) > 3 \
                and not any(p.tag.case == "nomn" for p in morph.parses(lowered)):
            return lowered[:-1] + "ь"  # ``Жиле``, an oblique form of a noun: no name that does not decline
            # (``Микеле``), the locative of ``Жиль``
        if not known and case == "loct" and lowered[-2:-1] != "л":
            return mans_locative(morph, text)  # ``о Ксавьере`` → ``Ксавьер``, by pymorphy's likeliest guess
        if not known and case == "accs" and lowered.endswith(("ею", "ию")) and len(lowered) > 3:
            return lowered[:-1] + "я"  # ``Тимею``: no man's name of the second declension ends so in the accusative,
            # one in ``-ея``, ``-ия`` does; not ``-ью``, ``-у`` (``Мэттью``, ``Паулу``: names that do not decline)
        if not known and case == "ablt":
            return _mans_first_declension(lowered) or masculine_nominative(lowered, case)
        return masculine_nominative(lowered, case)
    for ending in _FIRST_NAME_ENDINGS.get(gender or "", {}).get(case, ()):
        if not lowered.endswith(ending):
            continue
        for nominative in ("а", "я"):
            candidate = lowered[: -len(ending)] + nominative
            if morph.is_known(candidate) and any(
                    "Name" in p.tag and p.tag.case == "nomn" and p.tag.gender == gender and p.normal_form == candidate
                    and _declines_to(p, case, lowered) for p in morph.parses(candidate)):
                return candidate
    if gender == "femn" and not _known_womans_name(morph, lowered):
        # a woman's name pymorphy does not know as one: the first declension (``Камалой`` → ``Камала``)
        for ending, nominative in _FEMININE_ENDINGS.get(case, ()):
            stem = lowered[: -len(ending)]
            if not lowered.endswith(ending) or len(stem) < 2:
                continue
            if ending == "и" and stem[-1] in HISSING + "кгх" or ending == "ей" and stem[-1] in HISSING:
                return stem + "а"  # ``Джорджи``, ``Джорджей`` → ``Джорджа``; ``Ольги`` → ``Ольга``
            if ending != "и" or stem[-1] in _SOFT_STEMS:
                return stem + ("я" if nominative == "а" and stem[-1] in VOWELS | {"й"} else nominative)
    return None


def _read_womans_declension(morph: Morph, lowered: str, case: str) -> str | None:
    """The nominative in ``-а``, ``-я`` of a name pymorphy reads only as a woman's, in the genitive, dative or
    instrumental the rest of a man's name has settled (``Николе`` + ``Петрову`` → ``никола``): men's names of the first
    declension decline as hers do. Not the locative, whose ``-е`` ends names of the second declension as well (``о
    Николе`` of ``Никол``), nor the accusative, whose ``-у`` ends Portuguese names that do not decline (``Паулу``)."""
    if case not in ("gent", "datv", "ablt"):
        return None
    for parse in morph.parses(lowered):
        normal = fold(parse.normal_form)
        if "Name" in parse.tag and parse.tag.gender == "femn" and parse.tag.case == case and "Fixd" not in parse.tag \
                and normal != lowered and normal.endswith(("а", "я")):
            return normal
    return None


def _declines_to(parse, case: str, lowered: str) -> bool:
    """Whether a name pymorphy reads in the nominative has ``lowered`` as its form in ``case``
    (``Анна`` → ``Анне``; not ``Эмила`` → ``Эмили``, an indeclinable name of its own)."""
    form = oc_inflect(parse, {case, "sing"})
    return form is not None and fold(form.word) == lowered


_FEMININE_ENDINGS = {
    "ablt": (("ой", "а"), ("ей", "я")), "accs": (("у", "а"), ("ю", "я")), "datv": (("е", "а"), ("и", "я")),
    "loct": (("е", "а"), ("и", "я")), "gent": (("и", "я"), ("ы", "а")),
}


def _known_womans_name(morph: Morph, lowered: str) -> bool:
    """Whether pymorphy knows a word as a woman's first name, or as a surname or patronymic (a word it
    knows only as a man's name, ``Камале`` of ``Камал``, may be a woman's it does not know)."""
    return known_name(morph, lowered) and any(
        ("Name" in p.tag and p.tag.gender == "femn") or "Surn" in p.tag or "Patr" in p.tag
        for p in morph.parses(lowered))


# the genitive ``-и`` of a name in ``-ья``, ``-ия`` (``Тарьи``); after a consonant ``-и`` ends
# indeclinable names as well (``Эмили``)
_SOFT_STEMS = VOWELS | {"ь", "й"}


def _mans_first_declension(lowered: str) -> str | None:
    """A man's name pymorphy does not know in the instrumental of the first declension, which no name of the
    second ends so in (``Юхой`` → ``юха``, ``Ларией`` → ``лария``); a man's name in ``-ой``, ``-ей`` itself
    takes ``-ем`` (``Роем``, ``Матвеем``)."""
    stem = lowered[:-2]
    if len(stem) < 2:
        return None
    if lowered.endswith("ой") and stem[-1] in CONSONANTS:
        return stem + "а"
    if lowered.endswith("ей") and stem[-1] in "иь":
        return stem + "я"
    return None
