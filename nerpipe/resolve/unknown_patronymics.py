"""A man's patronymic of a first name pymorphy does not know, read as a surname (``Эрмекбай Кулжанович`` after
``Эрмекбай Орозбаев``: pymorphy cannot tell ``Кулжанович`` from a surname such as ``Радкович``): the document names
one person of that first name with another surname, so the word is his patronymic."""

from __future__ import annotations

import re

from ..morph import Morph, fold
from ..names import Name
from ..ner import Analysis
from ..records import Span
from .forms import could_be_form

# a man's patronymic in the nominative, as the surname of a name read (``Кулжанович``, ``Асанбекович``)
_MANS_PATRONYMIC = re.compile(r"(?:ович|евич)$")
# between two names side by side in a list: ``и`` or a comma
_LISTED = re.compile(r"[ \t]*(?:,|и)[ \t]*$")


def read_patronymics_as_surnames(analysis: Analysis, names: dict[Span, Name], morph: Morph) -> None:
    """Each name of a first name and a surname in ``-ович``/``-евич`` that the document writes nowhere alone nor with
    another first name, and that pymorphy does not know as a surname (``Пашкевич``), becomes a first name and
    patronymic, in place, when the document has one full name of that first name and another surname, its patronymic
    none or the same word (``Эрмекбай Кулжанович`` beside ``Эрмекбай Орозбаев``), written not right beside it in a
    list (:func:`names_listed_beside`); resolution then joins the two."""
    alone = [analysis.text[s.start:s.end] for s in names if len(analysis.text[s.start:s.end].split()) == 1]
    full = {name for name in names.values() if name.first and name.last}
    for span, name in names.items():
        if not name.first or not name.last or name.middle or " " in name.last \
                or not _MANS_PATRONYMIC.search(fold(name.last)) or any(could_be_form(w, name.last) for w in alone) \
                or morph.is_known(fold(name.last)) and morph.has_gram(name.last, "Surn"):
            continue
        first, last = fold(name.first), fold(name.last)
        if any(fold(other.last) == last and fold(other.first) != first for other in full):
            continue  # ``Пётр Радкович`` beside ``Анна Радкович``: a surname
        holders = {(fold(o.last), fold(o.middle or "")) for o in full
                   if fold(o.first) == first and fold(o.last) != last and fold(o.middle or last) == last}
        listed = names_listed_beside(analysis.text, span, names)  # ``Иван Петров и Иван Ходкевич``: two people
        if len(holders) == 1 and not any(fold(o.first or "") == first for o in listed):
            names[span] = Name(name.first, name.last, None)


def names_listed_beside(text: str, span: Span, names: dict[Span, Name]) -> list[Name]:
    """The names of the spans right before and after a span, joined to it by ``и`` or a comma (``Иван Петров и
    Иван Ходкевич``): other people, listed."""
    return [name for other, name in names.items() if other != span and (
        other.end <= span.start and _LISTED.match(text[other.end:span.start])
        or span.end <= other.start and _LISTED.match(text[span.end:other.start]))]
