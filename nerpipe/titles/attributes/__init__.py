"""What a title says: its normal form and role (:mod:`.normalize`), the organization it belongs to (the outermost
ORG inside it, a ministry named only through a minister's title or described, :mod:`.described`), its country (the
one it states, else its organization's as resolve gives it: :mod:`.scope`) and region. A foreign title never links
to a Russian body: ``израильский министр обороны`` belongs to ``Министерство обороны Израиля``, not to Russia's
ministry of the same name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...morph import fold
from ...ner import Analysis
from ...orgs import OrgLexicon
from ...places import RUSSIA, Gazetteer, Place, foreign_country
from ...records import LOC, ORG, OrgEntity, Span
from ...resolve import Resolved, Scope, implied_org
from ...resolve.abroad import foreign_counterpart
from ...resolve.cabinet import has_ministries, names_federal
from ...resolve.generic_regions import name_generic_region
from ...resolve.russia_names import is_russian, without_russia
from ...text import tidy_spaces
from ..described import described_body, name_described
from ..grammar import Title
from ..lexicon import TitleLexicon
from ..normalize import normalize_title, title_role
from ..scope import stated_country
from ..tokens import is_word
from .antecedent import find_kind_antecedent
from .consular import consular_country
from .department import department_antecedent
from .federal import after_federal_government, federal_title
from .led import led_group_place, member_group_place
from .region import division_country, document_country, of_a_department, serves_abroad, title_region
from .relative import find_relative_antecedent

__all__ = ["TitleInfo", "describe_title", "is_ministry"]

_MINISTER = {"министр", "замминистра"}
_HEADS = {"глава", "руководитель"}
_COUNTRY_WORDS = {"страна", "государство"}
_MINISTRY = re.compile(r"(?i)^(министерство\b|мид\b|мвд\b|мин(?!ск)[а-яё]{3,}$)")


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
    stationed: bool = False  # the country is only where an envoy serves (``посол в Китае``), not whose he is
    scoped: bool = False  # the region is the document's, for a title that names no place nor body (``мэр города``)
    russian: bool = False  # the title states Russia's (``премьер-министр России``, ``губернатор области``)

    @property
    def bare(self) -> bool:
        """The title has no dependents (``министр``, ``вице-губернатор``)."""
        return not self.substance


def describe_title(
    analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved, lexicon: TitleLexicon,
    orgs: OrgLexicon, gazetteer: Gazetteer, scope: Scope | None = None,
) -> TitleInfo:
    """The normal form, role, organization, country and region of a title (``scope``: what the document
    is about, for a title that states no place)."""
    scope = scope or resolved.scope
    if scope.cabinet and (federal_title(analysis, title, spans, resolved, lexicon)
                          or after_federal_government(analysis, title, spans, resolved)):
        # "Премьер-министр России назначил X заместителем министра …", "в правительстве России, где … замминистра"
        scope = replace(scope, cabinet=False)
    position = normalize_title(analysis, title, lexicon)
    role = title_role(analysis, title, lexicon)
    inner = [s for s in spans if title.start <= s.start and s.end <= title.end and s.type in (ORG, LOC)]
    org_id = None
    org = None
    ministry = None
    head = analysis.tokens[title.head]
    # a span that ends with the title's own head is the title the tagger took for a body («Нового ректора»)
    named = [s for s in inner if s.type == ORG and s in resolved.entity_of
             and not s.start <= head.start < s.end <= head.end]
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
    # "директор центра оценки качества министерства": the centre is the title's body, the ministry only its owner
    named = [s for s in named if not _owns_unnamed_body(analysis, title, s, orgs)]
    located = [(span, place) for span in inner if span.type == LOC
               and not _remit(analysis, span, place := resolved.place_of.get(span))]
    places, remit = [place for _, place in located], len(located) < sum(s.type == LOC for s in inner)
    country = stated_country(places, analysis.tokens[title.first: title.last + 1], gazetteer)
    region = title_region(analysis, title, inner, resolved, lexicon, gazetteer, scope)
    if not inner and (group := led_group_place(analysis, title, spans, resolved)
                      or member_group_place(analysis, title, spans, resolved)) is not None:
        # "делегация из китайского города Хэйхэ во главе с мэром": the mayor of the group's place, not the text's
        country, region = (None, group.region_code) if group.country_code == RUSSIA else (group.country_code, None)
    if named:
        outer = max(named, key=lambda s: (s.end, -(s.end - s.start)))
        org_id = resolved.entity_of[outer]
        org = resolved.orgs.get(org_id)
        if org is not None and region is None and country is None and scope.cabinet and _bare_ministry(org) \
                and has_ministries(scope, gazetteer) and not names_federal(analysis, outer):
            # "глава министерства культуры" in a text about the region's cabinet (not "федерального Минздрава")
            region = scope.region
            ministry = implied_org(f"{without_russia(org.name)} {gazetteer.region_genitive(region)}", None, region)
            org_id, org = ministry.org_id, None
        elif org is not None and region is not None and _regional_ministry(analysis, title, outer, org):
            # "глава Минздрава республики": the republic's ministry, not Russia's of the same name
            ministry = implied_org(f"{without_russia(org.name)} {gazetteer.region_genitive(region)}", None, region)
            org_id, org = ministry.org_id, None
        elif org is not None and region is not None \
                and (cabinet_ministry := _ministry_in_cabinet(analysis, title, outer, lexicon)) is not None:
            # "заместитель министра экологии в правительстве Калужской области": the region's ministry
            ministry = implied_org(f"{cabinet_ministry} {gazetteer.region_genitive(region)}", None, region)
            org_id, org = ministry.org_id, None
        office = _territorial_office(analysis, outer, inner, org, resolved) if region is not None else None
        if office is not None:
            # "начальник ГУ МВД по Свердловской области": the body's office in the region, not the body
            ministry = implied_org(office, None, region)
            org_id, org = ministry.org_id, None
        if org is not None and foreign_country(org.country) and not any(places):
            # a title that names no place follows resolve's body abroad, past what its words alone would say
            # ("председатель Столичного совета" of the council resolve found Ulaanbaatar's, not Moscow's)
            country, region = org.country, None
        if org is not None:
            country = country or org.country  # resolve's decision ("глава МВД" in a text about Georgia: Georgia's)
            region = region or org.region_code
    elif (antecedent := (of_a_department(analysis, title, lexicon)
                         and department_antecedent(analysis, title, spans, resolved, lexicon))
            or find_kind_antecedent(analysis, title, spans, resolved, lexicon)
            or find_relative_antecedent(analysis, title, spans, resolved)) is not None:
        # "глава ведомства" after "прокуратура области сообщила", else "заместитель председателя суда" after
        # "Энского областного суда", else "фонд «Заря», президентом которого стал …"
        org_id = resolved.entity_of[antecedent]
        org = resolved.orgs.get(org_id)
        if org is not None:
            country, region = country or org.country, region or org.region_code
    span = (outer.start, outer.end) if named else (analysis.tokens[title.head].end, title.end)
    if (described := described_body(analysis, *span, orgs)) is not None:  # "внешнеполитического ведомства"
        org_id = org = None
    stated = country or (RUSSIA if region else None)
    country = stated or (None if remit else document_country(analysis, title, org_id, lexicon, scope, resolved))
    if country is None and described is not None and not remit:
        country = scope.country  # "глава внешнеполитического ведомства" in a text about Britain: Britain's ministry
    if country is None and org_id is None and not remit:
        country = consular_country(analysis, title, resolved, lexicon)  # "вице-консул" beside "консульство Китая"
    if country is None and org_id is None and not remit:
        country = division_country(analysis, title, inner, resolved, lexicon)  # "президент провинции"
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
        # the region a generic word stands for ("министр культуры края") or an adjective before the title's
        # head ("томский министр культуры"): not one named after the head, which its body's name says
        head_end = analysis.tokens[title.head].end
        after_head = [place for span, place in located if span.start >= head_end]
        implied = region if gazetteer.region_named_in(after_head, analysis.tokens[title.head + 1: title.last + 1]) \
            is None else None
        # a city of federal rank has departments, no ministries: "замминистра" there is of Russia's
        cabinet = region is None and country is None and scope.cabinet and has_ministries(scope, gazetteer)
        if cabinet:
            implied = scope.region  # "назначен министром культуры" in a text about the region's cabinet
        found = _ministry_of(analysis, title, lexicon, orgs, country, implied, gazetteer, located)
        if found is not None:
            region = scope.region if cabinet else region
            name, abbr, body_country = found
            ministry = implied_org(name, abbr, region, body_country)
            org_id = ministry.org_id
    substance = frozenset(lexicon.morph.lemma(t.text) for t in analysis.tokens[title.head + 1: title.last + 1]
                          if is_word(t))
    if role in _HEADS and org_id is not None and is_ministry((org or ministry).name if org or ministry else ""):
        role = "министр"  # "глава МИД", "руководитель Минздрава"
    if _of_many_countries(analysis, title, lexicon, outer if named else None):
        org_id, ministry, country, region = None, None, None, None  # "главы МИД стран": no one country's body
    return TitleInfo(position, role, org_id, region, foreign_country(country), ministry, substance,
                     guessed=country is not None and stated is None,
                     stationed=serves_abroad(analysis, title, located, country, lexicon),
                     scoped=region is not None and region == scope.region and not inner and org_id is None,
                     russian=stated == RUSSIA)


def _owns_unnamed_body(analysis: Analysis, title: Title, span: Span, orgs: OrgLexicon) -> bool:
    """A body named after a title's head past a noun of another kind of body the title heads, with no name of
    its own in the span (``директор центра оценки качества министерства образования``, ``ректор института при
    академии``): the named body owns the one the title is of, it is not the title's."""
    tokens = analysis.tokens
    inside = analysis.tokens_in(span.start, span.end)
    if not inside or orgs.kind_of(fold(inside[0].text)) is None:
        return False  # "директор фонда «Вектор»": the quoted name is the fund's own
    return any(orgs.kind_of(fold(t.text)) == "descriptor" and t.pos == "NOUN"
               for t in tokens[title.head + 1: inside[0].index])


def _of_many_countries(analysis: Analysis, title: Title, lexicon: TitleLexicon, body: Span | None) -> bool:
    """A title of the bodies of several countries (``главы МИД стран``, ``министры обороны государств``): a plural
    genitive of ``страна``/``государство`` after its head that is no word of the name of the body the title
    belongs to (``body``: ``секретарь Союза северных государств`` is one body's)."""
    return any(lexicon.morph.lemma(t.text) in ("страна", "государство") and t.feat.get("Number") == "Plur"
               and t.feat.get("Case") == "Gen" and not (body is not None and body.start <= t.start < body.end)
               for t in analysis.tokens[title.head + 1: title.last + 1])


def _bare_ministry(org: OrgEntity) -> bool:
    """A federal ministry of Russia the dictionary names (``Министерство культуры Российской Федерации``)."""
    return is_russian(org.name) and is_ministry(org.name) and org.region_code is None


def _regional_ministry(analysis: Analysis, title: Title, span: Span, org: OrgEntity) -> bool:
    """A federal ministry named in a title with a region after it in the genitive (``Минздрава республики``,
    ``министерства культуры края``): the region's own ministry; not a territorial office (``ГУ МВД по
    области``) nor a body with no such counterpart."""
    if not (is_russian(org.name) and is_ministry(org.name)) or org.region_code is not None:
        return False
    after = [t for t in analysis.tokens[title.head + 1: title.last + 1] if t.start >= span.end]
    return bool(after) and after[0].feat.get("Case") == "Gen" and fold(after[0].text) not in ("по", "при")


def _ministry_in_cabinet(analysis: Analysis, title: Title, span: Span, lexicon: TitleLexicon) -> str | None:
    """The name of the ministry a minister's title names before ``в правительстве …`` (``министр культуры в
    правительстве области`` → ``Министерство культуры``): the government is where the ministry is, not the
    title's body; ``None`` for other titles and bodies."""
    tokens = analysis.tokens
    inside = analysis.tokens_in(span.start, span.end)
    at = inside[0].index - 1
    if at <= title.head or fold(tokens[at].text) != "в" or lexicon.morph.lemma(inside[0].text) != "правительство":
        return None
    minister = _minister_at(tokens, title, lexicon)
    if minister is None or minister + 1 >= at:
        return None
    return "Министерство " + tidy_spaces(analysis.text[tokens[minister + 1].start: tokens[at - 1].end])


def _minister_at(tokens, title: Title, lexicon: TitleLexicon) -> int | None:
    """The index of a minister's word (``министр``) at a title's head or the word after it, within the title;
    ``None`` when neither is one."""
    if title.head > title.first and lexicon.head_lemma(tokens[title.head - 1].text) == "премьер":
        return None  # "премьер министр" written without its hyphen heads a government, no ministry
    return next((k for k in (title.head, title.head + 1)
                 if k <= title.last and lexicon.title_lemma(tokens[k].text) in _MINISTER), None)


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


def _remit(analysis: Analysis, span: Span, place: Place | None) -> bool:
    """A foreign country after ``по`` is what a post deals with, not where it is: ``специальный представитель
    президента по Афганистану`` is Russia's envoy (a Russian region after ``по`` is where an office is:
    ``управление МВД по Тверской области``)."""
    k = analysis.tokens_in(span.start, span.end)[0].index - 1
    return place is not None and place.category == "country" and place.country_code != RUSSIA \
        and k >= 0 and fold(analysis.tokens[k].text) == "по"


def _is_country_word(token, lexicon: TitleLexicon) -> bool:
    """Whether ``token`` is ``страны`` or ``государства`` in the singular genitive: a word for the country a title
    stands for, which its ministry's name gives as the country's own."""
    return token.feat.get("Case") == "Gen" and token.feat.get("Number") != "Plur" \
        and lexicon.morph.lemma(token.text) in _COUNTRY_WORDS


def is_ministry(name: str) -> bool:
    """``Министерство финансов …``, ``МИД Японии``, ``Минздрав``: a ministry's name."""
    return bool(_MINISTRY.match(name)) or any(word in ("МИД", "МВД") for word in name.split())


def _attached_boundary(analysis: Analysis, title: Title, preposition: str) -> int | None:
    """Offset of the first ``при`` (or another preposition) in a title, if any."""
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if fold(token.text) == preposition:
            return token.start
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
    minister = _minister_at(tokens, title, lexicon)
    if minister is None or title.last <= minister:
        return None
    # "министр экономики страны" of a foreign country: that country's ministry, named with the country
    stripped = title.last > minister + 1 and _is_country_word(tokens[title.last], lexicon) \
        and country not in (None, RUSSIA)
    last = title.last - 1 if stripped else title.last
    complement = analysis.text[tokens[minister + 1].start: tokens[last].end]
    name = "Министерство " + tidy_spaces(complement)
    if country not in (None, RUSSIA):
        after, before = tokens[minister + 1].start, tokens[title.last].end  # the places the complement names
        named = stated_country([place for span, place in located if span.start >= after and span.end <= before],
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

