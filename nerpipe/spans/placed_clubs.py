"""A club named after a region, after the adjective of its town: a region is not placed by a town's
or another region's adjective (``краснодарская Кубань``, ``саранскую Мордовию``, ``новосибирской Сибири``), so
the name is the club's, the adjective the place it plays in."""

from __future__ import annotations

from ..ner import Analysis, Token
from ..places import Gazetteer
from ..records import LOC, ORG, Span

# what a club may be named after: a region of a country (``Кубань``, ``Мордовия``) or a greater region
# (``Сибирь``, ``Урал``); not a town (``подмосковная Балашиха`` is the town) or a country
_REGION_CATEGORIES = frozenset({"federal_subject", "macro_region"})


def recast_placed_clubs(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with each one-word LOC span of a region after a lower-case adjective of a town or of a region
    that agrees with it retyped ORG: ``краснодарская [Кубань]``, ``из новосибирской [Сибири]``; the adjective
    keeps its own span; a country's adjective places the region (``российская Карелия``), and a written
    name's own adjective (``Тверская Карелия``) is capitalised."""
    out = []
    for span in spans:
        if span.type == LOC and _is_placed_club(analysis, span, gazetteer):
            span = Span(span.start, span.end, ORG)
        out.append(span)
    return out


def _is_placed_club(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 1 or not tokens[0].text[:1].isupper() or tokens[0].index == 0:
        return False
    noun = tokens[0]
    adjective = analysis.tokens[noun.index - 1]
    if adjective.sent != noun.sent or adjective.pos != "ADJ" or not adjective.text.islower() \
            or not _agree(adjective, noun):
        return False
    place = gazetteer.lookup(noun.text)
    if place is None or place.category not in _REGION_CATEGORIES:
        return False
    home = gazetteer.place_of_adjective(adjective.text)
    if home is None:
        home = gazetteer.town_of_adjective(adjective.text, soft=True)
    return home is not None and home.category != "country"


def _agree(adjective: Token, noun: Token) -> bool:
    """Whether the adjective's case and number are the noun's (where the tagger gives both)."""
    left, right = adjective.feat, noun.feat
    return all(left.get(key) == right.get(key) for key in ("Case", "Number") if key in left and key in right)
