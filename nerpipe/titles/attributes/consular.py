"""The country of a consular title that states none (``консул``, ``вице-консул``, ``заместитель генерального
консула``): the one country whose missions and consuls the text names (``консульство Китая``, ``генеральный консул
Монголии``), as the staff of a consulate the text speaks of is of its country; none where the text names the
missions of more than one country, or of none."""

from __future__ import annotations

from ...ner import Analysis
from ...orgs import DIPLOMATIC_BODIES
from ...places import COUNTRY, RUSSIA
from ...resolve import Resolved
from ...resolve.russia_names import is_russian
from ..grammar import Title
from ..lexicon import TitleLexicon

# the words of a consul's post (``консул``, ``генконсула``, ``вице-консул``)
_CONSULAR = frozenset({"консул", "генконсул", "вице-консул"})


def consular_country(analysis: Analysis, title: Title, resolved: Resolved, lexicon: TitleLexicon) -> str | None:
    """The country of the missions a text names, for a consular title of no country (see the module)."""
    words = analysis.tokens[title.head: title.last + 1]
    if not any(lexicon.morph.lemma(w.text) in _CONSULAR for w in words):
        return None
    countries = _countries_of_missions(analysis, resolved, lexicon)
    return next(iter(countries)) if len(countries) == 1 else None


def _countries_of_missions(analysis: Analysis, resolved: Resolved, lexicon: TitleLexicon) -> set[str]:
    """The countries of the diplomatic bodies a text names and of the places right after a consul's or a
    mission's word (``консул Монголии``); Russia's among them (``Генконсульство России``)."""
    words = _CONSULAR | DIPLOMATIC_BODIES
    countries = set()
    for span, place in resolved.place_of.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if place is None or place.category != COUNTRY or not tokens or tokens[0].index == 0:
            continue
        if lexicon.morph.lemma(analysis.tokens[tokens[0].index - 1].text) in words:
            countries.add(place.country_code)
    for org in resolved.orgs.values():
        if org.name and lexicon.morph.lemma(org.name.split()[0]) in DIPLOMATIC_BODIES:
            country = org.country or (RUSSIA if is_russian(org.name) else None)
            if country is not None:
                countries.add(country)
    return countries
