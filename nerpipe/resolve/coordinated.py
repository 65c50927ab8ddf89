"""The body a noun alone names before ``и`` and a body named with a place: that place's (``генштаба`` of
``генштаба и спецслужб Заречья`` is the General Staff of Заречье; the spans are
:func:`nerpipe.spans.listed.find_shared_places`'s)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..ner import Analysis
from ..records import Span
from .ids import org_id_for

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def name_shared_places(analysis: Analysis, resolved: dict[Span, ResolvedOrg]) -> None:
    """A body's noun alone in lower case (its adjectives too) before ``и`` and a body named with a place (or
    ``страны``) at its end (``генштаба`` of ``генштаба и спецслужб Заречья``) is that place's: its name the noun's
    with the place's words after it, its region and country that body's
    (:func:`nerpipe.spans.listed.find_shared_places`)."""
    text = analysis.text
    by_start = {span.start: (span, org) for span, org in resolved.items()}
    for span, org in list(resolved.items()):
        tokens = analysis.tokens_in(span.start, span.end)
        if not tokens or any(t.text[:1].isupper() for t in tokens):
            continue  # only a noun in lower case (not ``Тверская городская администрация и мэрия Твери``)
        after = text[span.end:span.end + 3]
        if after != " и " or span.end + 3 not in by_start:
            continue
        other_span, other = by_start[span.end + 3]
        other_tokens = analysis.tokens_in(other_span.start, other_span.end)
        place = other_tokens[-1]
        if len(other_tokens) < 2 or not (place.text[:1].isupper() or place.pos == "NOUN") \
                or place.feat.get("Case") != "Gen" or len(org.name.split()) != len(tokens):
            continue
        name = f"{org.name} {text[place.start:other_span.end]}"
        resolved[span] = replace(other, org_id=org_id_for(name), name=name, abbr=None)
