"""Two surnames of a document written side by side (``… с премьером Шульга Мирошенко подал …``): a PER span of two
words each of which is a form of the surname of another person the document names in full, and not that of one
person, is two people, one span for each. Not when the first word is also a first name (``Роман Рыжов``): a name
and a surname are the likelier reading. A word after a preposition before such a surname that is no first name
(``После Гранд-Ривер Лантер уехала``) is the place the preposition governs, no part of the name."""

from __future__ import annotations

import re

from ...morph import Morph
from ...names.words import known_first_name
from ...records import PER, Span
from ...resolve.forms import could_be_form

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def split_known_surnames(text: str, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with every two-word PER span of two surnames of the document's people split in two: each word a form
    of the last word of a longer PER span elsewhere, of two different surnames, the pair being no name of one of
    them (``Людмила Шульга`` and ``Павел Мирошенко`` named before: ``Шульга Мирошенко`` is both)."""
    named = [(span, _words(text, span)) for span in spans if span.type == PER]
    full = [(span, words) for span, words in named if len(words) >= 2]
    out = []
    for span in spans:
        words = _words(text, span) if span.type == PER else []
        pair = _two_surnames(words, span, full, morph) if len(words) == 2 else None
        if pair is None:
            kept = _surname_after_place(text, words, span, full, morph) if len(words) == 2 else None
            out.append(Span(span.start + kept.start(), span.end, PER) if kept is not None else span)
            continue
        first, second = pair
        out += [Span(span.start + first.start(), span.start + first.end(), PER),
                Span(span.start + second.start(), span.start + second.end(), PER)]
    return out


def _words(text: str, span: Span) -> list[re.Match]:
    return list(_WORD.finditer(text[span.start:span.end]))


def _two_surnames(words: list[re.Match], span: Span, full, morph: Morph) -> tuple[re.Match, re.Match] | None:
    """The two words of a span when each is a form of another full name's surname, of two surnames, the first no
    first name pymorphy knows, and no full name of the document is written with both (not ``Павел Мирошенко``
    again)."""
    first, second = (w.group() for w in words)
    if known_first_name(morph, first):
        return None  # "Роман Рыжов": a first name and a surname
    others = [names for other, names in full if other.end <= span.start or other.start >= span.end]
    if any(could_be_form(first, names[0].group()) for names in others):
        return None  # the first word is a first name of the document's (``Павел Мирошенко``)
    lasts_first = {names[-1].group() for names in others if could_be_form(first, names[-1].group())}
    lasts_second = {names[-1].group() for names in others if could_be_form(second, names[-1].group())}
    if not lasts_first or not lasts_second or lasts_first & lasts_second:
        return None
    return words[0], words[1]


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _surname_after_place(text: str, words: list[re.Match], span: Span, full, morph: Morph) -> re.Match | None:
    """The second word of a two-word span right after a preposition (``После Уэрна Лантер``) when it is a form of
    the surname of a full name of the document whose first name pymorphy knows and the first word is none:
    no first name pymorphy knows, no first name of the document's. ``None`` otherwise."""
    previous = _PREVIOUS_WORD.search(text[max(0, span.start - 30):span.start])
    if previous is None or not any(p.tag.POS == "PREP" for p in morph.parses(previous.group(1).lower())):
        return None
    first, second = (w.group() for w in words)
    if known_first_name(morph, first.lower()) or not first[:1].isupper():
        return None
    others = [names for other, names in full if other.end <= span.start or other.start >= span.end]
    if any(could_be_form(first, names[0].group()) for names in others):
        return None
    if not any(len(names) >= 2 and could_be_form(second, names[-1].group())
               and known_first_name(morph, names[0].group().lower()) for names in others):
        return None
    return words[1]
