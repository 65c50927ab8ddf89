"""The case a name of a list is in, told by the other names of the list: ``Валерию`` between ``Ани Тамар,``
and ``и Иосифа Горского, Кристину …`` is her accusative, not his dative, as the names around it can be."""

from __future__ import annotations

from collections import Counter

from ..morph import CASE_UD, UD_CASE, Morph, fold
from ..names import first_name_readings
from ..ner import Analysis
from ..records import PER, Span

_LIST_GAPS = {",", "и", ",и"}  # what stands between two names of one list, spaces aside


def list_mates_case(analysis: Analysis, span: Span, spans: list[Span], morph: Morph) -> str | None:
    """The tagger's name of the oblique case a name opening with a first name pymorphy knows in two or more
    cases is in, when the names of its list (spans joined to it by commas and ``и``, in one sentence) can be
    in that case more often than in the one the tagger reads, and in no other as often; else ``None``."""
    own = _cases(morph, analysis.text[span.start:span.end].split()[0])
    if len(own) < 2:
        return None
    tokens = analysis.tokens_in(span.start, span.end)
    tagged = UD_CASE.get(tokens[0].feat.get("Case", "")) if tokens else None
    counts = Counter()
    for mate in _mates(analysis.text, span, spans):
        counts.update(own & _cases(morph, analysis.text[mate.start:mate.end].split()[0]))
    if not counts:
        return None
    best = counts.most_common(2)
    case, count = best[0]
    if case == "nomn" or case == tagged or count <= counts.get(tagged, 0) or len(best) > 1 and best[1][1] == count:
        return None
    return CASE_UD[case]


def _cases(morph: Morph, word: str) -> set[str]:
    """The cases pymorphy reads a word in as a first name (none of a name that does not decline)."""
    readings = first_name_readings(morph, word) if morph.is_known(fold(word)) else []
    return {p.tag.case for p in readings if "Fixd" not in p.tag and p.tag.case != "voct"}


def _mates(text: str, span: Span, spans: list[Span]) -> list[Span]:
    """The PER spans of the list a span is in: those before and after it each joined to the next by a comma or
    ``и``, with no line break between."""
    people = sorted((s for s in spans if s.type == PER), key=lambda s: s.start)
    index = people.index(span)
    mates = []
    for step in (-1, 1):
        at = index
        while 0 <= at + step < len(people):
            left, right = sorted((people[at], people[at + step]), key=lambda s: s.start)
            gap = text[left.end:right.start]
            if "\n" in gap or "".join(gap.split()) not in _LIST_GAPS:
                break
            at += step
            mates.append(people[at])
    return mates
