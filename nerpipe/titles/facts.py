"""The rows of the titles stage: POSITION mentions and ``positions`` facts.

For each title: its normal form and role (:mod:`.normalize`), the organization it belongs to (the outermost
ORG inside it, a ministry named only through a minister's title or described, :mod:`.described`), its
country (the one it states, else its organization's as resolve gives it: :mod:`.scope`) and region, and its
holder (:mod:`.holders`). A foreign title never links to a Russian body: ``израильский министр обороны``
belongs to ``Министерство обороны Израиля``, not to Russia's ministry of the same name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..morph import fold
from ..ner import Analysis
from ..orgs import OrgLexicon
from ..places import RUSSIA, Gazetteer, Place, foreign_country
from ..records import LOC, ORG, PER, POSITION, Mention, OrgEntity, PositionFact, Span
from ..resolve import Resolved, Scope, implied_org
from ..resolve.abroad import foreign_counterpart, is_russian, without_russia
from ..resolve.organizations import name_generic_region
from ..resolve.regional import level_of_scope
from ..text import tidy_spaces
from .described import described_body, name_described
from .former import held_before
from .generic import holds_no_post, is_generic
from .grammar import Title, find_titles
from .holders import attach_titles
from .lexicon import TitleLexicon
from .normalize import normalize_title, title_role
from .predicates import antecedent_candidate
from .scope import stated_country
from .succession import with_takeovers
from .tokens import is_word
from .trimming import inner_title, trim_title

_GENERIC_REGION = {"регион", "область", "республика", "край", "субъект", "округ"}
_MINISTER = {"министр", "замминистра"}
_HEADS = {"глава", "руководитель"}
_MINISTRY = re.compile(r"(?i)^(министерство\b|мид\b|мвд\b|мин(?!ск)[а-яё]{3,}$)")


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
    country: str | None  # ISO 3166-1 alpha-2 of a foreign body; None for Russia's and where none is known
    ministry: OrgEntity | None  # a body named only through the title (a minister's ministry, a foreign body)
    substance: frozenset[str]  # the lemmas of its dependents: what it says beyond its role ({"балет", "театр"})
    guessed: bool = False  # the country is the document's, not stated

    @property
    def bare(self) -> bool:
        """The title has no dependents (``министр``, ``вице-губернатор``)."""
        return not self.substance


def build_positions(
    analysis: Analysis, spans: list[Span], resolved: Resolved, lexicon: TitleLexicon, orgs: OrgLexicon,
    gazetteer: Gazetteer,
) -> TitleFacts:
    """POSITION mentions and ``positions`` rows of one document.

    One row per fact: a person stated twice with the same role at the same
    organization and region keeps the first statement. A title that holds no post
    (:func:`.generic.holds_no_post`: ``кандидат в президенты``, ``известный правозащитник``) and a
    profession beside a post at an organization given to the same name (``председатель союза
    писателей поэт …``) are POSITION mentions with no row.
    """
    readable = _without_bodies_of_people(spans)
    titles = [trim_title(analysis, t) for t in find_titles(analysis, readable, lexicon)]
    persons = [s for s in spans if s.type == PER and s in resolved.entity_of]
    inner = {t: found for t in titles if (found := inner_title(analysis, t, lexicon)) is not None}
    holders: dict[Title, list[Span]] = {}  # a plural title may have several ("губернаторы Орлов и Лаптев")
    for attachment in attach_titles(analysis, titles, readable, persons, lexicon.morph, inner):
        holders.setdefault(attachment.title, []).append(attachment.person)
    holders, earlier = with_takeovers(analysis, titles, persons, holders, lexicon)
    scope = resolved.scope
    visits = _visit_sentences(analysis, lexicon)
    visitors = {resolved.entity_of[p] for p in persons if analysis.tokens_in(p.start, p.end)[0].sent in visits}
    infos: dict[Title, TitleInfo] = {}
    generic = {t for t in titles if t not in holders and is_generic(analysis, t, lexicon)}
    # "представители партии президента": the plural speaks of a class, the title it governs of one holder
    governed = [inner[t] for t in generic if t in inner and inner[t] not in holders]
    for title in [*titles, *(t for t in holders if t not in titles), *governed]:
        if title in holders or not (title in generic or is_generic(analysis, title, lexicon)
                                      or _occupation_only(analysis, title, lexicon)):
            local = scope if analysis.tokens[title.head].sent not in visits else Scope(scope.region, None)
            infos[title] = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer, local)
    _share_bodies(analysis, infos, holders, lexicon)
    for title, info in infos.items():
        if title not in holders:
            person = antecedent_candidate(analysis, title, persons)
            if person is not None and _holds_elsewhere(resolved.entity_of[person], info, holders, infos, resolved):
                holders[title] = [person]
    mentions = [Mention(t.start, t.end, POSITION, analysis.text[t.start:t.end], info.position, None)
                for t, info in infos.items()]
    facts: list[PositionFact] = []
    said: list[frozenset[str]] = []  # the substance of each fact's title
    derived: dict[str, OrgEntity] = {}
    for title, info, person in ((t, i, p) for t, i in infos.items() for p in holders.get(t, ())):
        if holds_no_post(analysis, title, lexicon, info.org_id is not None or info.region_code is not None):
            continue
        if info.guessed and resolved.entity_of[person] in visitors:  # a visitor is not of the country visited
            info = describe_title(analysis, title, spans, resolved, lexicon, orgs, gazetteer, Scope(scope.region, None))
        fact = PositionFact(
            person_id=resolved.entity_of[person], position=info.position, role=info.role, org_id=info.org_id,
            region_code=info.region_code, start=title.start, end=title.end, person_start=person.start,
            person_end=person.end, acting=title.acting, country=info.country,
            former=title.former or held_before(analysis, title, lexicon.morph) or (title, person) in earlier,
        )
        if not any(restates(fact, info.substance, earlier, words) for earlier, words in zip(facts, said)):
            facts.append(fact)
            said.append(info.substance)
            if info.ministry is not None and info.ministry.org_id not in resolved.orgs:
                derived[info.ministry.org_id] = info.ministry
    occupations = {t.start for t in infos
                   if (lemma := lexicon.head_lemma(analysis.tokens[t.head].text)) in lexicon.professions
                   and lemma not in lexicon.military}
    return TitleFacts(mentions, [f for f in facts if not _beside_post(f, facts, occupations)], derived)


def _share_bodies(analysis: Analysis, infos: dict[Title, TitleInfo], holders: dict[Title, list[Span]],
                  lexicon: TitleLexicon) -> None:
    """``генеральный директор и совладелец компании «Вектор»``: the head of a body (the ``office`` group) with no
    dependents joined by ``и`` to a title of the same holder that names an organization heads that one (not a
    profession, ``писатель и журналист газеты``, nor a minister, ``министр и депутат Думы``)."""
    ordered = sorted(infos, key=lambda t: t.start)
    for a, b in zip(ordered, ordered[1:]):
        first, second = infos[a], infos[b]
        if not first.bare or first.org_id is not None or second.org_id is None or not holders.get(a) \
                or holders.get(a) != holders.get(b) or analysis.text[a.end:b.start].strip() != "и" \
                or lexicon.head_lemma(analysis.tokens[a.head].text) not in lexicon.offices:
            continue
        infos[a] = replace(first, org_id=second.org_id, region_code=first.region_code or second.region_code,
                           country=first.country or second.country, ministry=second.ministry)


def _without_bodies_of_people(spans: list[Span]) -> list[Span]:
    """The spans a title is read among: an organization that holds a person (``пресс-служба губернатора
    Петра Орлова``) leaves its words to the title and the name inside it."""
    people = [s for s in spans if s.type == PER]
    return [s for s in spans if s.type != ORG or not any(s.contains(p) for p in people)]


def _visit_sentences(analysis: Analysis, lexicon: TitleLexicon) -> set[int]:
    """The sentences that speak of a visit (``прибыл в``, ``визит``): whoever they name is not presumed to be
    of the country the document is about."""
    return {t.sent for t in analysis.tokens
            if t.pos in ("VERB", "NOUN") and lexicon.morph.forms(t.text) & lexicon.visits}


def _occupation_only(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A bare occupation with no holder (``чиновник подчеркнул``): a class of people more than a title."""
    lemma = lexicon.head_lemma(analysis.tokens[title.head].text)
    return title.last == title.head and lemma not in lexicon.posts


def _beside_post(fact: PositionFact, facts: list[PositionFact], occupations: set[int]) -> bool:
    """A profession at no organization or region given to a name that a title at an organization is given
    too (``председатель совета муфтиев шейх …``, ``директор театра хореограф …``; ``occupations``: where
    the titles of professions start, a military rank not among them): the post says what the holder is
    there, the profession only who they are. A post held before says nothing of the kind (``X, в прошлом
    футболист «…», стал тренером``), nor one stated after the profession (``назначил тренера X ректором``)."""
    return fact.start in occupations and fact.org_id is None and fact.region_code is None and any(
        other.org_id is not None and not other.former and other.end <= fact.start
        and (other.person_start, other.person_id) == (fact.person_start, fact.person_id) for other in facts)


def _holds_elsewhere(holder: str, info: TitleInfo, holders: dict[Title, list[Span]], infos: dict[Title, TitleInfo],
                     resolved: Resolved) -> bool:
    """Whether the text gives ``holder`` the role of ``info`` in another title, with no other organization
    or region: what a title with no name needs to refer back to that person."""
    for other, persons in holders.items():
        other_info = infos.get(other)
        if other_info is not None and holder in {resolved.entity_of[p] for p in persons} \
                and other_info.role == info.role and _compatible(info.org_id, other_info.org_id) \
                and _compatible(info.region_code, other_info.region_code):
            return True
    return False


def _compatible(this: str | None, other: str | None) -> bool:
    """Two statements of one attribute that do not contradict each other: equal, or one not stated."""
    return this is None or other is None or this == other


def restates(fact: PositionFact, substance: frozenset[str], earlier: PositionFact, said: frozenset[str]) -> bool:
    """Whether ``fact`` says nothing that ``earlier`` did not.

    The same person and role, no organization or region that ``earlier`` lacks, and no dependent
    ``earlier`` lacks (``substance`` and ``said``: the lemmas of the two titles' dependents): the bare role
    (``министр связи … РФ Степан Кузьмин`` … ``министр``; ``заместитель губернатора … по экономике`` …
    ``вице-губернатор``), part of the title (``заместитель губернатора по экономике``), the title under
    another name of its role or with a word that changes nothing (``художественный руководитель балета`` …
    ``худрук балета``; ``президент ФИДЕ`` … ``действующий президент ФИДЕ``). ``глава региона`` … ``глава
    Республики Коми`` names the region and stays.
    """
    return (fact.person_id == earlier.person_id and fact.role == earlier.role
            and fact.acting == earlier.acting and fact.former == earlier.former
            and fact.org_id in (None, earlier.org_id) and fact.region_code in (None, earlier.region_code)
            and fact.country in (None, earlier.country) and substance <= said)


def describe_title(
    analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved, lexicon: TitleLexicon,
    orgs: OrgLexicon, gazetteer: Gazetteer, scope: Scope | None = None,
) -> TitleInfo:
    """The normal form, role, organization, country and region of a title (``scope``: what the document
    is about, for a title that states no place)."""
    scope = scope or resolved.scope
    position = normalize_title(analysis, title, lexicon)
    role = title_role(analysis, title, lexicon)
    inner = [s for s in spans if title.start <= s.start and s.end <= title.end and s.type in (ORG, LOC)]
    org_id = None
    org = None
    ministry = None
    named = [s for s in inner if s.type == ORG and s in resolved.entity_of]
    boundary = _attached_boundary(analysis, title, "при")
    if boundary is not None:
        # "совет при Правительстве": the body a title's unit is attached to is not its organization; a body
        # whose own name goes on past the preposition is ("комитет при прокуратуре" found as one span)
        named = [s for s in named if s.start < boundary]
        inner = [s for s in inner if s.end <= boundary]
    boundary = _attached_boundary(analysis, title, "от")
    if boundary is not None and any(s.end <= boundary for s in named):
        # "депутат Думы от партии «Новый путь»": the party is who sent him, the Duma is where he sits
        named = [s for s in named if s.end <= boundary]
    located = [(span, resolved.place_of.get(span)) for span in inner if span.type == LOC]
    places = [place for _, place in located]
    country = stated_country(places, analysis.tokens[title.first: title.last + 1], gazetteer)
    region = _title_region(analysis, title, inner, resolved, lexicon, gazetteer, scope)
    if named:
        outer = max(named, key=lambda s: (s.end, -(s.end - s.start)))
        org_id = resolved.entity_of[outer]
        org = resolved.orgs.get(org_id)
        if org is not None and region is not None and _regional_ministry(analysis, title, outer, org):
            # "глава Минздрава республики": the republic's ministry, not Russia's of the same name
            ministry = implied_org(f"{without_russia(org.name)} {gazetteer.region_genitive(region)}", None, region)
            org_id, org = ministry.org_id, None
        office = _territorial_office(analysis, outer, inner, org, resolved) if region is not None else None
        if office is not None:
            # "начальник ГУ МВД по Свердловской области": the body's office in the region, not the body
            ministry = implied_org(office, None, region)
            org_id, org = ministry.org_id, None
        if org is not None:
            country = country or org.country  # resolve's decision ("глава МВД" in a text about Georgia: Georgia's)
            region = region or org.region_code
    span = (outer.start, outer.end) if named else (analysis.tokens[title.head].end, title.end)
    if (described := described_body(analysis, *span, lexicon)) is not None:  # "внешнеполитического ведомства"
        org_id = org = None
    stated = country or (RUSSIA if region else None)
    country = stated or _document_country(analysis, title, org_id, lexicon, scope)
    if country not in (None, RUSSIA):
        region = None  # a foreign body has no Russian region
        if org is not None and is_russian(org.name):  # "глава МВД" of another country is not Russia's
            ministry = implied_org(foreign_counterpart(org.name, country, gazetteer), None, None, country)
            org_id = ministry.org_id
    if described is not None:
        name, abbr, body_country = name_described(described, country, orgs, gazetteer)
        ministry = implied_org(name, abbr, None, body_country)
        org_id = ministry.org_id
    elif org_id is None:
        implied = region if gazetteer.region_named_in(places, analysis.tokens[title.first: title.last + 1]) is None \
            else None  # the region a generic word stands for ("министр культуры края")
        found = _ministry_of(analysis, title, lexicon, orgs, country, implied, gazetteer, located)
        if found is not None:
            name, abbr, body_country = found
            ministry = implied_org(name, abbr, region, body_country)
            org_id = ministry.org_id
    substance = frozenset(lexicon.morph.lemma(t.text) for t in analysis.tokens[title.head + 1: title.last + 1]
                          if is_word(t))
    if role in _HEADS and org_id is not None and _is_ministry((org or ministry).name if org or ministry else ""):
        role = "министр"  # "глава МИД", "руководитель Минздрава"
    return TitleInfo(position, role, org_id, region, foreign_country(country), ministry, substance,
                     guessed=country is not None and stated is None)


def _regional_ministry(analysis: Analysis, title: Title, span: Span, org: OrgEntity) -> bool:
    """A federal ministry named in a title with a region after it in the genitive (``Минздрава республики``,
    ``министерства культуры края``): the region's own ministry; not a territorial office (``ГУ МВД по
    области``) nor a body with no such counterpart."""
    if not (is_russian(org.name) and _is_ministry(org.name)) or org.region_code is not None:
        return False
    after = [t for t in analysis.tokens[title.head + 1: title.last + 1] if t.start >= span.end]
    return bool(after) and after[0].feat.get("Case") == "Gen" and fold(after[0].text) not in ("по", "при")


def _territorial_office(analysis: Analysis, span: Span, inner: list[Span], org: OrgEntity | None,
                        resolved: Resolved) -> str | None:
    """The name of a body's office in a region (``ГУ МВД по Свердловской области``, ``УФСБ по Омской области``):
    a body of no region right before ``по`` and a place of a Russian region; with the abbreviations before
    it (``ГУ``)."""
    if org is None or org.region_code is not None or foreign_country(org.country) is not None:
        return None
    tokens, inside = analysis.tokens, analysis.tokens_in(span.start, span.end)
    first, after = inside[0].index, inside[-1].index + 1
    if after + 1 >= len(tokens) or fold(tokens[after].text) != "по":
        return None
    place = next((s for s in inner if s.type == LOC and s.start == tokens[after + 1].start), None)
    located = resolved.place_of.get(place) if place is not None else None
    if located is None or not located.region_code or foreign_country(located.country_code) is not None:
        return None
    while first > 0 and tokens[first - 1].text.isupper() and len(tokens[first - 1].text) > 1:
        first -= 1  # "ГУ МВД"
    return tidy_spaces(analysis.text[tokens[first].start: place.end])


def _document_country(analysis: Analysis, title: Title, org_id: str | None, lexicon: TitleLexicon,
                      scope: Scope) -> str | None:
    """The country the document is about, for a state's title that names no body (``премьер-министр``,
    ``глава государства``) and for a region's or a town's title that names nothing (``мэр`` in a text
    about Paris)."""
    if scope.country is None or org_id is not None:
        return None
    tokens = analysis.tokens[title.head: title.last + 1]
    lemma = lexicon.head_lemma(tokens[0].text)
    national = lemma in lexicon.national or (lemma in lexicon.regional and title.last == title.head)
    return scope.country if national or any(lexicon.morph.forms(t.text) & lexicon.state_words for t in tokens) \
        else None


def _is_ministry(name: str) -> bool:
    """``Министерство финансов …``, ``МИД Японии``, ``Минздрав``: a ministry's name."""
    return bool(_MINISTRY.match(name)) or any(word in ("МИД", "МВД") for word in name.split())


def _attached_boundary(analysis: Analysis, title: Title, preposition: str) -> int | None:
    """Offset of the first ``при`` (or another preposition) in a title, if any."""
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if fold(token.text) == preposition:
            return token.start
    return None


def _title_region(
    analysis: Analysis, title: Title, inner: list[Span], resolved: Resolved, lexicon: TitleLexicon,
    gazetteer: Gazetteer, scope: Scope,
) -> str | None:
    """The region a title names: a place inside it or a region's adjective; or the region the document
    is about, for a generic ``региона`` (``губернатор области``) or a regional title that names no place."""
    places = [resolved.place_of.get(span) for span in inner if span.type == LOC]
    region = gazetteer.region_named_in(places, analysis.tokens[title.first: title.last + 1])
    if region is not None or scope.region is None or any(p is not None for p in places):
        return region
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if token.feat.get("Case") == "Gen" and lexicon.morph.forms(token.text) & _GENERIC_REGION:
            return scope.region
    if title.last == title.head and lexicon.head_lemma(analysis.tokens[title.head].text) in lexicon.regional:
        return scope.region  # "губернатор" in a text about one region
    if any(level_of_scope(t.text, scope, gazetteer) or lexicon.morph.forms(t.text) & lexicon.regional_bodies
           for t in analysis.tokens[title.first: title.last + 1]):
        return scope.region  # "краевой министр", "спикер законодательного собрания" in a text about one region
    return None


def _ministry_of(
    analysis: Analysis, title: Title, lexicon: TitleLexicon, orgs: OrgLexicon, country: str | None,
    region: str | None, gazetteer: Gazetteer, located: list[tuple[Span, Place | None]],
) -> tuple[str, str | None, str | None] | None:
    """``министр промышленности и торговли РФ`` → the ministry's name, abbreviation and country (from the
    dictionary when it is there); a foreign minister's ministry is named with its country (``израильский
    министр обороны`` → ``Министерство обороны Израиля``) and never taken from the dictionary of Russia's
    bodies (``located``: the places inside the title)."""
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
    if country not in (None, RUSSIA):
        after = tokens[minister + 1].start
        named = stated_country([place for span, place in located if span.start >= after],
                               tokens[minister + 1: title.last + 1], gazetteer) == country
        return (name if named else foreign_counterpart(name, country, gazetteer)), None, country
    if region is not None:  # "министр здравоохранения республики": the republic the text is about
        named = name_generic_region(name, [t.word() for t in tokens[minister + 1: title.last + 1]], region, gazetteer)
        if named == name:  # "краевой министр образования": the region's ministry, named with the region
            return f"{name} {gazetteer.region_genitive(region)}", None, None
        name = named
    ref = orgs.lookup(name)
    if ref is not None:
        return ref.name, ref.abbr, ref.country
    return name, None, country
