"""Abbreviations of districts that are legal forms too: after ``по`` ``ЗАО`` is Moscow's Western district and
``НАО`` the Novomoskovsky or the Nenets one (``УВД по ЗАО ГУ МВД России по Москве``), no closed joint-stock
company opening a name, so natasha's span that opens with one before an abbreviation (``ЗАО ГУ``) is cut to what
follows it, and the district is a place of its own, which the ``по`` phrase of the unit before it takes in
(:mod:`nerpipe.spans.growth`)."""

from __future__ import annotations

from ..morph import fold
from ..ner import Analysis
from ..orgs import is_abbreviation
from ..records import LOC, ORG, Span

# legal forms that are also districts' abbreviations
DISTRICT_FORMS = frozenset({"ЗАО", "НАО"})


def cut_district_form(analysis: Analysis, span: Span) -> tuple[Span | None, Span | None]:
    """An ORG span that opens with a district's abbreviation after ``по``, alone or before an abbreviation, cut
    to what follows it (``[ЗАО] ГУ`` → ``ГУ``; ``None`` where nothing does), and the district's place; any other
    span as it is, and no place (``ЗАО «Кедр»``, ``акции ЗАО Кедр``, ``решение по ЗАО «Кедр»``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if span.type != ORG or not tokens or tokens[0].text not in DISTRICT_FORMS or tokens[0].index == 0 \
            or fold(analysis.tokens[tokens[0].index - 1].text) != "по" \
            or len(tokens) > 1 and not is_abbreviation(tokens[1].text):
        return span, None
    district = Span(tokens[0].start, tokens[0].end, LOC)
    return (Span(tokens[1].start, span.end, ORG) if len(tokens) > 1 else None), district
