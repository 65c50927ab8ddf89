"""Whether a text about one region speaks of that region's own government: its cabinet, its ministries.

Russia's regions have ministries of the names of the federal ones (``министерство сельского хозяйства``). A
minister's title that names no place and not Russia (``назначен министром культуры``) is the federal one's in
a text about the country, but the region's in a text about the region's cabinet: one that names the region's
government or a ministry of it (``правительства области``, ``министр образования Тверской области``,
``регионального министерства``, ``краевой минздрав``), where an appointment or a meeting of ministers is the
region's. A governor alone is no such sign: he also meets federal ministers.
"""

from __future__ import annotations

from ..morph import fold
from ..ner import Analysis
from ..places import Gazetteer
from ..records import LOC
from ..resolve import Resolved, Scope
from ..resolve.regional import opens_regional_body
from .attributes import CABINET_TITLES, generic_of_scope
from .lexicon import TitleLexicon

_CABINET_WORDS = frozenset({"правительство", "кабмин", "министерство", "минздрав", "зампред", "кабинет"}) \
    | CABINET_TITLES
_MAX_PHRASE = 6  # words of a ministry's name between a cabinet word and its region
_BODY_HEADS = ("Правительство ", "Министерство ", "Кабинет министров ")


def with_cabinet(analysis: Analysis, resolved: Resolved, lexicon: TitleLexicon, gazetteer: Gazetteer) -> Scope:
    """The document's scope, flagged ``cabinet`` when it is about one Russian region and speaks of its
    government (see the module)."""
    scope = resolved.scope
    if scope.region is None or scope.country is not None:
        return scope
    if speaks_of_cabinet(analysis, resolved, lexicon, gazetteer):
        return Scope(scope.region, scope.country, True)
    return scope


def speaks_of_cabinet(analysis: Analysis, resolved: Resolved, lexicon: TitleLexicon, gazetteer: Gazetteer) -> bool:
    """A body of the region's government among the document's organizations, or a word of a cabinet with the
    adjective of its level (or ``региональный``) before it or a region after it (a generic ``области``,
    ``региона`` or a place of the region)."""
    scope = resolved.scope
    region = scope.region
    if any(org.region_code == region and org.name.startswith(_BODY_HEADS) for org in resolved.orgs.values()):
        return True
    tokens = analysis.tokens
    places = {span.start: place for span, place in resolved.place_of.items() if span.type == LOC}
    morph = lexicon.morph
    for token in tokens:
        if not _cabinet_word(token.text, lexicon):
            continue
        before = tokens[token.index - 1] if token.index > 0 else None
        if before is not None and opens_regional_body(before.text, scope, gazetteer):
            return True
        if _region_after(tokens, token.index, places, morph, scope, gazetteer):
            return True
    return False


def _cabinet_word(word: str, lexicon: TitleLexicon) -> bool:
    """A word of a cabinet, also built on a minister's title (``экс-министра``, ``вице-премьера`` of a region's
    government are as much its signs as ``министра``)."""
    return lexicon.morph.lemma(fold(word)) in _CABINET_WORDS or lexicon.title_lemma(word) in _CABINET_WORDS


def _region_after(tokens, index: int, places: dict, morph, scope: Scope, gazetteer: Gazetteer) -> bool:
    """A region in the genitive among the nouns and adjectives right after a cabinet word (``правительства
    Тверской области``, ``министр социального развития области``)."""
    for after in tokens[index + 1: index + 1 + _MAX_PHRASE]:
        if after.sent != tokens[index].sent or after.pos not in ("ADJ", "NOUN", "PROPN", "CCONJ"):
            return False
        place = places.get(after.start)
        if place is not None:
            return place.region_code == scope.region
        if after.feat.get("Case") == "Gen" and generic_of_scope({morph.lemma(fold(after.text))}, scope, gazetteer):
            return True
    return False
