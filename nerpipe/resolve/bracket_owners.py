"""Whose a short name in brackets after an organization's span is when the span holds another body's name: the
initials of the inner body's last words (``Центр … Заречной торгово-промышленной палаты (ТПП)``), or any short name
right after an inner name that the outer's own words do not spell (``конгрессе Лесного союза гребцов (FRU)``); and
whether an abbreviation spells some words of a name in a row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..orgs import is_abbreviation, is_latin_name, is_short_name
from ..records import Span
from ..text import OPENING_QUOTES
from .initialisms import initials

if TYPE_CHECKING:
    from ..places import Gazetteer


def inner_initials(text: str, span: Span, orgs: list[Span], start: int, abbreviation: str) -> bool:
    """Whether an abbreviation in brackets after ``span`` is the initials of the last words of an ORG span inside it
    that ends right before the brackets (``Центр … Заречной торгово-промышленной палаты (ТПП)``: the chamber's)."""
    key = abbreviation.upper().replace("Ё", "Е")  # as :func:`.initialisms.initials` spells them
    for inner in orgs:
        if inner == span or not span.contains(inner) or text[inner.end:start].strip() != "(":
            continue
        words = text[inner.start:inner.end].split()
        if any(initials(" ".join(words[-size:])) == key for size in range(1, len(words) + 1)):
            return True
    return False


def inner_name_before(text: str, span: Span, orgs: list[Span], start: int, candidate: str,
                      gazetteer: Gazetteer) -> bool:
    """Whether a short name in brackets after ``span`` (an abbreviation, a Latin or a short name, or a quoted one:
    no place nor lower-case word) follows an ORG span inside it that ends right before the brackets, and no words of
    ``span`` before the widest such inner name open the initials it spells (``конгрессе Лесного союза гребцов
    (FRU)``, ``пресс-службы Министерства туризма (Минтуризм)``: the inner body's, whatever letters its own short
    name has — the outer one is named by its noun and the inner name)."""
    if not (is_abbreviation(candidate) or is_latin_name(candidate) or is_short_name(candidate, gazetteer)
            or text[start] in OPENING_QUOTES and candidate[:1].isupper()):
        return False
    inners = [inner for inner in orgs if inner != span and span.contains(inner) and inner.start != span.start
              and text[inner.end:start].strip() == "("]
    if not inners:
        return False
    widest = min(inners, key=lambda inner: inner.start)
    key = candidate.upper().replace("Ё", "Е").replace(" ", "")  # ``КДК ЛФС``: the unit's and its body's
    outer = text[span.start:widest.end].split()
    ahead = len(text[span.start:widest.start].split())  # the outer's own words, before the inner name
    return not any(initials(" ".join(outer[i:j])) == key for i in range(ahead) for j in range(i + 1, len(outer) + 1))


def initials_within(name: str, abbreviation: str) -> bool:
    """Whether an abbreviation is the initials of some words of a name in a row (``Заречная торгово-промышленная
    палата (ТПП)``, ``Фонд развития промышленности (ФРП) Тверской области``): the name's own, however the
    dictionary reads it alone."""
    words = name.split()
    letters = abbreviation.upper().replace("Ё", "Е")
    return any(initials(" ".join(words[i:j])) == letters for i in range(len(words))
               for j in range(i + 1, len(words) + 1))
