"""A full name written once with the word that tells a father from his son (``Олег Сомов-младший``) and once
without it (``Олег Сомов``): one person, when the document names no other of that name with such a word and
does not write the name without it as someone's kin (``отца Олега Сомова``: the father, another person)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..names import Name, is_kin
from ..ner import Analysis
from ..records import Span

_GENERATIONS = ("-младший", "-старший", "-младшая", "-старшая")


def generation_forms(full: list[Name], kin: frozenset[Name] = frozenset()) -> dict[Name, Name]:
    """Each full name with no such word whose first name and surname are those of the one full name of the
    document with it goes to that name (``Олег Сомов`` beside ``Олег Сомов-младший``); beside both
    ``-младший`` and ``-старший`` it stays as it is, and so does one of ``kin``, written after a noun of kin
    (:func:`find_kin_names`)."""
    out: dict[Name, Name] = {}
    distinct = list(dict.fromkeys(full))
    for name in distinct:
        if name.middle or fold(name.last).endswith(_GENERATIONS) or name in kin:
            continue
        whole = [other for other in distinct if fold(other.first) == fold(name.first) and not other.middle
                 and fold(other.last).endswith(_GENERATIONS) and fold(other.last).rpartition("-")[0] == fold(name.last)]
        if len(whole) == 1:
            out[name] = whole[0]
    return out


def strip_generations(full: list[Name]) -> list[tuple[str, Name]]:
    """Each full name whose surname bears the word that tells a father from his son (``Джон Смит-младший``),
    with its surname without it (``смит``): a surname alone written so (``Смит вручил …``) may stand for it."""
    return [(fold(name.last).rpartition("-")[0], name) for name in full
            if name.last and fold(name.last).endswith(_GENERATIONS)]


def find_kin_names(analysis: Analysis, names: dict[Span, Name], morph: Morph) -> frozenset[Name]:
    """The names the text writes right after a noun of kin, in any case, maybe after a possessive
    (``сменил отца Олега Сомова``, ``его отец Олег Сомов``): the name of someone's father, son or brother, no
    other name of a father and son both called so."""
    out = set()
    for span, name in names.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if not tokens or not name.last or fold(name.last).endswith(_GENERATIONS):
            continue
        before = [t for t in analysis.tokens[max(0, tokens[0].index - 2):tokens[0].index] if t.sent == tokens[0].sent]
        if before and before[-1].pos == "DET":
            before = before[:-1]  # ``его``, ``своего``
        if before and before[-1].pos == "NOUN" and before[-1].text.islower() \
                and any(is_kin(morph, lemma) for lemma in morph.forms(before[-1].text)):
            out.add(name)
    return frozenset(out)
