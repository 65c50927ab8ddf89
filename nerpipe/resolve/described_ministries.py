"""A ministry named by what it does (``внешнеполитическое ведомство``, ``военного ведомства Заморья``,
``финансовое министерство``: an adjective of ``resources/described_bodies.csv`` before ``ведомство`` or
``министерство``) is the ministry the text names by its name for the same country (``МИД Заморья``,
``Министерства иностранных дел``); where the text names none, it is that ministry all the same, named in full
(Russia's by the dictionary's name, another country's with the country's genitive).

A described ministry is of the country its mention gives it (an adjective or a genitive of a country abroad:
``британского внешнеполитического ведомства``); of none, of the one ministry of its remit the text names, or else
Russia's. A named ministry is keyed by the dictionary's body its words are, without its country's genitive
(``Минобороны Заморья`` → ``Министерство обороны``), so a ministry of a name of its own (a state's ``Министерство
вооружённых сил``) stays apart. A country's adjective and ``ведомство`` alone (``российского ведомства``) is the
state body of that country the text names last before it (:func:`join_bare_departments`)."""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import RUSSIA, Gazetteer
from ..records import Span
from .abroad import foreign_counterpart
from .ids import org_id_for
from .org_spellings import without_country
from .organizations import ResolvedOrg
from .russia_names import RUSSIAN_ADJECTIVE


def join_described_ministries(analysis: Analysis, organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                              gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each ministry named by what it does made the ministry the text names for its
    country, or named in full (see the module)."""
    organizations = join_bare_departments(analysis, organizations, lexicon, gazetteer)
    described = {span: body for span in organizations
                 if (body := _described_body(analysis, span, lexicon)) is not None}
    if not described:
        return organizations
    ministries = {ref.name for body in set(described.values()) if (ref := lexicon.lookup(body)) is not None}
    named: dict[tuple[str, str | None], ResolvedOrg] = {}
    for span in sorted(organizations, key=lambda span: span.start):
        org = organizations[span]
        if span not in described and (key := _named_key(org, lexicon, gazetteer)) is not None \
                and key[0] in ministries:
            named.setdefault(key, org)
    result = dict(organizations)
    for span, body in described.items():
        ref = lexicon.lookup(body)
        if ref is None:
            continue
        org = organizations[span]
        country = None if org.country in (None, RUSSIA) else org.country
        target = named.get((ref.name, country))
        if target is None and org.country is None \
                and not fold(analysis.text[span.start:span.end]).startswith(RUSSIAN_ADJECTIVE):
            same = {other.org_id: other for (name, _), other in named.items() if name == ref.name}
            target = next(iter(same.values())) if len(same) == 1 else None
        if target is None and org.region_code is not None:
            continue  # ``финансового ведомства области``: a region's ministry, :mod:`.cabinet`'s
        result[span] = target if target is not None else _named_in_full(org, ref.name, ref.abbr, body, country,
                                                                         gazetteer)
    return result


def _described_body(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> str | None:
    """The dictionary ministry a mention names by an adjective before ``ведомство`` / ``министерство``, or
    ``None`` (a mention of a name of its own after its noun, ``Министерство обороны``, describes none)."""
    tokens = analysis.tokens_in(span.start, span.end)
    for adjective, noun in zip(tokens, tokens[1:]):
        if lexicon.is_described_noun(noun.text) and adjective.text.isalpha() \
                and noun.feat.get("Number") != "Plur":  # not ``внешнеполитических ведомств стран``
            return lexicon.described_body([adjective.text, noun.text])
    return None


def _named_key(org: ResolvedOrg, lexicon: OrgLexicon, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The dictionary body an organization's name is, without its country's genitive, and that country (``None``
    for Russia's), or ``None``."""
    name, country = org.name, None
    if org.country not in (None, RUSSIA):
        name, country = without_country(org.name, org.country, gazetteer), org.country
        if name is None:
            return None
    ref = lexicon.lookup(name)
    if ref is None or ref.country not in (None, RUSSIA):
        return None
    return ref.name, country


def _named_in_full(org: ResolvedOrg, name: str, abbr: str | None, body: str, country: str | None,
                   gazetteer: Gazetteer) -> ResolvedOrg:
    """The ministry a described one is, named in full: Russia's by the dictionary, another country's with its
    genitive."""
    if country is None:
        return replace(org, org_id=org_id_for(name), name=name, abbr=abbr, country=RUSSIA)
    full = foreign_counterpart(body, country, gazetteer)
    return replace(org, org_id=org_id_for(full), name=full, abbr=None)


def join_bare_departments(analysis: Analysis, organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                          gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``российского ведомства``, a country's adjective and ``ведомство`` alone, refers back to the state body of
    that country the text names last before it (``Служба внешней разведки России`` … ``В заявлении российского
    ведомства``): a body of the dictionary or named by a noun of a body's kind; with none, as it is."""
    result = dict(organizations)
    ordered = sorted(organizations, key=lambda span: span.start)
    for span in ordered:
        words = [t for t in analysis.tokens_in(span.start, span.end) if t.text.isalpha()]
        if len(words) != 2 or lexicon.morph.lemma(words[1].text) != "ведомство" \
                or words[1].feat.get("Number") == "Plur":
            continue
        place = gazetteer.place_of_adjective(words[0].text)
        if place is None or place.kind != "country":
            continue
        target = next((organizations[other] for other in reversed(ordered) if other.end <= span.start
                       and (organizations[other].country or RUSSIA) == place.country_code
                       and lexicon.names_state_body(organizations[other].name)), None)
        if target is not None:
            result[span] = target
    return result
