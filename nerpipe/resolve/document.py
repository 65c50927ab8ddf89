"""All entities of one document, and the entity of every span."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from ..morph import Morph
from ..names import Name
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import Gazetteer, Place
from ..records import LOC, ORG, PER, DateFact, LocationEntity, Mention, OrgEntity, PersonEntity, Span
from .abroad import bodies_abroad
from .bodies_placed import place_bodies
from .branches import place_party_branches
from .cabinet import cabinets_of_region, ministries_of_cabinet, with_cabinet
from .consulates import consular_countries
from .countries_of_bodies import scope_of_bodies
from .described_ministries import join_described_ministries
from .destinations import region_and_scope
from .districts import bodies_of_district, district_bodies_of_scope
from .ids import location_id_for
from .initialisms import resolve_initialisms
from .legislatures import join_legislatures
from .levels import bodies_of_levels
from .locations import Scope, placed_abroad, placed_in_region, resolve_places
from .ministry_compounds import join_ministry_compounds
from .offices import offices_of_region
from .organizations import ResolvedOrg, resolve_orgs
from .people import resolve_people
from .place_words import bodies_of_place_words
from .region_names import join_short_ministries, name_region_bodies, name_units_of_region_bodies
from .regional import bodies_of_regions
from .regionless import join_regionless_bodies
from .same_names import join_country_spellings, join_same_names
from .shared_places import name_shared_place_bodies, share_org_heads, share_place_heads
from .state_names import join_stateless_names
from .teams import join_bare_teams
from .territorial import join_territorial_offices, name_placed_offices, place_regional_offices
from .unknown_places import initials_of_named, initials_of_scope, region_of_districts
from .written import names_as_written


@dataclass
class Resolved:
    """Per-document entities and the entity of every span."""

    mentions: list[Mention]
    persons: dict[str, PersonEntity]
    orgs: dict[str, OrgEntity]
    locations: dict[str, LocationEntity]
    entity_of: dict[Span, str]
    place_of: dict[Span, Place | None]
    main_region: str | None  # the region the document names most (for generic names: ``правительство края``)
    scope: Scope = Scope()  # the one region or foreign country the document is plainly about
    # the country of the consuls each sentence naming a consul's post speaks of (:mod:`.consulates`)
    consul_countries: dict[int, str] = field(default_factory=dict)


@dataclass
class _Seen:
    """One entity as the document names it: what it is, its surface forms in order, how often."""

    what: Name | ResolvedOrg | Place
    variants: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, surface: str, what: Name | ResolvedOrg | Place) -> None:
        """One more mention; an organization's country one of its mentions gives it (``японская корпорация
        Toyota`` after a headline's ``Toyota``) is the entity's."""
        if isinstance(what, ResolvedOrg) and isinstance(self.what, ResolvedOrg) and self.what.country is None \
                and what.country is not None:
            self.what = replace(self.what, country=what.country)
        self.count += 1
        if surface not in self.variants:
            self.variants.append(surface)


def resolve_document(
    analysis: Analysis, spans: list[Span], morph: Morph, orgs: OrgLexicon, gazetteer: Gazetteer,
    year: int | None = None,
) -> Resolved:
    """Who every PER, ORG and LOC span is; the entities of the document with their mentions
    (``year``: when the document was written, for the names bodies had then, see :func:`document_year`)."""
    names, person_ids = resolve_people(analysis, spans, morph)
    places = share_place_heads(analysis, resolve_places(analysis, spans, morph, gazetteer), gazetteer)
    lemmas = orgs.document_lemmas(token.text for token in analysis.tokens)  # read once: place_bodies, resolve_orgs
    region, scope = region_and_scope(analysis, places, morph, place_bodies(analysis, spans, places, orgs, gazetteer,
                                                                           lemmas))
    abroad = placed_abroad(places, scope, gazetteer, analysis)
    places = placed_in_region(abroad, scope, gazetteer, analysis)
    if scope.region is None and scope.country is None and (district := region_of_districts(abroad, places)):
        scope = replace(scope, region=district)  # ``Балаковский район`` and its villages: Балаково's region
        places = placed_in_region(places, scope, gazetteer, analysis)
    places = initials_of_scope(places, scope, gazetteer)  # ``РБ`` in a text about Bashkortostan
    places = initials_of_named(places, gazetteer)  # ``РК`` in a text naming Kazakhstan and France
    organizations = share_org_heads(analysis, resolve_orgs(analysis, spans, morph, orgs, gazetteer, places, lemmas,
                                                           region, year), morph)
    organizations = name_shared_place_bodies(analysis, organizations, places, morph)  # ``Тверской и Псковской …``
    scope = scope_of_bodies(organizations, places, scope, gazetteer)  # ``Верховной Рады`` and no place
    organizations = bodies_of_place_words(analysis, organizations, scope, orgs, gazetteer, places)
    at_home, organizations = organizations, bodies_abroad(analysis, organizations, places, scope, orgs, gazetteer)
    resolve_initialisms(analysis, organizations, orgs, frozenset(  # ``ГПУ``: ``Генеральной прокуратуры``, Ukraine's
        org.org_id for span, org in organizations.items() if at_home.get(span) != org))
    organizations = bodies_of_regions(analysis, organizations, places, scope, orgs, gazetteer)
    organizations = cabinets_of_region(organizations, places, scope, gazetteer)  # ``Кабинет министров``
    organizations = place_party_branches(organizations, places, scope, gazetteer)
    organizations = bodies_of_levels(analysis, organizations, places, gazetteer)
    organizations = offices_of_region(analysis, organizations, places, scope, gazetteer)
    organizations = district_bodies_of_scope(bodies_of_district(organizations, places, gazetteer), scope, gazetteer)
    organizations = join_legislatures(name_region_bodies(organizations, orgs, gazetteer), gazetteer)
    organizations = join_regionless_bodies(organizations, gazetteer)  # ``Народного Хурала`` after its full name
    organizations = join_short_ministries(organizations, orgs, gazetteer)
    organizations = name_units_of_region_bodies(analysis, organizations, gazetteer)
    organizations = name_placed_offices(organizations, orgs, gazetteer)
    organizations = join_territorial_offices(organizations, orgs)  # ``УФАС по …`` and ``Заречное УФАС``: one
    organizations = place_regional_offices(organizations, orgs)  # ``регионального управления СК``
    organizations = join_stateless_names(organizations)  # ``Тверского университета``: its full name's
    organizations = join_same_names(organizations)  # ``KEDRON`` / ``Kedron Plc``: one body
    organizations = join_country_spellings(organizations, gazetteer)  # ``МИД Беларуси`` / ``… Белоруссии``
    organizations = join_ministry_compounds(organizations)  # ``Минобразования``: the ministry named in full
    organizations = join_described_ministries(analysis, organizations, orgs, gazetteer)  # ``военного ведомства``
    organizations = join_bare_teams(organizations, morph)  # ``молодёжная сборная`` after ``… сборная России``
    scope = with_cabinet(analysis, organizations, places, scope, gazetteer)
    organizations = ministries_of_cabinet(analysis, organizations, scope, gazetteer)  # ``Минздрав`` of its cabinet
    written = names_as_written(analysis, organizations, orgs, gazetteer)
    mentions: list[Mention] = []
    entity_of: dict[Span, str] = {}
    seen: dict[str, dict[str, _Seen]] = {PER: {}, ORG: {}, LOC: {}}
    for span in spans:
        if span.type == PER and span in names:
            entity_id, what, normal = person_ids[span], names[span], names[span].full
        elif span.type == ORG and span in organizations:
            what = organizations[span]
            entity_id, normal = what.org_id, written[span]
        elif span.type == LOC and span in places:
            what = places[span]
            entity_id, normal = location_id_for(what.name), what.name
        else:
            continue
        surface = analysis.text[span.start:span.end]
        entity_of[span] = entity_id
        seen[span.type].setdefault(entity_id, _Seen(what)).add(surface, what)
        mentions.append(Mention(span.start, span.end, span.type, surface, normal, entity_id))
    orgs_seen = _orgs(seen[ORG])
    consuls = consular_countries(analysis, places, entity_of, orgs_seen, morph)
    return Resolved(mentions, _persons(seen[PER]), orgs_seen, _locations(seen[LOC]), entity_of, places, region,
                    scope, consuls)


def document_year(published: date | None, dates: list[DateFact]) -> int | None:
    """The year a document was written: of its publication date, else the year its dates name most
    often (the latest of equals), counting only years the text writes; ``None`` when it writes none."""
    if published is not None:
        return published.year
    years = Counter(fact.date_from.year for fact in dates if fact.date_from is not None and not fact.year_inferred)
    if not years:
        return None
    return max(years, key=lambda year: (years[year], year))


def _persons(seen: dict[str, _Seen]) -> dict[str, PersonEntity]:
    return {pid: PersonEntity(pid, s.what.full, s.what.first, s.what.middle, s.what.last, tuple(s.variants), s.count)
            for pid, s in seen.items()}


def _orgs(seen: dict[str, _Seen]) -> dict[str, OrgEntity]:
    return {oid: OrgEntity(oid, s.what.name, s.what.abbr, tuple(s.variants), s.what.region_code, s.count,
                           s.what.country)
            for oid, s in seen.items()}


def _locations(seen: dict[str, _Seen]) -> dict[str, LocationEntity]:
    return {lid: LocationEntity(lid, s.what.name, s.what.kind, s.what.category, s.what.region_code,
                                s.what.country_code, tuple(s.variants), s.count)
            for lid, s in seen.items()}
