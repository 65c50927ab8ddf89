"""The rows of the titles stage: POSITION mentions and ``positions`` facts.

For each title: its normal form and role (:mod:`.normalize`), the organization
it belongs to (the outermost ORG inside it, or a ministry named only through a
minister's title), its region, and its holder (:mod:`.holders`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import Gazetteer
from ..records import LOC, ORG, PER, POSITION, Mention, OrgEntity, PositionFact, Span
from ..resolve import Resolved, implied_org
from ..text import tidy_spaces
from .grammar import Title, find_titles, is_generic, trim_title
from .holders import antecedent_candidate, attach_titles
from .lexicon import TitleLexicon
from .normalize import normalize_title, title_role

_GENERIC_REGION = {"регион", "область", "республика", "край", "субъект", "округ"}
_MINISTER = {"министр", "замминистра"}


@dataclass(frozen=True, slots=True)
class TitleFacts:
    """What the titles stage adds to a document."""

    mentions: list[Mention]  # POSITION mentions
    facts: list[PositionFact]  # positions rows
    derived_orgs: dict[str, OrgEntity]  # ministries named only through a minister's title, by org_id


@dataclass(frozen=True, slots=True)
class TitleInfo:
    """What a title says: its normal form, role, organization and region."""

    position: str
    role: str
    org_id: str | None
    region_code: str | None
    ministry: OrgEntity | None  # a ministry named only through a minister's title
    bare: bool  # the title has no dependents ("министр", "вице-губернатор")


def build_positions(
    analysis: Analysis, spans: list[Span], resolved: Resolved, lexicon: TitleLexicon, orgs: OrgLexicon,
    gazetteer: Gazetteer,
) -> TitleFacts:
    """POSITION mentions and ``positions`` rows of one document.

    One row per fact: a person stated twice with the same role at the same
    organization and region keeps the first statement.
    """
    titles = [trim_title(analysis, t) for t in find_titles(analysis, spans, lexicon)]
    persons = [s for s in spans if s.type == PER and s in resolved.entity_of]
    person_of = {a.title: a.person for a in attach_titles(analysis, titles, spans, persons, lexicon.morph)}
    infos: dict[Title, TitleInfo] = {}
    for title in titles:
        if title in person_of or not is_generic(analysis, title, lexicon):
            infos[title] = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer)
    for title, info in infos.items():
        if title not in person_of:
            person = antecedent_candidate(analysis, title, persons)
            if person is not None and _holds_elsewhere(resolved.entity_of[person], info, person_of, infos, resolved):
                person_of[title] = person
    mentions = [Mention(t.start, t.end, POSITION, analysis.text[t.start:t.end], info.position, None)
                for t, info in infos.items()]
    facts: list[PositionFact] = []
    derived: dict[str, OrgEntity] = {}
    for title, info in infos.items():
        person = person_of.get(title)
        if person is None:
            continue
        fact = PositionFact(
            person_id=resolved.entity_of[person], position=info.position, role=info.role, org_id=info.org_id,
            region_code=info.region_code, start=title.start, end=title.end, person_start=person.start,
            person_end=person.end, acting=title.acting, former=title.former,
        )
        if not any(restates(fact, info.bare, earlier) for earlier in facts):
            facts.append(fact)
            if info.ministry is not None and info.ministry.org_id not in resolved.orgs:
                derived[info.ministry.org_id] = info.ministry
    return TitleFacts(mentions, facts, derived)


def _holds_elsewhere(holder: str, info: TitleInfo, person_of: dict[Title, Span], infos: dict[Title, TitleInfo],
                     resolved: Resolved) -> bool:
    """Whether the text gives ``holder`` the role of ``info`` in another title, with no other organization
    or region: what a title with no name needs to refer back to that person."""
    for other, person in person_of.items():
        other_info = infos.get(other)
        if other_info is not None and resolved.entity_of[person] == holder and other_info.role == info.role \
                and info.org_id in (None, other_info.org_id) and info.region_code in (None, other_info.region_code):
            return True
    return False


def restates(fact: PositionFact, bare: bool, earlier: PositionFact) -> bool:
    """Whether ``fact`` says nothing that ``earlier`` did not.

    The same person and role, no organization or region that ``earlier`` lacks,
    and a title that is the earlier one, its beginning or the bare role
    (``министр связи … РФ Степан Кузьмин`` … ``министр``; ``заместитель губернатора
    … по экономике`` … ``вице-губернатор``). ``глава региона`` … ``глава Республики Коми``
    names the region and stays.
    """
    return (fact.person_id == earlier.person_id and fact.role == earlier.role
            and fact.acting == earlier.acting and fact.former == earlier.former
            and fact.org_id in (None, earlier.org_id) and fact.region_code in (None, earlier.region_code)
            and (bare or fact.position == earlier.position or earlier.position.startswith(fact.position + " ")))


def describe_title(
    analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved, lexicon: TitleLexicon,
    orgs: OrgLexicon, gazetteer: Gazetteer,
) -> TitleInfo:
    """The normal form, role, organization and region of a title."""
    position = normalize_title(analysis, title, lexicon)
    role = title_role(analysis, title, lexicon)
    inner = [s for s in spans if title.start <= s.start and s.end <= title.end and s.type in (ORG, LOC)]
    org_id = None
    org_region = None
    ministry = None
    named = [s for s in inner if s.type == ORG and s in resolved.entity_of]
    boundary = _attached_boundary(analysis, title, "при")
    if boundary is not None:
        # "совет при Правительстве": the body a title's unit is attached to is not its organization
        named = [s for s in named if s.end <= boundary]
        inner = [s for s in inner if s.end <= boundary]
    boundary = _attached_boundary(analysis, title, "от")
    if boundary is not None and any(s.end <= boundary for s in named):
        # "депутат Думы от партии «Новый путь»": the party is who sent him, the Duma is where he sits
        named = [s for s in named if s.end <= boundary]
    region = _title_region(analysis, title, inner, resolved, lexicon.morph, gazetteer)
    if named:
        outer = max(named, key=lambda s: (s.end, -(s.end - s.start)))
        org_id = resolved.entity_of[outer]
        org = resolved.orgs.get(org_id)
        org_region = org.region_code if org else None
    else:
        found = _ministry_of(analysis, title, lexicon, orgs)
        if found is not None:
            ministry = implied_org(*found, region)
            org_id = ministry.org_id
    bare = title.last == title.head or (title.last == title.head + 1 and analysis.tokens[title.last].text == ".")
    return TitleInfo(position, role, org_id, region or org_region, ministry, bare)


def _attached_boundary(analysis: Analysis, title: Title, preposition: str) -> int | None:
    """Offset of the first ``при`` (or another preposition) in a title, if any."""
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if fold(token.text) == preposition:
            return token.start
    return None


def _title_region(
    analysis: Analysis, title: Title, inner: list[Span], resolved: Resolved, morph: Morph, gazetteer: Gazetteer
) -> str | None:
    """The region a title names: a place inside it, a region's adjective, or a generic ``региона``
    (``губернатор области``) standing for the document's main region."""
    places = [resolved.place_of.get(span) for span in inner if span.type == LOC]
    region = gazetteer.region_named_in(places, analysis.tokens[title.first: title.last + 1])
    if region is not None:
        return region
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if token.feat.get("Case") == "Gen" and morph.forms(token.text) & _GENERIC_REGION:
            return resolved.main_region
    return None


def _ministry_of(
    analysis: Analysis, title: Title, lexicon: TitleLexicon, orgs: OrgLexicon
) -> tuple[str, str | None] | None:
    """``министр промышленности и торговли РФ`` → the ministry (from the dictionary when it is there)."""
    tokens = analysis.tokens
    minister = None
    for index in (title.head, title.head + 1):
        if index <= title.last and lexicon.title_lemma(tokens[index].text) in _MINISTER:
            minister = index
            break
    if minister is None or title.last <= minister:
        return None
    complement = analysis.text[tokens[minister + 1].start: tokens[title.last].end]
    name = "Министерство " + tidy_spaces(complement)
    ref = orgs.lookup(name)
    if ref is not None:
        return ref.name, ref.abbr
    return name, None
