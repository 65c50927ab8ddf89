"""How each mention of an organization names it, where the text writes a shorter name than the entity's.

The dictionary expands what a text abbreviates (``МВД`` → ``Министерство внутренних дел Российской
Федерации``), and a state body named by its words alone takes its country (``Сенат`` in a report on the
United States → ``Сенат США``): that stays the entity's name, its id and its row. A mention, though, is
named as the text names it, in the nominative, when that is one of the dictionary's ways to write the
body, the entity's name without its country or with its abbreviation after it, or abbreviations alone (one the
text defines: ``(далее — ДЖХ)``): ``МВД``, ``Мосгордумы`` → ``Мосгордума``, ``Госдумы
России`` → ``Госдума России``, ``Guardian``, ``Сенате`` → ``Сенат``. A common noun that refers back
(``концерна``), an adjective of a state (``японского МИДа`` → ``МИД Японии``) and a name the dictionary
does not know keep the entity's name.
"""

from __future__ import annotations

from ..ner import Analysis
from ..orgs import RUSSIA_ENDINGS, OrgLexicon, canonical_name, is_abbreviation, org_key
from ..places import RUSSIA, Gazetteer
from ..records import Span
from ..text import strip_acronym_ending
from .organizations import ResolvedOrg, span_words
from .region_names import names_one_region_body

_RUSSIA_TAILS = frozenset(ending.strip().lower() for ending in RUSSIA_ENDINGS)  # россии, рф, …


def names_as_written(analysis: Analysis, organizations: dict[Span, ResolvedOrg], lexicon: OrgLexicon,
                     gazetteer: Gazetteer) -> dict[Span, str]:
    """The name of every ORG mention: as the text writes it where that is a shorter way to write its
    entity's name (see the module's doc), else the entity's name."""
    return {span: written_name(analysis, span, org, lexicon, gazetteer) for span, org in organizations.items()}


def written_name(analysis: Analysis, span: Span, org: ResolvedOrg, lexicon: OrgLexicon, gazetteer: Gazetteer) -> str:
    """The name one mention gives ``org`` (see :func:`names_as_written`)."""
    name = canonical_name(span_words(analysis, span, lexicon), lexicon)
    if not name or org_key(name) == org_key(org.name):
        return org.name
    if lexicon.spells(name, org.name) or country_added(name, org, gazetteer) or abbreviated(name) \
            or abbreviation_added(name, org, lexicon) or names_one_region_body(name, org, lexicon, gazetteer):
        return name
    return org.name


def abbreviation_added(name: str, org: ResolvedOrg, lexicon: OrgLexicon) -> bool:
    """Whether a name is its body's full name with its abbreviation after it (``Международная шахматная
    федерация ФИДЕ``): written so, it stays so."""
    head, _, last = name.rpartition(" ")
    return bool(head) and is_abbreviation(last) and org_key(head) == org_key(org.name) \
        and (last == org.abbr or lexicon.spells(last, org.name))


def abbreviated(name: str) -> bool:
    """Whether a name is only abbreviations (``ДЖХ``, ``ВВС США``): as written, whichever body it stands for."""
    return all(is_abbreviation(strip_acronym_ending(word)) for word in name.split())


def country_added(name: str, org: ResolvedOrg, gazetteer: Gazetteer) -> bool:
    """Whether ``org.name`` is ``name`` with the body's country after it (``Сенат`` → ``Сенат США``,
    ``Правительство`` → ``Правительство Российской Федерации``)."""
    if org.country is None or not org.name.startswith(name + " "):
        return False
    tail = org.name[len(name) + 1:]
    if org.country == RUSSIA and tail.lower() in _RUSSIA_TAILS:
        return True
    country = gazetteer.country_names.get(org.country)
    return country is not None and tail in (country, gazetteer.genitive(country))
