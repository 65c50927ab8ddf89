"""A club named after a region, after the adjective of its town: a region is not placed by a town's
or another region's adjective (``краснодарская Кубань``, ``саранскую Мордовию``, ``новосибирской Сибири``), so
the name is the club's, the adjective the place it plays in; where the sentence speaks of team sports, and not
of where a thing is (``сборы на башкирском Урале``, ``отдыхают в пермском Прикамье``: the place)."""

from __future__ import annotations

from ..ner import Analysis, Token
from ..places import Gazetteer
from ..records import LOC, ORG, Span

# what a club may be named after: a region of a country (``Кубань``, ``Мордовия``) or a greater region
# (``Сибирь``, ``Урал``); not a town (``подмосковная Балашиха`` is the town) or a country
_REGION_CATEGORIES = frozenset({"federal_subject", "macro_region"})
# words of team sports (their folded normal forms) that a sentence on a club holds: the club, its game, a verb of
# a match or of a player's transfer (``обыграла``, ``забил за``, ``перешёл в``); not its fans, who travel too
_TEAM_SIGNS = frozenset({"клуб", "матч", "гол", "футбол", "хоккей", "волейбол", "баскетбол", "гандбол", "регби",
                         "лига", "дерби", "фк", "хк", "обыграть", "переиграть", "проиграть",
                         "сыграть", "забить", "разгромить", "перейти"})
# prepositions of where a thing is: ``на башкирском Урале``, ``по пермскому Прикамью``, ``в мурманской Арктике``
# (``в`` with the locative only: ``перешёл в саранскую Мордовию`` is the club)
_WHERE = frozenset({"на", "по"})


def recast_placed_clubs(analysis: Analysis, spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``spans`` with each one-word LOC span of a region after a lower-case adjective of a town or of a region
    that agrees with it retyped ORG: ``краснодарская [Кубань]``, ``из новосибирской [Сибири]``; the adjective
    keeps its own span; a country's adjective places the region (``российская Карелия``), and a written
    name's own adjective (``Тверская Карелия``) is capitalised. The sentence holds a word of team sports
    (:data:`_TEAM_SIGNS`), and no preposition of where a thing is opens the adjective (``на башкирском Урале``,
    ``в мурманской Арктике``: the place)."""
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
    return home is not None and home.category != "country" and not _names_where(analysis, adjective) \
        and _speaks_of_team_sports(analysis, noun, gazetteer)


def _names_where(analysis: Analysis, adjective: Token) -> bool:
    """Whether a preposition of where a thing is opens the adjective: ``на``, ``по``, or ``в`` with the locative."""
    if adjective.index == 0:
        return False
    before = analysis.tokens[adjective.index - 1]
    word = before.text.lower()
    return before.sent == adjective.sent and (
        word in _WHERE or word in ("в", "во") and adjective.feat.get("Case") == "Loc")


def _speaks_of_team_sports(analysis: Analysis, noun: Token, gazetteer: Gazetteer) -> bool:
    """Whether a word of the noun's sentence is a word of team sports (:data:`_TEAM_SIGNS`)."""
    morph = gazetteer.morph
    return any(morph.forms(token.text) & _TEAM_SIGNS for token in analysis.tokens
               if token.sent == noun.sent and token.text.isalpha())


def _agree(adjective: Token, noun: Token) -> bool:
    """Whether the adjective's case and number are the noun's (where the tagger gives both)."""
    left, right = adjective.feat, noun.feat
    return all(left.get(key) == right.get(key) for key in ("Case", "Number") if key in left and key in right)
