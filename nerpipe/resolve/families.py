"""First names listed with a name whose surname is in the plural are of that family: ``Иван`` of ``Иван и
Мария Кормиловы`` (before it), ``Николая`` of ``Кормиловых Надежду и Николая`` (after a surname written
first); a person named as a relative's kin (``Брат Ильдара Орлова``) is no antecedent of the family's surname
alone when another of that surname is; a surname alone written as a woman's right after a noun of a relative
(``Вдова Орлова``) is the man's whose relative is named, when the noun is of a wife or a man of that surname is
named."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..morph import Morph, fold, restore_case
from ..names import (
    Name,
    dative_family,
    family_member,
    family_plural,
    is_mans_nominative,
    nominative_family,
    read_mans_stem,
    womans_undeclined,
)
from ..ner import Analysis
from ..records import Span
from ..resources import read_word_groups
from ..text import DECLINED_POSSESSIVES, POSSESSIVES
from .forms import first_name_gender, person_gender, surname_key

_LAST_WORD = re.compile(r"([А-ЯЁа-яё]+)\s*$")


def drop_kin_named(analysis: Analysis, candidates: list[Name], span: Span, spans: dict[Name, list[Span]],
                      morph: Morph) -> list[Name]:
    """The candidates for a surname alone but those named last before ``span`` in the genitive right after a noun of
    a relative (``Брат Ильдара Орлова победил … Орлов тоже победил``: the brother, the other Орлов of the text; not
    ``его жена Анна Орлова``, the relative herself), when any other is left; the candidates as they are otherwise."""
    kept = [c for c in candidates
            if not ((before := [s for s in spans.get(c, []) if s.start < span.start])
                    and _kin_of(analysis, max(before, key=lambda s: s.start), morph))]
    return kept or candidates


def _kin_of(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a name the tagger reads in the genitive follows a noun of a relative (``брата``, ``Сын``)."""
    match = _LAST_WORD.search(analysis.text, max(0, span.start - 40), span.start)
    words = analysis.words_in(span.start, span.end)
    return match is not None and _is_kin_noun(match.group(1), morph) \
        and bool(words) and words[0].feat.get("Case") == "Gen"


def _is_kin_noun(word: str, morph: Morph) -> bool:
    """Whether a word is a form of a noun of a relative (``брата``, ``Вдова``)."""
    return bool(morph.forms(word.lower()) & _kin_nouns())


@lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    """Nouns of a relative (``брат``, ``вдова``): a name in the genitive after one names whom the relative is kin
    of (titles.txt's ``relative`` group, read when first asked for)."""
    return frozenset(read_word_groups("titles.txt")["relative"])


def read_kin_genitives(analysis: Analysis, names: dict[Span, Name], genders: dict[Span, str],
                       subjects: dict[Span, str | None], morph: Morph) -> None:
    """A surname alone that ends as a woman's of the regular families (``Орлова``) right after a noun of a
    relative is the genitive of a man's, whose relative the noun names (``Вдова Орлова рассказала``, ``сын
    Галеева``), when the noun is of a wife (her spouse is a man) or the document names a man of that surname
    (``Орлов`` alone or in full), and no woman of it in full: his surname, in place; the gender and the subject a
    verb gave it, the relative's, dropped. A first name and such a surname after the noun are a man's when the first
    name is a man's genitive (``Вдова Ивана Орлова``: Иван Орлов). Not after a noun with a possessive before it
    (``Его дочь Орлова``: the daughter named so, the noun's apposition)."""
    mens = {surname_key(n.last) for n in names.values() if n.last and _mans_surname(n, morph)}
    womens = {fold(n.last) for n in names.values()
              if n.first and n.last and person_gender(morph, n.first, n.last) == "femn"}
    for span, name in names.items():
        words = analysis.text[span.start:span.end].split()
        stem = read_mans_stem(words[-1])
        if stem is None or name.middle or len(words) > 2 or fold(name.last or "") != fold(words[-1]):
            continue
        noun = _KIN_BEFORE.search(analysis.text, max(0, span.start - 30), span.start)
        if noun is None or not _is_kin_noun(noun.group(1), morph) \
                or _follows_possessive(analysis.text, noun.start(1), morph):
            continue
        first = _mans_genitive_first(words[0], morph) if len(words) == 2 else None
        if first is not None or len(words) == 1 and fold(words[0]) not in womens \
                and (_is_wifes_noun(noun.group(1), morph) or surname_key(stem) in mens):
            names[span] = Name(first, None, restore_case(stem, words[-1]))
            genders.pop(span, None)
            subjects.pop(span, None)


_KIN_BEFORE = re.compile(r"([А-ЯЁа-яё]+) +$")  # the word right before a span, only spaces between


def _follows_possessive(text: str, at: int, morph: Morph) -> bool:
    """Whether the word right before offset ``at`` is a possessive: ``его``, ``её``, ``их``, which do not decline,
    or a form of one that does (``своя``, ``нашей``)."""
    match = _KIN_BEFORE.search(text, max(0, at - 20), at)
    if match is None:
        return False
    word = fold(match.group(1))
    return word in POSSESSIVES or any(p.normal_form in DECLINED_POSSESSIVES for p in morph.parses(word))


def _mans_genitive_first(written: str, morph: Morph) -> str | None:
    """The nominative of a man's first name a word is the genitive of (``Ивана`` → ``Иван``), as written; none for
    a word that is a woman's first name in the nominative too (``Дина``: hers, or the genitive of ``Дин``)."""
    parses = morph.parses(fold(written))
    if any("Name" in p.tag and p.tag.gender == "femn" and p.tag.case == "nomn" for p in parses):
        return None
    lemmas = {p.normal_form for p in parses if "Name" in p.tag and p.tag.gender == "masc" and p.tag.case == "gent"}
    return restore_case(lemmas.pop(), written) if len(lemmas) == 1 else None


def _mans_surname(name: Name, morph: Morph) -> bool:
    """Whether a name is a man's: a surname alone in a man's nominative (``Орлов``) or a full name of a man."""
    if name.first:
        return person_gender(morph, name.first, name.last) == "masc"
    return is_mans_nominative(name.last or "")


def _is_wifes_noun(word: str, morph: Morph) -> bool:
    """Whether a word is a form of a noun of a woman's spouse (``вдова``, ``жены``)."""
    return any(fold(p.normal_form) in _read_spouse_nouns() and p.tag.gender == "femn" for p in morph.parses(fold(word)))


@lru_cache(maxsize=1)
def _read_spouse_nouns() -> frozenset[str]:
    """Nouns of a spouse (titles.txt's ``spouse`` group, read when first asked for)."""
    return frozenset(read_word_groups("titles.txt")["spouse"])


def share_family_name(analysis: Analysis, names: dict[Span, Name], morph: Morph) -> None:
    """First names listed before a name with its surname in the plural (``Иван и Мария Кормиловы``,
    ``Артуру и Зульфие Кормиловым``), or after one that writes it first (``Кормиловых Надежду и Николая``),
    are of that family: each takes the surname in its gender, in place."""
    ordered = sorted(names, key=lambda s: s.start)
    for position, span in enumerate(ordered):
        surface = analysis.text[span.start:span.end].split()
        if not names[span].first or len(surface) < 2:
            continue
        written = surface[-1]
        family = family_plural(morph, written) or (len(surface) == 2 and (
            dative_family(morph, *surface) or nominative_family(morph, *surface))) or None
        if family is not None and len(written) >= 2:
            _give_family(analysis, names, morph, reversed(ordered[:position]), span, family, written)
        elif len(surface) == 2 and (family := family_plural(morph, surface[0])) is not None:
            _give_family(analysis, names, morph, ordered[position + 1:], span, family, surface[0])


def _give_family(analysis: Analysis, names: dict[Span, Name], morph: Morph, listed, span: Span, family: str,
                 written: str) -> None:
    """The surname of ``family`` to each first name alone of ``listed``, the spans next to ``span`` one by one
    as long as a comma or ``и`` is all between them."""
    last = span
    for other in listed:
        gap = analysis.text[other.end:last.start] if other.start < last.start else analysis.text[last.end:other.start]
        name = _unknown_word_as_first(names[other], morph)
        if not _LIST_GAP.fullmatch(gap) or name.last or not name.first:
            break
        gender = "femn" if womans_undeclined(name.first) else first_name_gender(morph, name.first)  # ``Гульбахор``
        names[other] = replace(name, last=restore_case(family_member(family, gender), written))
        last = other


_LIST_GAP = re.compile(r"\s*(?:,|и)\s*")


def _unknown_word_as_first(name: Name, morph: Morph) -> Name:
    """A word alone read as a surname that pymorphy does not know (``Зиявар`` of ``Зиявар и Магомед
    Кормиловы``): the listing makes it a first name; a surname it knows (``Петров``) stays one."""
    if name.last and not name.first and not name.middle and " " not in name.last \
            and not morph.is_known(name.last.lower()):
        return Name(name.last, None, None)
    return name
