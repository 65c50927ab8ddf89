"""PER spans for a surname natasha tags a place after the noun of what a person leads (``правительства Доснока``,
``администрации Торнбери``): the surname of a person the document names in full, no place."""

from __future__ import annotations

from ...morph import Morph, fold
from ...ner import Analysis
from ...records import LOC, PER, Span

# nouns of what is named after the one who leads it, in the genitive before his surname
_LED = frozenset({"правительство", "кабинет", "администрация", "команда", "режим", "окружение", "штаб",
                  "правление", "эпоха", "президентство", "премьерство"})


def recast_government_surnames(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """One-word LOC spans right after a lower-case noun of :data:`_LED` that are a case form of the surname of a
    full name the document writes (``Иржи Доснок`` … ``правительства Доснока``), a word pymorphy does not know as
    a place: PER spans, whatever place of the world is called so as well."""
    surnames = {form for s in spans if s.type == PER
                for words in [analysis.words_in(s.start, s.end)] if len(words) >= 2
                for form in morph.forms(words[-1].text)}
    if not surnames:
        return spans
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == LOC else []
        if len(tokens) == 1 and tokens[0].index > 0 and tokens[0].text.isalpha() \
                and morph.forms(tokens[0].text) & surnames and not _known_place(morph, tokens[0].text):
            before = analysis.tokens[tokens[0].index - 1]
            if before.text.islower() and before.end + 1 == tokens[0].start \
                    and morph.forms(before.text) & _LED:
                span = Span(span.start, span.end, PER)
        out.append(span)
    return out


def _known_place(morph: Morph, word: str) -> bool:
    """Whether pymorphy knows ``word`` (not by a guess) as the name of a place."""
    folded = fold(word)
    return morph.is_known(folded) and any("Geox" in p.tag for p in morph.parses(folded))
