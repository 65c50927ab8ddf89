"""Whose a short name in brackets after an organization's span is when the span holds another body's name: the
initials of the inner body's last words (``Центр … Заречной торгово-промышленной палаты (ТПП)``), or any short name
right after an inner name that the outer's own words do not spell (``конгрессе Лесного союза гребцов (FRU)``); and
whether an abbreviation spells some words of a name in a row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..ner import Analysis
from ..orgs import is_abbreviation, is_latin_name, is_short_name
from ..records import PER, Span
from ..text import OPENING_QUOTES
from .initialisms import initials, letters_key
from .syntax import outside_quotes

if TYPE_CHECKING:
    from ..places import Gazetteer
    from .organizations import ResolvedOrg


def inner_initials(text: str, span: Span, orgs: list[Span], start: int, abbreviation: str) -> bool:
    """Whether an abbreviation in brackets after ``span`` is the initials of the last words of an ORG span inside it
    that ends right before the brackets (``Центр … Заречной торгово-промышленной палаты (ТПП)``: the chamber's)."""
    key = letters_key(abbreviation)
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
    key = letters_key(candidate.replace(" ", ""))  # ``КДК ЛФС``: the unit's and its body's
    outer = text[span.start:widest.end].split()
    ahead = len(text[span.start:widest.start].split())  # the outer's own words, before the inner name
    return not any(initials(" ".join(outer[i:j])) == key for i in range(ahead) for j in range(i + 1, len(outer) + 1))


def initials_within(name: str, abbreviation: str) -> bool:
    """Whether an abbreviation is the initials of some words of a name in a row (``Заречная торгово-промышленная
    палата (ТПП)``, ``Фонд развития промышленности (ФРП) Тверской области``): the name's own, however the
    dictionary reads it alone."""
    words = name.split()
    letters = letters_key(abbreviation)
    return any(initials(" ".join(words[i:j])) == letters for i in range(len(words))
               for j in range(i + 1, len(words) + 1))


def affiliations_of_people(analysis: Analysis, organizations: dict[Span, ResolvedOrg]) -> set[str]:
    """The names of the bodies every mention of which fills a bracket right after a person's name (``Ларс Нурми
    (Zentrix)``: the name's last word a proper noun of the tagger's PER span): they say whose the person is, a team or
    a party, not where the text is."""
    people = [span for span in analysis.spans if span.type == PER]
    bracketed: dict[str, bool] = {}
    for span, org in organizations.items():
        bracketed[org.name] = bracketed.get(org.name, True) and _after_person(analysis, span, people)
    return {name for name, only in bracketed.items() if only}


def _after_person(analysis: Analysis, span: Span, people: list[Span]) -> bool:
    """Whether ``span`` alone fills a bracket whose opening follows a proper noun of a PER span."""
    opening, closing = outside_quotes(analysis, span)
    if opening is None or opening.text != "(" or closing is None or closing.text != ")":
        return False
    name = analysis.token_before(opening.start)
    return name is not None and name.pos == "PROPN" and name.sent == opening.sent \
        and any(person.start <= name.start and name.end <= person.end for person in people)
