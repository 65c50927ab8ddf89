"""A region's body named by its level's adjective in a text about another region: the one region of that level
the text names.

A text about Saint Petersburg that reports a visit of ``Законодательного собрания Приморского края`` and then
speaks of ``краевого Законодательного собрания`` means the край's, not the city's; a text about Omsk Oblast
that names ``Алтайский край`` once and then ``краевое правительство`` means the Altai's. A body named with
``краевой``, ``областной``, ``республиканский`` or ``окружной`` opening it or right before it, of a region of
another level or of none, is the body of the one region of that level the text names (:func:`region_of_level`);
a text that names none or two such regions leaves it as it is. An institution so named that is no body of
state (``Республиканская клиническая больница``, ``областной театр``) keeps its name and takes that region.
"""

from __future__ import annotations

from dataclasses import replace

from ..ner import Analysis
from ..places import FEDERAL_SUBJECT, RUSSIA, Gazetteer, Place
from ..records import Span
from .ids import org_id_for
from .organizations import ResolvedOrg
from .regional import LEVELS, REGION_BODIES, REGION_ONLY, adjective_tokens, level_types, without_level


def bodies_of_levels(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                     gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each body named by a level's adjective that its region is not of made the one
    region's of that level the text names (see the module)."""
    out = dict(organizations)
    morph = gazetteer.morph
    for span, org in organizations.items():
        types = _level_types(analysis, span, gazetteer)
        region = gazetteer.region_by_code.get(org.region_code) if org.region_code else None
        if types is None or org.country not in (None, RUSSIA) or region is not None and region.type in types:
            continue
        named = region_of_level(places, types, gazetteer)
        body = _body_words(org, region, gazetteer)
        if named is not None and region is None and _institution(org, gazetteer):
            out[span] = replace(org, region_code=named)  # "Республиканская клиническая больница" of the republic
            continue
        if named is None or not body or not (morph.lemma(body[-1]) in REGION_BODIES
                                             or morph.lemma(body[0]) in REGION_ONLY):
            continue
        name = f"{' '.join(body)} {gazetteer.region_genitive(named)}"
        out[span] = ResolvedOrg(org_id_for(name), name, None, named, RUSSIA)
    return out


def region_of_level(places: dict[Span, Place], types: tuple[str, ...], gazetteer: Gazetteer) -> str | None:
    """The code of the one federal subject of one of ``types`` the text names, or ``None``."""
    regions = {place.region_code for place in places.values() if place is not None
               and place.category == FEDERAL_SUBJECT and place.region_code in gazetteer.region_by_code
               and gazetteer.region_by_code[place.region_code].type in types}
    return next(iter(regions)) if len(regions) == 1 else None


def _level_types(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> tuple[str, ...] | None:
    """The types of region the level's adjective opening ``span`` or right before it speaks of."""
    morph = gazetteer.morph
    for token in adjective_tokens(analysis, span):
        if morph.has_gram(token.text, "ADJF") and (types := level_types(token.text, morph)) is not None:
            return types
    return None


def _body_words(org: ResolvedOrg, region, gazetteer: Gazetteer) -> list[str]:
    """The words of a body's name without its region's genitive and the level's adjective opening it
    (``Законодательное собрание Санкт-Петербурга`` → ``Законодательное собрание``, ``Краевое правительство``
    → ``Правительство``)."""
    name = org.name
    if region is not None and name.endswith(genitive := f" {gazetteer.region_genitive(region.code)}"):
        name = name[: -len(genitive)]
    words = name.split()
    if words and gazetteer.morph.forms(words[0]) & LEVELS.keys():
        words = without_level(words).split() if len(words) > 1 else []
    return words


# nouns of a body named by a level's adjective that is no region's institution: a party of the level's
# adjective is a country's ("Республиканская партия")
_NOT_INSTITUTIONS = frozenset({"партия"})


def _institution(org: ResolvedOrg, gazetteer: Gazetteer) -> bool:
    """Whether a body named by a level's adjective opening its own name is a region's institution that is no
    body of state (``Республиканская клиническая больница № 3``, ``Областной детский санаторий``)."""
    words = org.name.split()
    morph = gazetteer.morph
    if len(words) < 2 or not morph.forms(words[0]) & LEVELS.keys():
        return False
    nouns = {morph.lemma(w) for w in words[1:]}
    return not nouns & (REGION_BODIES | REGION_ONLY | _NOT_INSTITUTIONS)
