"""The country of a consul's staff named by post alone (``консул``, ``вице-консул``, ``заместитель генерального
консула``): the one country whose consulates and consuls a sentence or the one before names (``консульство Китая``,
``генеральный консул Монголии``), as the staff of a consulate the text speaks of is of its country. None where they
name the consulates of more than one country, or of none (an embassy's staff are no consuls: ``Посольство Франции
провело приём … консул``), and none where the sentence names a body of another country (``консул Пётр Зорин,
сотрудник МИД России``): which body he serves is what it says. Resolve decides it, by sentence, for the sentences
that name a consul's post; a title of no country reads it (:mod:`nerpipe.titles.attributes.consular`)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis
from ..places import COUNTRY, RUSSIA, Place
from ..records import ORG, OrgEntity, Span
from .russia_names import is_russian

# the words of a consul's post (``консул``, ``генконсула``, ``вице-консул``)
CONSULAR = frozenset({"консул", "генконсул", "вице-консул"})
_CONSUL_STEM = "консул"  # what every form of those words holds: the one token a lemma is asked of
# the words of a consulate's name (``Генеральное консульство``, ``генконсульство``)
_CONSULATES = frozenset({"консульство", "генконсульство"})


def consular_countries(analysis: Analysis, places: dict[Span, Place | None], entity_of: dict[Span, str],
                       orgs: dict[str, OrgEntity], morph: Morph) -> dict[int, str]:
    """The country of the consuls each sentence naming a consul's post speaks of, by the sentence's index (see the
    module); a sentence of no one such country is left out."""
    out = {}
    for sent in sorted({token.sent for token in analysis.tokens if _CONSUL_STEM in fold(token.text)
                        and morph.lemma(token.text) in CONSULAR}):
        countries = _countries_of_consulates(analysis, places, entity_of, orgs, morph, sent)
        if len(countries) != 1:
            continue
        country = next(iter(countries))
        others = {_country_of(org.name, org.country) for org in _orgs_of_sentence(analysis, entity_of, orgs, sent)
                  if not _consulate(org.name, morph)}
        if not others - {None, country}:
            out[sent] = country
    return out


def _countries_of_consulates(analysis: Analysis, places: dict[Span, Place | None], entity_of: dict[Span, str],
                             orgs: dict[str, OrgEntity], morph: Morph, sent: int) -> set[str]:
    """The countries of the consulates named in sentence ``sent`` or the one before, and of the countries right
    after a consul's or a consulate's word there (``консул Монголии``); Russia's among them
    (``Генконсульство России``)."""
    words = CONSULAR | _CONSULATES
    countries = set()
    for span, place in places.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if place is None or place.category != COUNTRY or not tokens or tokens[0].index == 0 \
                or not sent - 1 <= tokens[0].sent <= sent:
            continue
        if morph.lemma(analysis.tokens[tokens[0].index - 1].text) in words:
            countries.add(place.country_code)
    for org in [*_orgs_of_sentence(analysis, entity_of, orgs, sent - 1),
                *_orgs_of_sentence(analysis, entity_of, orgs, sent)]:
        if _consulate(org.name, morph) and (country := _country_of(org.name, org.country)) is not None:
            countries.add(country)
    return countries


def _orgs_of_sentence(analysis: Analysis, entity_of: dict[Span, str], orgs: dict[str, OrgEntity],
                      sent: int) -> list[OrgEntity]:
    """The bodies named in sentence ``sent``."""
    found = []
    for span, org_id in entity_of.items():
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if tokens and tokens[0].sent == sent and (org := orgs.get(org_id)) is not None:
            found.append(org)
    return found


def _consulate(name: str, morph: Morph) -> bool:
    """Whether a body's name is a consulate's (``Генеральное консульство Лаоса``)."""
    return any(morph.lemma(word) in _CONSULATES for word in name.split()[:2])


def _country_of(name: str, country: str | None) -> str | None:
    """A body's country, Russia's for a name that says so (``МИД России``)."""
    return country or (RUSSIA if is_russian(name) else None)
