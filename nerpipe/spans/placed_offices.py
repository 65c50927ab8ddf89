"""A federal agency's regional office named by its abbreviation and the adjective of its region before it
(``заречное УФАС``, ``Заречного ГУ МВД``): the adjective says which office it is, so it is part of the name,
though a dictionary's body takes no adjective (``российского МИДа``); and one named by the quoted name of its
town after the agency (``МО МВД России «Заречное»``)."""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import OrgLexicon, is_office_abbreviation
from ..places import Gazetteer
from ..records import ORG, Span
from ..text import QUOTE_PAIRS

_COUNTRY_WORDS = frozenset({"России", "РФ"})  # the agency's country after its abbreviation


def grow_placed_offices(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon, gazetteer: Gazetteer
                        ) -> list[Span]:
    """The spans with each office abbreviation's span (:func:`~nerpipe.orgs.is_office_abbreviation`) grown to the
    adjective of a Russian region or federal city before it, in the same sentence; an ORG span of that adjective
    alone (natasha's ``Заречное``) goes."""
    tokens = analysis.tokens
    grown: dict[Span, Span] = {}
    for span in spans:
        inner = analysis.tokens_in(span.start, span.end)
        if span.type != ORG or not inner or inner[0].index == 0:
            continue
        if not is_office_abbreviation([token.text for token in inner], lexicon):
            run = _office_run(analysis, inner[0].index, lexicon)  # ``МУ`` + ``МВД России`` + ``«Заречное»``
            quoted = _quoted_after(analysis, run) if run is not None and run > inner[-1].index else None
            if quoted is not None:
                grown[span] = Span(span.start, quoted, ORG)
            continue
        run = _office_run(analysis, inner[0].index, lexicon)
        quoted = _quoted_after(analysis, run) if run is not None else None
        if quoted is not None and quoted > span.end:
            grown[span] = Span(span.start, quoted, ORG)
            continue
        before = tokens[inner[0].index - 1]
        if before.sent == inner[0].sent and before.text.isalpha() \
                and gazetteer.region_of_adjective(before.text) is not None:
            grown[span] = Span(before.start, span.end, ORG)
    if not grown:
        return spans
    adjectives = {(new.start, old.start) for old, new in grown.items()}
    named = [new for old, new in grown.items() if new.end > old.end]  # an office grown to its quoted town
    kept = [grown.get(span, span) for span in spans
            if span in grown or not (span.type == ORG and any(span.start == start and span.end <= end
                                                              for start, end in adjectives))]
    return list(dict.fromkeys(_to_office_end(span, named) for span in kept
                              if not (span.type == ORG and span not in named and any(
                                  _piece_of(analysis.text, span, new) for new in named))))


def _piece_of(text: str, span: Span, office: Span) -> bool:
    """Whether ``span`` is the office's abbreviation cut short (``МУ``) or its quoted town (``Заречное``)."""
    if not office.contains(span) or span == office:
        return False
    return span.start == office.start or text[span.start - 1:span.start] in QUOTE_PAIRS


def _to_office_end(span: Span, named: list[Span]) -> Span:
    """``span`` grown to the end of an office's name it stops inside (``службы МУ`` + ``МВД России «Заречное»``)."""
    for office in named:
        if span.type == ORG and span.start < office.start < span.end < office.end:
            return Span(span.start, office.end, ORG)
    return span


def _office_run(analysis: Analysis, first: int, lexicon: OrgLexicon) -> int | None:
    """The last of the abbreviations from ``first`` on that make an office's (``МУ МВД``), or ``None``."""
    tokens = analysis.tokens
    for last in range(first, min(first + 3, len(tokens))):
        if not (tokens[last].text.isalpha() and tokens[last].text.isupper()):
            return None
        if is_office_abbreviation([t.text for t in tokens[first:last + 1]], lexicon):
            return last
    return None


def _quoted_after(analysis: Analysis, last: int) -> int | None:
    """The end of a quoted name with a capital right after an office's abbreviation or the agency's country
    after it (``МО МВД`` + ``России «Заречное»``), in the same sentence; ``None`` when none follows."""
    tokens = analysis.tokens
    index = last + 1
    if index < len(tokens) and tokens[index].text in _COUNTRY_WORDS:
        index += 1
    if index + 2 >= len(tokens) or tokens[index].text not in QUOTE_PAIRS or not tokens[index + 1].text[:1].isupper():
        return None
    closing = QUOTE_PAIRS[tokens[index].text]
    for token in tokens[index + 1:index + 5]:
        if token.sent != tokens[last].sent:
            return None
        if token.text == closing:
            return token.end
    return None
