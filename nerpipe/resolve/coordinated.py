"""The body a noun alone names before ``и`` and a body named with a place: that place's (``генштаба`` of
``генштаба и спецслужб Заречья`` is the General Staff of Заречье; the spans are
:func:`nerpipe.spans.listed.find_shared_places`'s). A unit named by what it deals with before ``и`` and another
unit of a body named after it: that body's (``комитета по бюджету`` of ``комитета по бюджету и подкомитета по
налогам Озёрного сейма``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..morph import fold
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..records import Span
from .ids import org_id_for

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def name_shared_places(analysis: Analysis, resolved: dict[Span, ResolvedOrg], spans: list[Span],
                       lexicon: OrgLexicon) -> None:
    """A body's noun alone in lower case (its adjectives too) before ``и`` and a body named with a place (or
    ``страны``) at its end (``генштаба`` of ``генштаба и спецслужб Заречья``) is that place's: its name the noun's
    with the place's words after it (all of them: ``Генштаб Южной Кореи``), its region and country that body's
    (:func:`nerpipe.spans.listed.shared_place`). Before ``страны`` of a body whose country the document does not
    give, the noun names no body: its span is dropped (``министерства и ведомства страны``)."""
    from ..spans.listed import shared_place  # here: ``nerpipe.spans`` imports what imports ``nerpipe.resolve``

    text = analysis.text
    for span, org, other_span, other in _pairs(text, resolved):
        place = shared_place(analysis, span, other_span, spans, lexicon)
        if place is None or len(org.name.split()) != len(analysis.tokens_in(span.start, span.end)):
            continue
        if other.country is None and other.region_code is None and text[place.start:place.end][:1].islower():
            del resolved[span]  # ``страны`` of no country the document gives: nothing to share
            continue
        _share(resolved, span, org, other, text[place.start:other_span.end])


_UNIT = "unit"


def name_shared_owners(analysis: Analysis, resolved: dict[Span, ResolvedOrg], lexicon: OrgLexicon) -> None:
    """A unit named by its noun and what it deals with alone (``комитета по бюджету``) before ``и`` and another
    unit named with the body it belongs to in the genitive at its end (``подкомитета по налогам Озёрного сейма``)
    is that body's too: its name the unit's with the body's words after it as written (``Комитет по бюджету
    Озёрного сейма``), its region and country the other unit's. The body is the first span inside the other unit
    ending where it ends that is no unit itself; an other unit's span holding ``и`` (a list of its own) shares
    none."""
    text = analysis.text
    by_end: dict[int, list[Span]] = {}
    for inner in resolved:
        by_end.setdefault(inner.end, []).append(inner)
    for span, org, other_span, _ in _pairs(text, resolved):
        if org.abbr is not None or " и " in text[other_span.start:other_span.end]:
            continue
        tokens = analysis.tokens_in(span.start, span.end)
        if len(tokens) < 3 or fold(tokens[1].text) != "по" or not tokens[0].text.islower() \
                or not _is_unit(tokens[0].text, lexicon) \
                or not _is_unit(analysis.tokens_in(other_span.start, other_span.end)[0].text, lexicon):
            continue
        owner = min((inner for inner in by_end[other_span.end] if other_span.start < inner.start
                     and not _is_unit(analysis.tokens_in(inner.start, inner.end)[0].text, lexicon)),
                    key=lambda inner: inner.start, default=None)
        if owner is None or any(inner != span and span.contains(inner) for inner in resolved):
            continue
        _share(resolved, span, org, resolved[other_span], text[owner.start:owner.end])


def _pairs(text: str, resolved: dict[Span, ResolvedOrg]):
    """Each span of ``resolved`` and its body (as they were before any change) with the span right after it
    beyond ``и`` and that one's body (as it was)."""
    before = dict(resolved)
    by_start = {span.start: span for span in before}
    for span, org in before.items():
        other_span = by_start.get(span.end + 3)
        if text[span.end:span.end + 3] == " и " and other_span is not None:
            yield span, org, other_span, before[other_span]


def _share(resolved: dict[Span, ResolvedOrg], span: Span, org: ResolvedOrg, other: ResolvedOrg, after: str) -> None:
    """``span`` takes ``other``'s body named by its own name and the words ``after`` it."""
    name = f"{org.name} {after}"
    resolved[span] = replace(other, org_id=org_id_for(name), name=name, abbr=None)


def _is_unit(word: str, lexicon: OrgLexicon) -> bool:
    return lexicon.kind_of(word) == _UNIT
