"""The adjectives of places: the stems a town's adjective may be made from (``кедровский``: ``Кедровка``,
``Кедринск`` …) and the adjective a city abroad regularly makes (``Лондон`` → ``лондонский``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .morph import fold

# the suffixes of a town's adjective (``кедровский``, ``тверской``) and the endings of the town's name its stem
# takes (``Кедровка``, ``Тверь``, ``Кедринск``, ``Ростов``); ``ь`` only where a soft stem is asked for
TOWN_ADJECTIVE_SUFFIXES = ("ский", "цкий", "ской")
TOWN_NAME_ENDINGS = ("", "ск", "а", "о", "и", "ы", "ь", "ка", "ки")
_HARD_TOWN_NAME_ENDINGS = tuple(ending for ending in TOWN_NAME_ENDINGS if ending != "ь")  # without ``soft``


def read_adjective_stems(lemmas: Iterable[str], suffixes: tuple[str, ...], endings: tuple[str, ...]) -> Iterator[str]:
    """The names a place's adjective may be made from, in order: the stem of each of its lemmas before each of
    ``suffixes`` (three letters at least) with each of ``endings`` (``кедровский``: ``кедров``, ``кедровск``,
    ``кедровка`` …)."""
    for lemma in lemmas:
        for suffix in suffixes:
            if lemma.endswith(suffix) and len(lemma) >= len(suffix) + 3:
                stem = lemma[: -len(suffix)]
                yield from (stem + ending for ending in endings)


def read_town_stems(lemmas: Iterable[str], soft: bool = False) -> Iterator[str]:
    """The names of a town an adjective's ``lemmas`` may be made from (:func:`read_adjective_stems` with the town
    suffixes and endings): ``-ь`` only with ``soft`` (``тверской``: ``Тверь``)."""
    endings = TOWN_NAME_ENDINGS if soft else _HARD_TOWN_NAME_ENDINGS
    return read_adjective_stems(lemmas, TOWN_ADJECTIVE_SUFFIXES, endings)


def city_adjectives(name: str) -> tuple[str, ...]:
    """The adjective a one-word city name regularly makes: ``Лондон`` → ``лондонский``, ``Женева`` →
    ``женевский``, ``Шанхай`` → ``шанхайский``, ``Минск`` → ``минский``; none for a name with a space or of
    fewer than four letters. Names that make theirs otherwise (``Токио`` → ``токийский``) simply find
    none."""
    stem = fold(name)
    if not stem.replace("-", "").isalpha() or " " in stem or len(stem) < 4:
        return ()
    if stem[-1] in "аяоеи":
        stem = stem[:-1]
    if stem.endswith(("ск", "цк")):
        return (f"{stem}ий",)  # Минск → минский
    return (f"{stem}ский",)
