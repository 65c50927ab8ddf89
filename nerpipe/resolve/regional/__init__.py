"""Which region's body a text means when it names a federal body of Russia with a region's adjective.

The organization dictionary knows Russia's ministries (``Минздрав``, ``министерство образования``);
a region has ministries of the same names. A mention with a region's adjective before it is that
region's: ``татарстанский минздрав`` → ``Министерство здравоохранения Республики Татарстан``; so is
one with the adjective of a level of government (``областной минздрав``, ``краевого министерства
образования``, ``республиканский минздрав``) in a text about one region of that type
(:func:`nerpipe.resolve.document_scope`). Without such an adjective the body stays Russia's federal
one, whatever region the text is about; so does a body named by an abbreviation (``областное МЧС``:
the federal ministry's office in the region). A body each region has, named by a level's adjective and
its noun (``краевое правительство``, ``областной суд``) or by a name only a region's body has
(``Законодательное собрание``), in a text about one region of that level, is that region's
(:func:`body_of_scope`): ``Правительство Пермского края``, ``Курганский областной суд``, or the body the
text names with its region written out (``Правительство Татарстана``); one named with ``городской`` in a
text about one town (:func:`~nerpipe.resolve.abroad.main_town`) is that town's (``Омская городская дума``).
A body the text names both by the place's genitive and by the place's adjective and its level's (``Дума
Пермского края``, ``Пермская краевая дума``; ``Дума Москвы``, ``Московская городская дума``) is one body
(:func:`join_place_namings`), and so is its noun alone after both (``Думы``). A town's mayoralty and its
administration are one body (:mod:`nerpipe.resolve.townhalls`).
"""

from __future__ import annotations

from dataclasses import replace

from ...ner import Analysis
from ...orgs import OrgLexicon, is_abbreviation, org_key
from ...place_adjectives import city_adjectives
from ...places import FEDERAL_SUBJECT, RUSSIA, Gazetteer, Place
from ...records import Span
from ..abroad import any_state_has, main_town
from ..governors import bodies_of_governor, regional_president
from ..ids import org_id_for
from ..level_compounds import spell_compound
from ..locations import Scope
from ..municipal import CONVOCATION, bodies_of_town_level
from ..organizations import ResolvedOrg
from ..russia_names import without_russia
from ..townhalls import join_town_halls
from .councils import republic_legislature
from .foreign import bodies_of_foreign_divisions
from .namings import join_place_namings
from .words import LEVEL_KEPT, LEVELS, REGION_BODIES, REGION_ONLY, names_foreign_division

# the adjective of a region of any level (``региональное правительство``, ``регионального департамента``)
_REGIONAL = "региональный"
# a government named by its cabinet's noun (``регионального кабмина``), as a region's government is named
_CABINET, _GOVERNMENT = "кабмин", "правительство"
# nouns of a region's executive office besides its ministries, named with a level's adjective
_REGION_OFFICES = frozenset({"департамент", "комитет"})


def bodies_of_regions(
    analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], scope: Scope,
    lexicon: OrgLexicon, gazetteer: Gazetteer,
) -> dict[Span, ResolvedOrg]:
    """``organizations`` with each federal body of Russia named with a region's adjective, or with a
    level's adjective in a text about one region of that level, and each body of a region named by its
    level or noun alone in such a text, made that region's (see the module)."""
    out = dict(organizations)
    town = main_town(places, gazetteer)
    lone = government_of_region_alone(organizations, places, scope, gazetteer)
    for span, org in organizations.items():
        if (levelled := _region_of_level(org, gazetteer)) is not None:
            out[span] = org = levelled
        if _abbreviated(analysis, span, gazetteer) and spell_compound(org.name, gazetteer.morph) is None:
            continue  # ``областного МЧС``: a federal body's office in the region, not a ministry of its own
        if not lone and gazetteer.morph.lemma(org.name) in _LONE_BODIES:
            continue  # ``правительства`` beside ``Правительства РФ``: as :mod:`resolve.abroad` made it
        if (own := body_of_scope(org, scope, gazetteer, town)) is not None:
            out[span] = _written_out(own, organizations.values(), gazetteer) or own
            continue
        if (kept := _level_named(org, gazetteer)) is not None:
            out[span] = kept
            continue
        if any_state_has(org, lexicon):
            body = without_russia(org.name)
        elif (body := _levelled_ministry(org, scope, lexicon, gazetteer)) is None:
            continue
        region = region_of_adjective(analysis, span, scope, gazetteer)
        if region is None:
            continue
        name = f"{body} {gazetteer.region_genitive(region)}"
        out[span] = ResolvedOrg(org_id_for(name), name, None, region, RUSSIA)
    out = bodies_of_governor(bodies_of_town_level(analysis, out, places, gazetteer), scope, gazetteer,
                             regional_president(analysis, places, scope, gazetteer))
    out = bodies_of_foreign_divisions(analysis.text, out, places, gazetteer.morph)  # ``собрания провинции``
    return join_town_halls(join_place_namings(out, places, gazetteer), places, gazetteer)


def body_of_scope(org: ResolvedOrg, scope: Scope, gazetteer: Gazetteer,
                  town: Place | None = None) -> ResolvedOrg | None:
    """The body of the one region a text is about that ``org`` names by a level's adjective and the noun of a
    body each region has (``Краевое правительство`` → ``Правительство Пермского края``, ``Областной суд`` →
    ``Курганский областной суд``), or by a name only a region's body has (``Законодательное собрание`` →
    ``Законодательное собрание Пермского края``, ``Облдума`` → ``Курганская областная дума``); with
    ``городской``, the body of the town the text is about (``Городская дума`` → ``Омская городская дума``);
    ``правительство`` alone, the region's (``Правительство Пермского края``); a convocation after the name
    (``областной Думы пятого созыва``) is left out, and with one ``Государственный Совет`` is a republic's
    (:mod:`.councils`).
    ``None`` for any other, for a body named with a division only foreign states have (``провинции``,
    ``штата``), or where the text is about no one region of that level or town."""
    morph = gazetteer.morph
    spelt = spell_compound(org.name, morph) or org.name
    words = CONVOCATION.sub("", spelt).split()  # "… пятого созыва": the body
    if org.region_code or org.country not in (None, RUSSIA) or not words:
        return None
    if names_foreign_division(words[1:], morph):
        return None  # ``Законодательное собрание провинции``: a foreign division's, no region of Russia has one
    if len(words) > 1 and morph.lemma(words[-1]) == _CABINET:
        words = [*words[:-1], _GOVERNMENT]  # ``регионального кабмина``: the region's government
    if len(words) > 1 and morph.lemma(words[0]) == "городской":
        return _town_body(words, town, gazetteer) if town is not None and town.country_code == RUSSIA else None
    if scope.region is None:
        return None
    genitive = gazetteer.region_genitive(scope.region)
    region = gazetteer.region_by_code[scope.region].name.split()[0]
    if len(words) > 1 and opens_regional_body(words[0], scope, gazetteer) and morph.lemma(words[-1]) in REGION_BODIES:
        kept = _level_kept(words, region, morph) if morph.lemma(words[-1]) in LEVEL_KEPT \
            and _REGIONAL not in morph.forms(words[0]) else None
        name = kept or f"{without_level(words)} {genitive}"
    elif morph.lemma(words[0]) in REGION_ONLY \
            or republic_legislature(words, CONVOCATION.search(spelt) is not None, scope, gazetteer):
        name = f"{' '.join(words)} {genitive}"
    elif len(words) == 1 and morph.lemma(words[0]) in _LONE_BODIES:
        name = f"{words[0][:1].upper()}{words[0][1:]} {genitive}"
    else:
        return None
    return ResolvedOrg(org_id_for(name), name, None, scope.region, RUSSIA)


# bodies each region has one of, named by their noun alone (``правительства``): in a text about one region that
# names no federal one, the region's
_LONE_BODIES = frozenset({"правительство"})


def region_named(places: dict[Span, Place], scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether the one region a text is about is named as a region (``Томской области``, not only ``Томске``)
    and is no federal city (whose government a text about the capital may not mean)."""
    return gazetteer.subject_not_city(scope.region) and any(
        place.category == FEDERAL_SUBJECT and place.region_code == scope.region for place in places.values())


def government_of_region_alone(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], scope: Scope,
                                gazetteer: Gazetteer) -> bool:
    """Whether a government the text names by its noun alone is its region's: the one region it is about is
    named as a region (:func:`region_named`) and Russia's federal government is not named."""
    return region_named(places, scope, gazetteer) and not _federal_government_named(organizations.values(),
                                                                                     gazetteer.morph)


def _federal_government_named(organizations, morph) -> bool:
    """Whether a text names Russia's federal government (``Правительства РФ``): a government of Russia
    named with more than its noun and with no region."""
    return any(org.country == RUSSIA and not org.region_code and " " in org.name
               and morph.lemma(org.name.split()[0]) in _LONE_BODIES for org in organizations)


def _town_body(words: list[str], town: Place, gazetteer: Gazetteer) -> ResolvedOrg | None:
    """``Городская дума`` of Omsk → ``Омская городская дума``; ``Городская администрация`` → ``Администрация
    Омска``; ``None`` for a noun no town's body has."""
    morph = gazetteer.morph
    if morph.lemma(words[-1]) not in REGION_BODIES:
        return None
    adjectives = city_adjectives(town.name)
    kept = _level_kept(words, adjectives[0], morph) if adjectives and morph.lemma(words[-1]) in LEVEL_KEPT \
        and morph.is_known(adjectives[0]) else None
    name = kept or f"{without_level(words)} {gazetteer.genitive(town.name)}"
    return ResolvedOrg(org_id_for(name), name, None, town.region_code, RUSSIA)


def _level_named(org: ResolvedOrg, gazetteer: Gazetteer) -> ResolvedOrg | None:
    """A body whose name keeps its level, named with its region's genitive (``Областной суд Курганской
    области``), by the name it has with the region's adjective (``Курганский областной суд``)."""
    if not org.region_code or org.region_code not in gazetteer.region_by_code:
        return None
    genitive = f" {gazetteer.region_genitive(org.region_code)}"
    words = org.name[: -len(genitive)].split() if org.name.endswith(genitive) else []
    morph = gazetteer.morph
    if len(words) != 2 or morph.lemma(words[-1]) not in LEVEL_KEPT \
            or not level_of_scope(words[0], Scope(org.region_code), gazetteer):
        return None
    name = _level_kept(words, gazetteer.region_by_code[org.region_code].name.split()[0], morph)
    return None if name is None else ResolvedOrg(org_id_for(name), name, org.abbr, org.region_code, org.country)


def _written_out(own: ResolvedOrg, organizations, gazetteer: Gazetteer) -> ResolvedOrg | None:
    """The body the text names with its region written out that ``own`` is (``Правительство Татарстана`` for
    ``Правительство Республики Татарстан``): of that region, its words before the region the same."""
    genitive = f" {gazetteer.region_genitive(own.region_code)}"
    if not own.name.endswith(genitive):
        return None
    body = org_key(own.name[: -len(genitive)]).split()
    return next((org for org in organizations if org.region_code == own.region_code and org is not own
                 and org_key(org.name).split()[: len(body)] == body and len(org.name.split()) > len(body)), None)


def _level_kept(words: list[str], adjective: str, morph) -> str | None:
    """``Областной суд`` and ``Курганская`` → ``Курганский областной суд``: the region's or town's adjective
    agreed with the level's; ``None`` for a word that is no adjective."""
    level = next((p for p in morph.parses(words[0]) if {"ADJF", "nomn", "sing"} <= p.tag.grammemes), None)
    if not morph.has_gram(adjective, "ADJF") or level is None or level.tag.gender is None:
        return None
    agreed = morph.inflect(adjective, {level.tag.gender, "nomn", "sing"}, prefer={"POS": "ADJF"})
    if agreed is None:
        return None
    return " ".join([agreed[:1].upper() + agreed[1:], *(word.lower() for word in words)])


def _abbreviated(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a mention names its body by an abbreviation (``МЧС``, ``УМВД``), after any adjectives."""
    tokens = analysis.tokens_in(span.start, span.end)
    head = next((t for t in tokens if not gazetteer.morph.has_gram(t.text, "ADJF")), None)
    return head is not None and is_abbreviation(head.text)


def _levelled_ministry(org: ResolvedOrg, scope: Scope, lexicon: OrgLexicon, gazetteer: Gazetteer) -> str | None:
    """The name without its level's adjective of a ministry the dictionary does not know, named with that
    adjective (``Краевое министерство образования`` → ``Министерство образования``), of no country or
    region of its own; ``None`` for any other."""
    words = org.name.split()
    if len(words) < 3 or org.region_code or org.country not in (None, RUSSIA) or scope.region is None \
            or not gazetteer.morph.forms(words[0]) & (LEVELS.keys() | {_REGIONAL}) \
            or lexicon.kind_of(words[1]) != "ministry" and gazetteer.morph.lemma(words[1]) not in _REGION_OFFICES:
        return None
    return without_level(words)


def without_level(words: list[str]) -> str:
    """A body's name without the level's adjective that opens it: ``Краевое министерство образования`` →
    ``Министерство образования``."""
    return " ".join([words[1][:1].upper() + words[1][1:], *words[2:]])


def adjective_tokens(analysis: Analysis, span: Span) -> list:
    """The tokens where an adjective that places a body may stand: the one opening ``span`` and the one right
    before it in the same sentence."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return []
    words = [tokens[0]]
    before = tokens[0].index - 1
    if before >= 0 and analysis.tokens[before].sent == tokens[0].sent:
        words.append(analysis.tokens[before])
    return words


def level_types(word: str, morph) -> tuple[str, ...] | None:
    """The types of region a level's adjective speaks of (``краевого`` → a край's), or ``None``."""
    return next((LEVELS[lemma] for lemma in morph.forms(word) if lemma in LEVELS), None)


def region_of_adjective(analysis: Analysis, span: Span, scope: Scope, gazetteer: Gazetteer) -> str | None:
    """The region the adjective opening a mention, or right before it, speaks of: a region's own
    (``татарстанского``), or a level's (``областного``) when the text is about one region of that
    level; ``None`` otherwise."""
    morph = gazetteer.morph
    for token in adjective_tokens(analysis, span):
        if not morph.has_gram(token.text, "ADJF"):
            continue
        code = gazetteer.region_of_adjective(token.text)
        if code is not None:
            return code
        if opens_regional_body(token.text, scope, gazetteer):
            return scope.region
    return None


def level_of_scope(word: str, scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is the adjective of the level of the one region a text is about (``краевой`` in a text
    about a край)."""
    if scope.region is None:
        return False
    region = gazetteer.region_by_code[scope.region]
    return any(region.type in LEVELS.get(lemma, ()) for lemma in gazetteer.morph.forms(word))


def opens_regional_body(word: str, scope: Scope, gazetteer: Gazetteer) -> bool:
    """Whether ``word``, opening a body's name or right before it, makes the body the region's: its level's
    adjective (:func:`level_of_scope`) or ``региональный`` (``Региональное правительство``), which speaks of
    any level. Inside a remit ``региональный`` places nothing (``кафедры региональной экономики``)."""
    return level_of_scope(word, scope, gazetteer) or (scope.region is not None
                                                       and _REGIONAL in gazetteer.morph.forms(word))


def _region_of_level(org: ResolvedOrg, gazetteer: Gazetteer) -> ResolvedOrg | None:
    """A body named by a region's adjective and a level's that the adjective's region is not of, given the one
    region of that level named so (``Московская областная дума``: of Moscow Oblast, not of Moscow);
    ``None`` for any other."""
    words = org.name.split()
    morph = gazetteer.morph
    if len(words) < 3 or org.region_code not in gazetteer.region_by_code or org.country not in (None, RUSSIA):
        return None
    types = level_types(words[1], morph)
    if types is None or gazetteer.region_by_code[org.region_code].type in types:
        return None
    regions = [r.code for r in gazetteer.regions if r.type in types and len(r.name.split()) == 2
               and morph.lemma(r.name.split()[0]) == morph.lemma(words[0])]
    return replace(org, region_code=regions[0]) if len(regions) == 1 else None
