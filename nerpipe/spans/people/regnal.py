"""Monarchs named by a first name and a regnal number natasha leaves untagged (``Памятник Рагнару IV``)."""

from __future__ import annotations

from ...morph import Morph, fold
from ...names import REGNAL, known_first_name
from ...ner import Analysis
from ...records import PER, Span


def find_regnal_names(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """New PER spans of a capitalised word pymorphy knows as a first name right before a regnal number, in
    any case (``Рагнару IV``, ``Олафа II``), where no span is."""
    owned = analysis.indices_in(spans)
    found = []
    tokens = analysis.tokens
    for index in range(1, len(tokens)):
        number, name = tokens[index], tokens[index - 1]
        if not REGNAL.match(number.text) or index in owned or index - 1 in owned \
                or analysis.text[name.end:number.start] != " " or not name.text[:1].isupper() \
                or not name.text.isalpha() or not known_first_name(morph, fold(name.text), shortest=1):
            continue
        found.append(Span(name.start, number.end, PER))
    return found
