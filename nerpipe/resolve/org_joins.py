"""The steps that join the organizations of a document named in several ways, after each ORG span was resolved
by its own words (:func:`.organizations.resolve_orgs`): a common noun, an adjective or initials to the body they
refer back to, then every kind of spelling of one body's name (Latin, abbreviated, with or without its kind,
its country, its ``Главный``, its unit's initials) to one body. The order matters: each step reads the names
the steps before it gave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import Morph
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import Gazetteer, Place
from ..records import Span
from .compounds import resolve_compounds
from .coordinated import name_shared_owners, name_shared_places
from .declined_names import join_declined_names
from .described import join_described_abbreviations, join_described_names
from .generic_orgs import resolve_generic_orgs
from .initialisms import resolve_initialisms
from .legal_names import join_legal_form_names
from .misread_names import join_bank_compounds, join_misread_names
from .org_spellings import (
    join_abbreviated_tails,
    join_country_tails,
    join_countryless_names,
    join_latin_kind_tails,
    join_lookalike_abbreviations,
    join_org_spellings,
    join_owner_spellings,
    join_prefixed_abbreviations,
    join_short_latin_names,
)
from .owned_units import name_owned_units
from .placed_heads import resolve_placed_heads
from .quoted_adjectives import join_quoted_adjectives
from .rank_variants import join_main_variants, join_named_after, join_rank_variants, join_sportless_teams
from .shared import name_shared_adjectives, resolve_shared_heads
from .short_variants import (
    join_bare_units,
    join_short_variants,
    join_titled_owners,
    join_unqualified_names,
)
from .unit_abbreviations import join_abbreviated_units
from .unit_heads import resolve_unit_heads

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def join_org_names(analysis: Analysis, resolved: dict[Span, ResolvedOrg], spans: list[Span], morph: Morph,
                   lexicon: OrgLexicon, gazetteer: Gazetteer, places: dict[Span, Place]) -> None:
    """Every ORG span of ``resolved`` given the body the document names it by elsewhere, in place."""
    text = analysis.text
    name_shared_places(analysis, resolved, spans, lexicon)
    name_shared_owners(analysis, resolved, lexicon)  # ``комитета по бюджету и подкомитета … сейма``
    name_shared_adjectives(analysis, resolved, lexicon)  # ``Вельского`` + ``и Устьинского филиалов``
    resolve_generic_orgs(analysis, resolved, lexicon, gazetteer)
    resolve_initialisms(analysis, resolved, lexicon)
    resolve_compounds(resolved, morph)
    resolve_shared_heads(analysis, resolved, lexicon, places)
    resolve_placed_heads(analysis, resolved, morph, gazetteer)
    resolve_unit_heads(analysis, resolved, lexicon)
    join_org_spellings(text, resolved)
    join_prefixed_abbreviations(text, resolved, morph)
    join_short_latin_names(resolved)
    join_latin_kind_tails(resolved)  # ``Kedron Oil`` / ``Kedron Oil Company``
    join_country_tails(resolved, lexicon, gazetteer)
    join_countryless_names(resolved, lexicon, gazetteer)
    join_owner_spellings(text, resolved, morph)
    join_lookalike_abbreviations(resolved)
    join_short_variants(analysis, resolved, lexicon)
    join_main_variants(resolved, morph)  # ``Военная прокуратура X`` / ``Главная военная прокуратура X``
    join_rank_variants(resolved, morph)  # ``Театр юных зрителей`` / ``Государственный … театр юных зрителей``
    join_named_after(resolved, lexicon)  # ``Театр Сомова`` / ``театр драмы имени И.П. Сомова``
    join_sportless_teams(analysis, resolved, morph)  # ``сборная Заречья`` / ``сборная Заречья по хоккею``
    join_unqualified_names(text, resolved, lexicon)
    join_bare_units(resolved)
    join_titled_owners(resolved, morph)
    join_abbreviated_units(text, resolved, morph)
    join_legal_form_names(text, resolved, morph)  # ``«Зорянке»`` beside ``ООО «Зорянка»``
    join_declined_names(text, resolved, morph)
    join_misread_names(text, resolved, morph)
    join_bank_compounds(text, resolved)
    join_described_names(resolved, lexicon, gazetteer)
    join_described_abbreviations(text, resolved, lexicon)
    join_abbreviated_tails(resolved, lexicon)
    join_quoted_adjectives(analysis, resolved, morph)
    name_owned_units(text, resolved, morph)  # ``пресс-служба концерна`` after ``концерн «Вектор»``
