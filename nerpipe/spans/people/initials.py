"""PER spans cut before two initials inside them, and found inside an organization's name (``театр И. О.
Фамилии``). A name written ``И. О. Фамилия`` starts at its first initial, so the words before the initials are
another name (``Петра Орлова`` of ``свояченица Петра Орлова Е. Н. Зиминой``) or no name at all (the
abbreviation of a title's region, ``РТ`` of ``народного художника РТ Н. С. Зимина``; a preposition and noun,
``В музее`` of ``В музее И. А. Зимина``)."""

from __future__ import annotations

import re

from ...morph import Morph
from ...records import ORG, PER, Span
from .words import first_and_patronymic

# two initials, dots after each, spaces between them or not (``Е.Н.``, ``Е. Н.``), then a capitalised word
_INITIALS_THEN_SURNAME = re.compile(r"(?<![\w.])[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]")
_WORD = re.compile(r"\S+")
# two initials, then two words that end the span
_INITIALS_THEN_TWO_WORDS = re.compile(r"(?<![\w.])([А-ЯЁ]\.\s?[А-ЯЁ]\.)\s+(\S+)\s+(\S+)$")


def split_after_initials(text: str, span: Span, morph: Morph) -> list[Span]:
    """A PER span that ends in two initials and a first name and patronymic (``Орешиной О.А. Ольга Александровна``: a
    sentence after ``Орешиной О.А.`` that natasha reads on) in two: the initials end the name they are part of, the
    first name and patronymic are a name of their own."""
    found = _INITIALS_THEN_TWO_WORDS.search(text[span.start:span.end])
    if found is None or not first_and_patronymic([found.group(2), found.group(3)], morph):
        return [span]
    return [Span(span.start, span.start + found.end(1), PER), Span(span.start + found.start(2), span.end, PER)]


def split_before_initials(text: str, spans: list[Span]) -> list[Span]:
    """Each PER span with two initials and a surname after its first word cut where the initials start:
    the part before kept as a name of its own when it is one (:func:`_name_words`), else dropped."""
    out = []
    for span in spans:
        if span.type != PER:
            out.append(span)
            continue
        out.extend(_cut_before_initials(text, span))
    return out


def _cut_before_initials(text: str, span: Span) -> list[Span]:
    inside = text[span.start:span.end]
    found = _INITIALS_THEN_SURNAME.search(inside, 1)
    if found is None or not inside[:found.start()].strip():
        return [span]
    rest = Span(span.start + found.start(), span.end, span.type)
    head = inside[:found.start()].rstrip()
    if _name_words(head.split()):
        return [Span(span.start, span.start + len(head), span.type), rest]
    return [rest]


def _name_words(words: list[str]) -> bool:
    """Whether the words before the initials can be a name of their own: one to three words, each
    capitalised with small letters after (no abbreviation ``РТ``, no preposition ``В``, no initial)."""
    return 1 <= len(words) <= 3 and all(
        len(word) > 1 and word[:1].isupper() and word[1:].replace("-", "").isalpha()
        and word[1:].replace("-", "").islower() for word in words)


def find_initialled_in_orgs(text: str, spans: list[Span]) -> list[Span]:
    """PER spans for a person an organization's name holds written with two initials and a surname after its
    first word (``Театр С. В. Кормилова``, ``музей-усадьба И.А.Зимина``), no PER span there yet."""
    people = {(s.start, s.end) for s in spans if s.type == PER}
    found = []
    for org in (s for s in spans if s.type == ORG):
        inside = text[org.start:org.end]
        for match in _INITIALS_THEN_SURNAME.finditer(inside, 1):
            surname = _WORD.match(inside, match.end() - 2)
            end = org.start + surname.end()
            while end > org.start and not text[end - 1].isalpha():
                end -= 1
            span = (org.start + match.start(), end)
            if span not in people and surname.group()[:1].isupper():
                found.append(Span(*span, PER))
    return found
