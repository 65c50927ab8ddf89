"""A town the gazetteer places in one country named with a division of another right after it (``Сан-Хосе, штат
Калифорния``, ``Кембридж (штат Массачусетс)``): the town of that name in the division's country, not the
gazetteer's (:func:`towns_in_named_states`)."""

from __future__ import annotations

import re

from ..morph import fold
from ..ner import Analysis
from ..places import FOREIGN_DIVISIONS, Place
from ..records import Span

# what stands between a town and the division after it that says where the town is: a comma or a bracket
_BETWEEN = re.compile(r"\s*[,(]\s*(?:шт\.\s*)?")


def towns_in_named_states(analysis: Analysis, places: dict[Span, Place]) -> dict[Span, Place]:
    """``places`` with each town of a country followed by a comma or a bracket and a division of another country
    (see the module) made a town of that country, of no region."""
    ordered = sorted(places, key=lambda span: span.start)
    out = dict(places)
    for span, after in zip(ordered, ordered[1:]):
        town, division = places[span], places[after]
        if town is None or division is None or town.country_code is None or division.country_code is None \
                or town.country_code == division.country_code or town.category == "country":
            continue
        between = analysis.text[span.end:after.start]
        if not _BETWEEN.fullmatch(between) or "\n" in between:
            continue
        if not (fold(division.name).split()[0] in FOREIGN_DIVISIONS or "шт." in between):
            continue
        out[span] = Place(town.name, town.category, None, division.country_code)
    return out
