"""A republic's legislature named by the words Russia's own bodies share (``Государственный Совет``, ``Государственное
Собрание``) with its convocation and no place (``Государственного Совета пятого созыва``): in a text about one
republic, that republic's; Russia's State Council has no convocations."""

from __future__ import annotations

from ...places import Gazetteer
from ..locations import Scope

_STATE = "государственный"
_NOUNS = frozenset({"совет", "собрание"})
_REPUBLIC = "республика"


def republic_legislature(words: list[str], convoked: bool, scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether a body's words without its convocation (``Государственный Совет``), named with one (``convoked``),
    are the legislature of the one republic the text is about."""
    region = gazetteer.region_by_code.get(scope.region) if scope.region is not None else None
    if not convoked or region is None or region.type != _REPUBLIC or len(words) != 2:
        return False
    morph = gazetteer.morph
    return morph.lemma(words[0]) == _STATE and morph.lemma(words[1]) in _NOUNS
