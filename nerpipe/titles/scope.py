"""The country a title states.

A title's country is the one it states — a country, or a place of a country, named inside it
(``посол Японии в России`` → JP), a country's or a region's adjective (``израильский министр`` →
IL), ``РФ``; else the country resolve gives its organization (:mod:`nerpipe.resolve`); else, for
a state's title, the foreign country the document is about (``Resolved.scope``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..morph import fold
from ..ner import Analysis, Token
from ..places import RUSSIA, Gazetteer, Place
from ..resolve.locations import Scope
from ..resolve.russia_names import is_russian
from .lexicon import TitleLexicon
from .subjects import sentence_tokens


def stated_country(places: Iterable[Place | None], tokens: list, gazetteer: Gazetteer) -> str | None:
    """The country a phrase names (:meth:`Gazetteer.country_named_in`: a place, or a country's or a
    federal subject's adjective); ``РФ`` and ``России`` written inside another name are Russia."""
    found = gazetteer.country_named_in(places, tokens)
    if found is None and is_russian(" ".join(t.text for t in tokens)):
        return RUSSIA
    return found


# what one "goes" to when one leaves a post: "отправился в отставку", "отправилась на пенсию" — no trip
_LEAVING = frozenset({("в", "отставка"), ("на", "пенсия"), ("в", "запас")})


def visit_scope(analysis: Analysis, sent: int, scope: Scope, lexicon: TitleLexicon) -> Scope:
    """The scope of a title in sentence ``sent``, which speaks of a visit (``прибыл в``, ``визит``): its region
    kept, its country dropped (a visitor is not presumed to be of the country the text is about). A sentence
    whose every visit word goes with leaving a post (``в отставку отправились министр …``) speaks of no trip:
    its titles keep the whole scope, the region's cabinet too."""
    tokens = sentence_tokens(analysis, sent)
    visiting = [k for k, t in enumerate(tokens) if t.pos in ("VERB", "NOUN")
                and lexicon.morph.forms(t.text) & lexicon.visits]
    if visiting and all(_leaves_post(tokens, k, lexicon) for k in visiting):
        return scope
    return Scope(scope.region, None)


def _leaves_post(tokens: list[Token], k: int, lexicon: TitleLexicon) -> bool:
    """Whether the visit word ``tokens[k]`` is a verb with ``в отставку``/``на пенсию`` right before or after it."""
    if tokens[k].pos != "VERB":
        return False
    pairs = [(tokens[j], tokens[j + 1]) for j in (k - 2, k + 1) if j >= 0 and j + 1 < len(tokens)]
    return any((fold(a.text), lexicon.morph.lemma(b.text)) in _LEAVING for a, b in pairs)
