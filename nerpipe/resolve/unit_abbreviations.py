"""A unit named with its body's abbreviation, or by its own initials, beside the same unit named in full:
``фракции ЗП`` beside ``фракции «Зелёный путь»`` (``ЗП`` the party's abbreviation in the text), ``КДК ЛФС`` beside
``Контрольно-дисциплинарного комитета ЛФС``: one unit, named as the text names it in full."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..morph import Morph, fold, takes_form
from ..orgs import is_abbreviation
from ..records import Span
from ..text import OPENING_QUOTES
from .initialisms import initials
from .org_spellings import NAME_QUOTES, name_words

if TYPE_CHECKING:
    from .organizations import ResolvedOrg

_NEXT_WORD = re.compile(r" (\w+)\b")


def join_abbreviated_units(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every organization whose name ends with an abbreviation after other words takes the one other
    organization of the document that names the same unit in full: the words before agree (one may have
    an adjective more before them: ``Думская фракция``) and the abbreviation is the abbreviation of the
    words that follow them (``Фракция ЗП`` / ``Фракция «Зелёный путь»``, or the body's name in the genitive after
    the same words, no adjective more, where the text names that body by the abbreviation, as written or as its
    dictionary writes it: ``Исполком ЗФГ`` / ``Исполком Заречной федерации гребли``), or the same abbreviation
    follows and the words before are written by their initials (``КДК ЛФС`` / ``Контрольно-дисциплинарный комитет
    ЛФС``, or with the body's name in full after them: ``… комитет Лесного футбольного союза``); a bare
    abbreviation written before that body's abbreviation is the same unit too (``КДК`` + ``ЛФС``),
    and so is a name that opens with the abbreviation of the words another name opens with (``УВД по Северному
    округу`` / ``Управление внутренних дел по Северному округу``).
    Two such candidates, or none, leave it as it is."""
    expansions: dict[str, set[str]] = {}
    for span, org in resolved.items():
        if org.abbr and is_abbreviation(org.abbr) and len(_words(org)) > 1:
            for abbr in {org.abbr, *_written_abbreviation(text, span)}:  # ``IIHF`` as written beside ``ИИХФ``
                expansions.setdefault(abbr, set()).add(" ".join(_words(org)).casefold())
    fulls = {org.org_id: org for org in resolved.values()}
    words_of = {org_id: _words(org) for org_id, org in fulls.items()}  # names stay as they are; only abbr changes
    for span, org in list(resolved.items()):
        words = _words(org)
        if len(words) == 1 and is_abbreviation(words[0]) and not org.abbr:
            words = [words[0], *_abbreviation_after(text, span.end)]  # ``КДК`` + ``ЛФС``
        if len(words) < 2 or not (is_abbreviation(words[-1]) or is_abbreviation(words[0])):
            continue
        candidates = {other.org_id: other for other in fulls.values()
                      if other.org_id != org.org_id and _names_in_full(words, other, words_of[other.org_id],
                                                                       expansions, morph)}
        spelled = {other.org_id: other for other in fulls.values()
                   if other.org_id != org.org_id and _spelled_out(words, words_of[other.org_id])
                   and takes_form(morph.parses(fold(words_of[other.org_id][0])), "sing", "nomn")}
        if len(candidates | spelled) != 1:
            continue
        if candidates:
            resolved[span] = next(iter(candidates.values()))
            continue
        target = next(iter(spelled.values()))
        if target.abbr is None:  # ``МИД Заречья`` / ``Министерство иностранных дел Заречья``: the short name
            target = fulls[target.org_id] = replace(target, abbr=org.name)
            for other_span, other in list(resolved.items()):
                if other.org_id == target.org_id:
                    resolved[other_span] = target
        resolved[span] = target


def _written_abbreviation(text: str, span: Span) -> list[str]:
    """The abbreviation a mention writes, as a list of it, or an empty list when it writes more or other words."""
    written = text[span.start:span.end].strip()
    return [written] if is_abbreviation(written) else []


def _abbreviation_after(text: str, end: int) -> list[str]:
    """The abbreviation right after ``end`` across one space, as a list of it or an empty list."""
    found = _NEXT_WORD.match(text, end)
    return [found[1]] if found is not None and is_abbreviation(found[1]) else []


def _words(org: ResolvedOrg) -> list[str]:
    """The words of the organization's name, each without its quotes."""
    return [bare for word in name_words(org) if (bare := word.strip(NAME_QUOTES))]


def _quoted_words(name: str) -> list[str]:
    """The words of the quoted name a name ends with (``Фракция «Зелёный путь»`` → ``Зелёный``, ``путь``)."""
    opening = min((name.find(mark) for mark in OPENING_QUOTES if mark in name), default=-1)
    return [w for word in name[opening + 1:].split() if (w := word.strip(NAME_QUOTES))] if opening > 0 else []


def _names_in_full(words: list[str], other: ResolvedOrg, longer: list[str], expansions: dict[str, set[str]],
                   morph: Morph) -> bool:
    """Whether ``other`` (its name's words ``longer``) names the unit ``words`` names with an abbreviation at its
    end."""
    *before, last = words
    quoted = _quoted_words(other.name)
    if len(quoted) > 1 and initials(" ".join(quoted)) == last.upper() and len(longer) > len(quoted):
        return _same_unit(before, longer[:-len(quoted)])  # ``Фракция ЗП`` / ``Фракция «Зелёный путь»``
    if len(longer) > len(words) and longer[-1] == last and len(before) == 1 and is_abbreviation(before[0]) \
            and is_abbreviation(last):
        return initials(" ".join(longer[:-1])) == before[0].upper()  # ``КДК ЛФС``
    for expansion in expansions.get(last, ()):
        size = len(expansion.split())
        if len(longer) <= size:
            continue
        tail, unit = longer[-size:], longer[:-size]
        tail_lemmas = _lemmas(tail, morph)
        # the body's name as written after the unit's words (one may have an adjective more), or in another case
        # after the same words (``Исполком Заречной федерации гребли`` / ``Исполком ЗФГ``, where the text names
        # the federation ``ЗФГ``; not ``Европейское бюро ЗФГ``)
        if (" ".join(tail).casefold() == expansion or tail_lemmas == _lemmas(
                expansion.split(), morph) and [w.casefold() for w in before] == [w.casefold() for w in unit]) \
                and _same_unit(before, unit):
            return True
        if len(before) == 1 and is_abbreviation(before[0]) \
                and tail_lemmas == [fold(w) for w in expansion.split()] \
                and initials(" ".join(unit)) == before[0].upper():
            return True  # ``КДК ЛФС`` / ``Контрольно-дисциплинарный комитет Лесного футбольного союза``
    return False


def _lemmas(words: list[str], morph: Morph) -> list[str]:
    """The words' lemmas, in lower case (a body's name in the genitive read as its nominative)."""
    return [fold(morph.lemma(word)) for word in words]


def _spelled_out(words: list[str], longer: list[str]) -> bool:
    """Whether ``longer`` is ``words`` with their first word, an abbreviation, spelled out: the same words
    after it, and its initials before them (``УВД по Северному округу`` / ``Управление внутренних дел по
    Северному округу``)."""
    first, *rest = words
    size = len(rest)
    return is_abbreviation(first) and size > 0 and len(longer) > size + 1 \
        and [w.casefold() for w in longer[-size:]] == [w.casefold() for w in rest] \
        and initials(" ".join(longer[:-size])) == first.upper()


def _same_unit(one: list[str], other: list[str]) -> bool:
    """Whether the words of one unit's noun agree with the other's, one of them maybe with an adjective
    more before (``Фракция`` / ``Думская фракция``)."""
    if any(is_abbreviation(word) for word in one + other):
        return False
    shorter, longer = sorted(([w.casefold() for w in one], [w.casefold() for w in other]), key=len)
    return bool(shorter) and len(longer) - len(shorter) <= 1 and longer[len(longer) - len(shorter):] == shorter
