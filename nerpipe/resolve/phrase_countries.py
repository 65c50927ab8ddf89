"""The foreign country a body or a place of no country is of by its own phrase (:func:`country_of_phrase`: ``китайский
«…»``, ``… в Руанде``, ``… (шт. Иллинойс)``, ``…, неподалёку от Тбилиси``), else by the one the document is plainly
about (:func:`country_abroad`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..ner import Analysis
from ..places import RUSSIA, Place
from ..records import Span

if TYPE_CHECKING:
    from .locations import Scope


def country_abroad(analysis: Analysis | None, span: Span, places: dict[Span, Place], scope: Scope,
                   after: bool = True, governed: bool = False) -> str | None:
    """The foreign country a body or a place of no country named at ``span`` is of: the one its own
    phrase names (:func:`country_of_phrase`, with ``after`` and ``governed`` as there), else the one the
    document is plainly about (``scope``), else ``None``. The one decision of whose a thing abroad the
    text names without its country is."""
    phrase = country_of_phrase(analysis, span, places, after, governed) if analysis is not None else None
    return phrase or scope.country


# what may stand between a name and a place after it that says where it is: ``в``/``во`` (the place in
# the locative), or an opening bracket with a word of the place's kind (``(шт. Иллинойс)``, ``(Руанда)``)
_PLACE_AFTER = re.compile(r"\s*(?:(?:в|во)\s+|\(\s*(?:[а-яё]+\.?\s+)?)")
_QUOTES = "«\"“„'"
# what may stand between a place and a town after it that says it lies near that town (``Мухрани, неподалёку от
# Тбилиси``, ``в 20 км от …``, ``близ …``, ``под …``): the place is in the town's country
_NEAR = re.compile(r"\s*,?\s*(?:(?:неподал[её]ку|недалеко|невдалеке|в\s+\d+(?:[.,]\d+)?\s*(?:км|километр[а-я]*))"
                   r"\s+от|близ|вблизи|под)\s+")


def country_of_phrase(analysis: Analysis, span: Span, places: dict[Span, Place], after: bool = True,
                      governed: bool = False) -> str | None:
    """The foreign country the phrase of a name says: of an adjective of a place abroad right before
    it (``китайский «…»``, ``в корейском …``), or (``after``) of a place abroad right after it, in the
    locative after ``в`` or in brackets (``… в Руанде``, ``… (шт. Иллинойс)``), or said to be near it (``…,
    неподалёку от Тбилиси``); with ``governed``, a
    place after ``в`` only where it depends on a word of the name (``университета в …``, not
    ``штаб-квартиры ФСЭГ в …``). ``None`` for a phrase that names none, or a place of Russia."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return None
    text = analysis.text
    inside = {token.index for token in tokens}
    for other, place in sorted(places.items(), key=lambda item: item[0].start):
        if place is None or place.country_code in (None, RUSSIA) or other == span:
            continue
        words = analysis.tokens_in(other.start, other.end)
        if not words:
            continue
        if other.end <= span.start:
            between = text[other.end:span.start]
            if not between.strip(" " + _QUOTES) and words[-1].pos == "ADJ":
                return place.country_code
        elif after and other.start >= span.end and _placed_after(text[span.end:other.start], words[0]) \
                and (not governed or "(" in text[span.end:other.start] or words[0].head in inside):
            return place.country_code
    return None


def _placed_after(between: str, first) -> bool:
    """Whether the text between a name and a place after it says the name is in that place: ``в``
    before the place in the locative, or an opening bracket (``(шт. Иллинойс)``); or near it (``, неподалёку от``,
    ``близ``, ``под``, ``в 20 км от``)."""
    if _NEAR.fullmatch(between):
        return True
    match = _PLACE_AFTER.fullmatch(between)
    if match is None:
        return False
    return "(" in between or first.feat.get("Case") == "Loc"
