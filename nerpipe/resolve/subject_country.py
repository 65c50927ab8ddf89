"""Which foreign country a text that names no place of Russia is about, for a state's body it names without a
country (``правительство``, ``кабмин``): the one foreign country the body's sentence names
(:func:`find_sentence_country`), else the country of the text (:func:`find_subject_country`): the one its places
name at least twice as often as all others together, or the one whose other bodies it names by its genitive or
adjective (``парламент Заречья`` … ``кабмин``) — never the first of countries named as often
(``Кабмин одобрил законопроект. Подписание пройдёт в Заречье и в Заморье``: Russia's). And the foreign country a
text names most, with no other as often (:func:`main_foreign_country`)."""

from __future__ import annotations

from collections import Counter

from ..morph import Morph
from ..ner import Analysis
from ..orgs import DIPLOMATIC_BODIES
from ..places import RUSSIA, Place
from ..records import Span
from .named_abroad import names_russia, read_sentences
from .organizations import ResolvedOrg


def read_sentence_countries(analysis: Analysis, places: dict[Span, Place]) -> dict[int, str]:
    """The one foreign country each sentence names that names one, in a text that names no place of Russia (none
    where it does): by sentence, once per text, for :func:`find_sentence_country`."""
    if names_russia(places):
        return {}
    by_sentence = read_sentences(analysis, places)
    return {sent: next(iter(countries)) for sent, (countries, _) in by_sentence.items() if len(countries) == 1}


def find_sentence_country(analysis: Analysis, span: Span, countries: dict[int, str]) -> str | None:
    """The one foreign country the sentence of a mention names (``Заречного лидера сопровождают члены Кабмина``:
    Заречная Республика), in a text that names no place of Russia: there a state's body named without a country is
    not Russia's, though the text is about no one country (it names two). ``None`` where the sentence names none
    or several, or the text names Russia anywhere. ``countries``: :func:`read_sentence_countries`."""
    tokens = analysis.tokens_in(span.start, span.end)
    return countries.get(tokens[0].sent) if tokens else None


def find_subject_country(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                         named: dict[Span, str | None], morph: Morph, home: str | None) -> str | None:
    """The foreign country a text that names no place of Russia is about, whose state a body named by its noun
    alone (``правительство``, ``кабмин``) is of where neither its sentence nor the text's scope says: the one its
    places name at least twice as often as all others together (:func:`~nerpipe.resolve.locations.dominant_country`),
    else the one foreign country whose bodies it names by its genitive or adjective (``парламент Заречья``,
    ``заречского парламента``; ``named``: the country each mention names,
    :func:`~nerpipe.resolve.stated_abroad.countries_named_at`), a mission abroad (``посольство Заречья``) aside;
    ``None`` where the text names a place of Russia, or no one country so (two venues named as often: no subject).
    ``home``: :func:`~nerpipe.resolve.locations.dominant_country` of ``places``, which the caller reads too. Read once
    for all the text's bodies."""
    if names_russia(places):
        return None
    if home is not None:
        return home
    bodies = {org.country for span, org in organizations.items()
              if org.country not in (None, RUSSIA) and named.get(span) == org.country
              and not any(morph.lemma(word) in DIPLOMATIC_BODIES for word in org.name.split()[:2])}
    return bodies.pop() if len(bodies) == 1 else None


def main_foreign_country(places: dict[Span, Place]) -> str | None:
    """The foreign country a document names places of most often, when no other one ties with it."""
    counts = Counter(place.country_code for place in places.values()
                     if place is not None and place.country_code not in (None, RUSSIA)).most_common(2)
    if not counts or len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    return counts[0][0]
