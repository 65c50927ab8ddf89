"""A surname the document writes alone as a verb's subject is in the nominative as written: a full name
whose surname was declined back from the same form keeps it so (``Евгению Гуцу`` read as ``Евгения Гуца``
beside ``Гуцу поблагодарила``: her surname does not decline)."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, fold, unshouted
from ..names import Name, first_name_readings
from ..ner import Analysis
from ..records import Span
from .forms import could_be_form, regular_family


def keep_subject_surnames(analysis: Analysis, names: dict[Span, Name], subjects: dict[Span, str | None],
                          morph: Morph) -> None:
    """Each full name of two words whose surname as written is what a surname alone, a verb's subject
    (``subjects``: the span and the verb's gender), writes, keeps that surname; and the first name is a
    woman's when the verb is feminine and the word is a woman's first name in some case (``Валерию``: her
    accusative). Not the regular Russian surnames (``Орлову`` as a subject is the parser's mistake)."""
    alone: dict[str, str | None] = {}
    for span, gender in subjects.items():
        name = names.get(span)
        words = analysis.words_in(span.start, span.end)
        if name is not None and name.last and not name.first and not name.middle and len(words) == 1:
            alone[fold(words[0].text)] = gender
    if not alone:
        return
    for span, name in list(names.items()):
        words = analysis.words_in(span.start, span.end)
        if not name.is_full or len(words) != 2 or span in subjects:
            continue
        written = words[-1].text
        if fold(written) not in alone or regular_family(written) or not could_be_form(written, name.last):
            continue
        last = unshouted(written)
        first = (_womans_first(morph, words[0].text) if alone[fold(written)] == "femn" else None) or name.first
        if (first, fold(last)) != (name.first, fold(name.last)):
            names[span] = replace(name, first=first, last=last)


def _womans_first(morph: Morph, word: str) -> str | None:
    """The woman's first name a word is a form of, when pymorphy reads it as one (``Валерию``: ``Валерия``)."""
    womans = {p.normal_form for p in first_name_readings(morph, word) if p.tag.gender == "femn"}
    return next(iter(womans)).capitalize() if len(womans) == 1 else None
