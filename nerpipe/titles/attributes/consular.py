"""The country of a consular title that states none (``консул``, ``вице-консул``, ``заместитель генерального
консула``): the one country whose consulates and consuls the title's sentence or the one before names
(``консульство Китая``, ``генеральный консул Монголии``), as the staff of a consulate the text speaks of is of its
country. None where they name the consulates of more than one country, or of none (an embassy's staff are no
consuls: ``Посольство Франции провело приём … консул``), and none where the title's sentence names a body of
another country (``консул Пётр Зорин, сотрудник МИД России``): which body he serves is what it says."""

from __future__ import annotations

from ...ner import Analysis
from ...places import COUNTRY, RUSSIA
from ...records import ORG, OrgEntity
from ...resolve import Resolved
from ...resolve.russia_names import is_russian
from ..grammar import Title
from ..lexicon import TitleLexicon

# the words of a consul's post (``консул``, ``генконсула``, ``вице-консул``)
_CONSULAR = frozenset({"консул", "генконсул", "вице-консул"})
# the words of a consulate's name (``Генеральное консульство``, ``генконсульство``)
_CONSULATES = frozenset({"консульство", "генконсульство"})


def consular_country(analysis: Analysis, title: Title, resolved: Resolved, lexicon: TitleLexicon) -> str | None:
    """The country of the consulates near a consular title of no country (see the module)."""
    words = analysis.tokens[title.head: title.last + 1]
    if not any(lexicon.morph.lemma(w.text) in _CONSULAR for w in words):
        return None
    sent = analysis.tokens[title.head].sent
    countries = _countries_of_consulates(analysis, resolved, lexicon, sent)
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    others = {_country_of(org.name, org.country) for org in _orgs_of_sentence(analysis, resolved, sent)
              if not _consulate(org.name, lexicon)}
    return None if others - {None, country} else country


def _countries_of_consulates(analysis: Analysis, resolved: Resolved, lexicon: TitleLexicon, sent: int) -> set[str]:
    """The countries of the consulates named in sentence ``sent`` or the one before, and of the countries right
    after a consul's or a consulate's word there (``консул Монголии``); Russia's among them
    (``Генконсульство России``)."""
    words = _CONSULAR | _CONSULATES
    countries = set()
    for span, place in resolved.place_of.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if place is None or place.category != COUNTRY or not tokens or tokens[0].index == 0 \
                or not sent - 1 <= tokens[0].sent <= sent:
            continue
        if lexicon.morph.lemma(analysis.tokens[tokens[0].index - 1].text) in words:
            countries.add(place.country_code)
    for org in [*_orgs_of_sentence(analysis, resolved, sent - 1), *_orgs_of_sentence(analysis, resolved, sent)]:
        if _consulate(org.name, lexicon) and (country := _country_of(org.name, org.country)) is not None:
            countries.add(country)
    return countries


def _orgs_of_sentence(analysis: Analysis, resolved: Resolved, sent: int) -> list[OrgEntity]:
    """The bodies named in sentence ``sent``."""
    found = []
    for span, org_id in resolved.entity_of.items():
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if tokens and tokens[0].sent == sent and (org := resolved.orgs.get(org_id)) is not None:
            found.append(org)
    return found


def _consulate(name: str, lexicon: TitleLexicon) -> bool:
    """Whether a body's name is a consulate's (``Генеральное консульство Лаоса``)."""
    return any(lexicon.morph.lemma(word) in _CONSULATES for word in name.split()[:2])


def _country_of(name: str, country: str | None) -> str | None:
    """A body's country, Russia's for a name that says so (``МИД России``)."""
    return country or (RUSSIA if is_russian(name) else None)
