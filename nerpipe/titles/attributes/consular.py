"""The country of a consular title that states none (``консул``, ``вице-консул``, ``заместитель генерального
консула``): the one resolve gives the consuls of the title's sentence (:mod:`nerpipe.resolve.consulates`), the
country whose consulates that sentence or the one before names."""

from __future__ import annotations

from ...ner import Analysis
from ...resolve import Resolved
from ...resolve.consulates import CONSULAR
from ..grammar import Title
from ..lexicon import TitleLexicon


def consular_country(analysis: Analysis, title: Title, resolved: Resolved, lexicon: TitleLexicon) -> str | None:
    """The country of the consuls of a consular title's sentence, for a title of no country (see the module)."""
    words = analysis.tokens[title.head: title.last + 1]
    if not any(lexicon.morph.lemma(w.text) in CONSULAR for w in words):
        return None
    return resolved.consul_countries.get(analysis.tokens[title.head].sent)
