"""Stage 5b: organizations — canonical names, abbreviations, identity keys.

The canonical name is the nominative with genitive dependents kept
(``Центра стратегических разработок`` → ``Центр стратегических разработок``)
and quotes balanced. An abbreviation dictionary (``resources/orgs.csv``) joins
the official name, its abbreviation and customary variants
(``Минпромторг России`` = ``Министерство промышленности и торговли РФ``).
``РФ``, ``России`` and ``Российской Федерации`` fold to one form in keys, and
legal forms (``ПАО``, ``АНО``, ``ФГБОУ ВО`` …) and quotes do not change who an
organization is. The word that says what an organization is (``компании``,
``партии`` — ``resources/org_types.csv``) is left out of the canonical name
before a quoted or Latin name (``партии «Единая Россия»`` → ``Единая Россия``).

The same dictionary is matched in running text by lemma (:meth:`OrgLexicon.match_at`),
and ``org_types.csv`` also lists the nouns that name organizations of the state
(``правительство``, ``министерство``, ``сборная`` …) for :mod:`nerpipe.spans`.
"""

from .datives import experiencer_dative
from .kinds import KIND_ABBREVIATIONS
from .lexicon import PLACED_ONLY, RUSSIA_ENDINGS, OrgLexicon, OrgRef
from .lexicon_context import governs_owner
from .name_parts import NAMED_AFTER, SPORT_PLAYERS
from .naming import (
    canonical_name,
    depends_on,
    nominative_name_word,
    normalize_org,
    own_name,
    trim_tail,
)
from .shared_heads import shared_head_adjectives
from .words import (
    ADMINISTRATIVE_BODIES,
    DIPLOMATIC_BODIES,
    FOLDED_LEGAL_FORMS,
    HEAD_TITLES,
    INSTITUTIONS,
    LATIN_LEGAL_FORMS,
    LEADERSHIP_BODIES,
    LEGAL_FORMS,
    LEVEL_ADJECTIVES,
    MEMBER_BODIES,
    NAME_KIND_WORDS,
    NAMED_BODIES,
    NATIONAL_BODIES,
    NUMBERED_INSTITUTIONS,
    OWNED_BODIES,
    PERSONAL_BODIES,
    PLACE_BODIES,
    PLACE_NOUNS,
    PROCEEDING_BODIES,
    TIME_ADJECTIVES,
    TIME_NOUNS,
    UNIT_ABBREVIATIONS,
    UNIT_ADJECTIVES,
    abbreviation_comma,
    bracketed_after,
    bracketed_parts,
    head_title_words,
    is_abbreviation,
    is_electoral_district,
    is_full_word,
    is_head_title,
    is_latin_name,
    is_level_compound,
    is_office_abbreviation,
    is_short_name,
    is_time_adjective,
    is_unit_adjective,
    opens_quoted_name,
    org_key,
)

__all__ = [
    "ADMINISTRATIVE_BODIES",
    "DIPLOMATIC_BODIES", "FOLDED_LEGAL_FORMS",
    "HEAD_TITLES", "head_title_words", "is_head_title",
    "INSTITUTIONS", "KIND_ABBREVIATIONS",
    "LATIN_LEGAL_FORMS", "LEADERSHIP_BODIES", "LEGAL_FORMS", "LEVEL_ADJECTIVES",
    "MEMBER_BODIES",
    "NAME_KIND_WORDS", "NAMED_AFTER", "NAMED_BODIES",
    "NATIONAL_BODIES",
    "NUMBERED_INSTITUTIONS",
    "OWNED_BODIES", "PERSONAL_BODIES", "PLACE_BODIES", "PLACED_ONLY", "PLACE_NOUNS", "PROCEEDING_BODIES",
    "RUSSIA_ENDINGS", "SPORT_PLAYERS",
    "TIME_ADJECTIVES", "TIME_NOUNS",
    "UNIT_ABBREVIATIONS", "UNIT_ADJECTIVES",
    "OrgLexicon", "OrgRef", "abbreviation_comma", "bracketed_after", "bracketed_parts", "canonical_name", "depends_on",
    "experiencer_dative",
    "is_abbreviation", "is_electoral_district", "is_office_abbreviation",
    "governs_owner", "is_full_word", "is_latin_name", "is_level_compound", "is_short_name", "is_time_adjective",
    "is_unit_adjective",
    "nominative_name_word", "normalize_org",
    "opens_quoted_name", "org_key", "own_name", "shared_head_adjectives",
    "trim_tail",
]
