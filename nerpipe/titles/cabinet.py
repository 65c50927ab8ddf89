"""Whether a text about one region speaks of that region's own government: resolve decides it
(:mod:`nerpipe.resolve.cabinet`, ``Resolved.scope.cabinet``), for the ministries it names and for the titles alike.

A minister's title that names no place and not Russia (``назначен министром культуры``) is the federal one's in
a text about the country, but the region's in a text about the region's cabinet.
"""

from __future__ import annotations

from ..ner import Analysis
from ..places import Gazetteer
from ..resolve import Resolved, Scope
from .lexicon import TitleLexicon


def with_cabinet(analysis: Analysis, resolved: Resolved, lexicon: TitleLexicon, gazetteer: Gazetteer) -> Scope:
    """The document's scope as resolve gave it, flagged ``cabinet`` when the text is about one Russian region and
    speaks of its government."""
    return resolved.scope
