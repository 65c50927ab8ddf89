"""Which country's body a text means when it names one as Russia's would be named.

The organization dictionary knows Russia's ministries and government (``МВД``, ``Минобороны``,
``правительство``); a text about another country names that country's bodies the same way
(``глава МВД`` in a report on Georgia is Georgia's). A dictionary body of Russia of a kind every
state has (a ministry, a government, an administration; no place of Russia's own in its name,
unlike ``Министерство по делам Северного Кавказа``) is, at a mention that names no country,
the body of the foreign country the document is about (:func:`nerpipe.resolve.document_scope`),
and at a mention after a foreign country's adjective (``грузинского МВД``), that country's:
``Министерство внутренних дел Грузии``, with its country. It stays Russia's wherever the text
names it as Russia's once (``Минсельхоз РФ`` … ``Минсельхоза``, ``российского Минсельхоза``) or
by a name of Russia's own (``Кремль``); bodies of no such kind (``Госдума``, ``ФСБ``) always do, as do national
bodies whose own name ends in ``России`` (``Федерация хоккея России``, ``ФХР``), beside another country's of the
same words too.
A body named by its noun alone (``правительство``, ``полиция``), or a chamber of a parliament by its
words alone (``Палата представителей``, ``Национальное собрание``), is likewise the foreign country's
(``Правительство Грузии``) in a text about that country (a chamber stays as it is elsewhere); in a
text about Russia, Russia's federal body (``Правительство Российской Федерации``, ``Полиция России``) —
a government only where the text is about no one region, which has a government of its own; elsewhere
it keeps the noun as its name and is the document's own entity (:func:`~nerpipe.resolve.ids.local_org_id`),
shared with no other document: which body it is, only its document may tell.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import NATIONAL_BODIES, OrgLexicon, is_abbreviation
from ..place_sources import read_csv
from ..places import CITY, FEDERAL_CITY, RUSSIA, Gazetteer, Place
from ..records import Span
from .capitals import is_capital_adjective
from .countries_of_bodies import (
    all_russian_abroad,
    bodies_of_the_country,
    counts_in_roubles,
    find_currencies,
    missions_of_subjects,
)
from .ids import local_org_id, org_id_for
from .locations import Scope, dominant_country
from .organizations import ResolvedOrg
from .russia_names import is_russian, without_russia
from .stated_abroad import countries_named_at, foreign_counterpart, named_as_abroad
from .subject_country import find_sentence_country, find_subject_country, main_foreign_country, read_sentence_countries
from .venues import find_trade_partners

_STATE_BODIES = ("ministry", "body")  # kinds of org_types.csv a body of any state is named by
# nouns after adjectives that name a body of any state (``Конституционный суд``, ``Центральный банк``)
_STATE_HEADS = frozenset({"суд", "банк", "комиссия", "прокуратура"})


@dataclass(frozen=True, slots=True)
class StateBodies:
    """The bodies of ``state_bodies.csv``: ``names``, the folded lemmas of the first two words of a body's name
    many states have (``Совет безопасности`` of Belarus, of Armenia: ``совет безопасность``); ``money``, the names
    (without Russia's) of the bodies of a state's money, Russia's in a text that counts in roubles."""

    names: frozenset[str]
    money: frozenset[str]


@lru_cache(maxsize=1)
def read_state_bodies(morph: Morph) -> StateBodies:
    """The bodies of ``state_bodies.csv`` by their kinds (``any_state``, ``money``): :class:`StateBodies`."""
    rows = read_csv("state_bodies.csv")
    names = frozenset(fold(" ".join(morph.lemma(word) for word in row["name"].split()[:2]))
                      for row in rows if row["kind"] == "any_state")
    return StateBodies(names, frozenset(row["name"] for row in rows if row["kind"] == "money"))


def bodies_abroad(
    analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], scope: Scope,
    lexicon: OrgLexicon, gazetteer: Gazetteer,
) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the Russian state bodies a document names as another country's made that
    country's (see :func:`state_bodies_abroad`), then the bodies of no country named with a body of one
    country inside made of that country (:func:`country_of_inner_bodies`)."""
    organizations = capital_bodies_abroad(analysis, organizations, scope, lexicon, places)
    organizations = country_of_inner_bodies(state_bodies_abroad(analysis, organizations, places, scope, lexicon,
                                                                gazetteer))
    organizations = bodies_of_the_country(analysis, all_russian_abroad(analysis, organizations, scope, gazetteer),
                                          places, scope, lexicon, gazetteer)
    return missions_of_subjects(analysis, organizations, places, lexicon)


_TRAVEL_FROM = frozenset({"из", "изо"})  # a capital one comes from (``вернулась из Парижа``)
_TRAVEL_TO = frozenset({"в", "во"})  # and one goes to, in the accusative (``командировка в Пекин``)



def capital_bodies_abroad(analysis: Analysis, organizations: dict[Span, ResolvedOrg], scope: Scope,
                          lexicon: OrgLexicon, places: dict[Span, Place] | None = None) -> dict[Span, ResolvedOrg]:
    """A body of the capital named by ``столичный`` alone (``столичной полиции``) is of a foreign capital, not of
    Moscow: the country's, no Russian region, and the document's own entity (which capital's body it is, only its
    document tells). It is so in a text about a foreign country whose capital the text names, if at all, as no
    mere end of a trip (``прилетел из Парижа``, ``командировка в Пекин``), and where the text ties the body to one
    foreign capital by grammar: the same body named with that capital's genitive (``Столичный совет Улан-Батора``),
    or a town body of that capital (``побывала в мэрии Улан-Батора``), not one left from (``из мэрии``)."""
    places = places or {}
    countries: dict[str, str] = {}
    for span, org in organizations.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if org.region_code is None or "москв" in fold(analysis.text[span.start:span.end]) \
                or not any(is_capital_adjective(t.text, lexicon.morph) for t in tokens):
            continue
        country = _capital_of_scope(analysis, scope, places) or _capital_tied(analysis, org, organizations, places,
                                                                               lexicon.morph)
        if country is not None:
            countries.setdefault(org.name, country)
    return {span: ResolvedOrg(local_org_id(org.name, analysis.text), org.name, None, None, countries[org.name])
            if org.name in countries and org.region_code is not None else org for span, org in organizations.items()}


def _capital_of_scope(analysis: Analysis, scope: Scope, places: dict[Span, Place]) -> str | None:
    """The foreign country a text is about, unless the text names its capital only as where a trip starts or ends
    (a text about Moscow's department back from Beijing); ``None`` in a text about Russia or no country."""
    if scope.country in (None, RUSSIA):
        return None
    capitals = [span for span, place in places.items()
                if place is not None and place.capital and place.country_code == scope.country]
    if capitals and all(_trip_end(analysis, span) for span in capitals):
        return None
    return scope.country


def _trip_end(analysis: Analysis, span: Span) -> bool:
    """Whether a place is where a trip starts (``из Парижа``) or ends (``в Пекин``, in the accusative)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].index == 0:
        return False
    before = fold(analysis.tokens[tokens[0].index - 1].text)
    return before in _TRAVEL_FROM or before in _TRAVEL_TO and tokens[0].feat.get("Case") == "Acc"


def _capital_tied(analysis: Analysis, org: ResolvedOrg, organizations: dict[Span, ResolvedOrg],
                  places: dict[Span, Place], morph: Morph) -> str | None:
    """The country of the one foreign capital a text ties a ``столичный`` body to by grammar (see
    :func:`capital_bodies_abroad`); ``None`` where there is none, or more."""
    short = fold(org.name)
    named, towns = set(), set()
    for span, place in places.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if place is None or not place.capital or place.country_code in (None, RUSSIA) or not tokens \
                or tokens[0].index == 0 or tokens[0].feat.get("Case") not in ("Gen", None):
            continue
        before = analysis.tokens[tokens[0].index - 1]
        if any(other.start <= before.start and span.end <= other.end
               and fold(body.name).startswith(short + " ") for other, body in organizations.items()):
            named.add(place.country_code)  # "Столичный совет Улан-Батора": this body, named with its capital
        elif morph.lemma(before.text) in TOWN_BODIES and not _trip_end(analysis, Span(before.start, span.end, "LOC")):
            towns.add(place.country_code)  # "в мэрии Улан-Батора": the text is at that capital's town hall
    found = named or towns
    return next(iter(found)) if len(found) == 1 else None


def country_of_inner_bodies(resolved: dict[Span, ResolvedOrg]) -> dict[Span, ResolvedOrg]:
    """A body of no country named with bodies of one country inside its name is of that country
    (``сенат конгресса`` with ``конгресса`` the Congress of the US)."""
    countries: dict[str, set[str]] = {}
    for span, org in resolved.items():
        if org.country is None:
            inner = {o.country for s, o in resolved.items() if s != span and span.contains(s) and o.country}
            countries.setdefault(org.org_id, set()).update(inner)
    found = {org_id: inner.pop() for org_id, inner in countries.items() if len(inner) == 1}
    return {span: replace(org, country=found[org.org_id]) if org.org_id in found and org.country is None else org
            for span, org in resolved.items()}


def state_bodies_abroad(
    analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], scope: Scope,
    lexicon: OrgLexicon, gazetteer: Gazetteer,
) -> dict[Span, ResolvedOrg]:
    """``organizations`` with the Russian state bodies a document names as another country's made that
    country's (see the module): each mention of such a body goes to the country an adjective before it
    names (``грузинского МВД``), else to the one the document is about (``scope``), else, in a text that names no
    place of Russia, to the one foreign country its sentence names (``Заречного лидера сопровождают члены
    Кабмина``: :func:`~nerpipe.resolve.subject_country.find_sentence_country`) unless the text trades with it
    (:func:`~nerpipe.resolve.venues.find_trade_partners`) and is not about it, else, for a body named by its noun
    alone, to the one the text is about (:func:`~nerpipe.resolve.subject_country.find_subject_country`), never the
    first of two named as often."""
    named = countries_named_at(analysis, organizations, places, gazetteer)  # once for each mention
    stated = named_as_abroad(analysis, organizations, places, lexicon, gazetteer, named)
    # a national body of Russia by its own name (``ФХР``) stays itself beside another country's of the same words
    organizations = {span: org if org.country == RUSSIA and _named_of_russia(org.name) else stated[span]
                     for span, org in organizations.items()}
    candidates = {span: org for span, org in organizations.items()
                  if any_state_has(org, lexicon) and org.country == RUSSIA}
    lone = {span: org for span, org in organizations.items() if _lone_body(org, lexicon) or _chamber(org)}
    if not candidates and not lone:
        return organizations
    russias = {org.org_id for span, org in candidates.items()
               if named[span] == RUSSIA or not _named_as_any_state_names(analysis.text[span.start:span.end], lexicon)}
    sentences = read_sentence_countries(analysis, places)  # once for all the bodies
    # the countries the text's own trades with ("экспорт пшеницы в Египет"): not whose bodies its sentences name
    partners = {places[span].country_code
                for span in find_trade_partners(analysis, places, lexicon.morph)} - {scope.country}
    home = dominant_country(places)
    subject = find_subject_country(organizations, places, named, lexicon.morph, home)  # once for all the bodies
    money = read_state_bodies(lexicon.morph).money
    # the sentences of currencies, read only when a money body (the Minfin, the central bank) is among the bodies
    currencies = find_currencies(analysis, lexicon.morph, gazetteer) \
        if any(without_russia(org.name) in money for org in candidates.values()) else None
    out = dict(organizations)
    for span, org in candidates.items():
        in_sentence = find_sentence_country(analysis, span, sentences)
        in_sentence = None if in_sentence in partners else in_sentence
        if not named[span] and without_russia(org.name) in money \
                and counts_in_roubles(analysis, span, currencies, in_sentence):
            continue  # "Минфин разместил ОФЗ на 20 млрд рублей … на бирже в Лондоне": Russia's
        country = named[span] or scope.country or in_sentence \
            or (subject if _noun_alone(analysis, span, lexicon) else None)
        if country in (None, RUSSIA) or org.org_id in russias:
            continue  # the text names this body as Russia's somewhere ("Минсельхоз РФ" … "Минсельхоза", "Кремль")
        name = foreign_counterpart(org.name, country, gazetteer)
        abbr = foreign_counterpart(org.abbr, country, gazetteer) if org.abbr else None
        out[span] = ResolvedOrg(org_id_for(name), name, abbr, None, country)
    town = main_town(places, gazetteer)
    foreign = main_foreign_country(places)
    for span, org in lone.items():  # "правительство" alone in a text about Norway: Norway's
        country = named[span] or scope.country or home \
            or find_sentence_country(analysis, span, sentences) or subject
        if country in (None, RUSSIA) and _foreign_only(org, lexicon):
            country = foreign or country
        if town is not None and lexicon.morph.lemma(org.name) in TOWN_BODIES:
            name = f"{org.name} {gazetteer.genitive(town.name)}"  # "мэрии" in a text about Tver: Tver's
            out[span] = ResolvedOrg(org_id_for(name), name, None, town.region_code, town.country_code)
        elif country not in (None, RUSSIA):
            name = foreign_counterpart(org.name, country, gazetteer)
            out[span] = ResolvedOrg(org_id_for(name), name, None, None, country)
        elif _chamber(org):
            continue  # a chamber Russia's parliament has none of by that name: as it is
        else:
            federal = _federal_body(org, scope, lexicon, gazetteer) if country == RUSSIA else None
            # no country, or a body Russia has many of: the document's own, shared with no other
            out[span] = federal or ResolvedOrg(local_org_id(org.name, analysis.text), org.name, None, None,
                                               country if country == RUSSIA else None)
    return out


# bodies named by their noun alone that Russia has one of: a service of the whole country, and a
# body each region has one of too (which a text about one region may mean)
_FEDERAL_SERVICES = frozenset({"полиция"})
_FEDERAL_BODIES = frozenset({"правительство"})


def _federal_body(org: ResolvedOrg, scope: Scope, lexicon: OrgLexicon, gazetteer: Gazetteer) -> ResolvedOrg | None:
    """Russia's body a noun alone names in a text about Russia: the dictionary's (``правительство`` →
    ``Правительство Российской Федерации``), or the noun with Russia's genitive (``Полиция России``);
    ``None`` for a body Russia has many of or none (``парламент``, ``мэрия``, ``сенат``), and for a
    body each region has one of in a text about one region (its ``правительство`` may be the region's)."""
    lemma = lexicon.morph.lemma(org.name)
    if lemma not in _FEDERAL_SERVICES and (lemma not in _FEDERAL_BODIES or scope.region is not None):
        return None
    name = foreign_counterpart(org.name, RUSSIA, gazetteer)
    ref = lexicon.lookup(name, name)
    if ref is not None:
        return ResolvedOrg(org_id_for(ref.name), ref.name, ref.abbr, None, ref.country)
    return ResolvedOrg(org_id_for(name), name, None, None, RUSSIA)


# bodies of a town, not of a state: the town the text is about names them (``мэрии`` → ``Мэрия Твери``)
TOWN_BODIES = frozenset({"мэрия", "муниципалитет", "ратуша"})


def main_town(places: dict[Span, Place], gazetteer: Gazetteer) -> Place | None:
    """The town a document names more often than any other (a city of federal significance counts),
    or ``None``."""
    towns: Counter[Place] = Counter()
    for place in places.values():
        region = gazetteer.region_by_code.get(place.region_code) if place.region_code else None
        if place.kind == CITY or (place.category == "federal_subject" and region is not None
                                  and region.type == FEDERAL_CITY):
            towns[place] += 1
    ranked = towns.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _lone_body(org: ResolvedOrg, lexicon: OrgLexicon) -> bool:
    """Whether ``org`` is a body every country or town has one of, named by its noun alone
    (``Правительство``, ``Полиция``): whose it is, the text says by what it is about."""
    return org.country in (None, RUSSIA) and not org.region_code and _national_noun(org.name, lexicon)


def _national_noun(text: str, lexicon: OrgLexicon) -> bool:
    """Whether ``text`` is one word whose lemma is a body every state has one of (``правительство``, ``кабмин``)."""
    words = text.split()
    return len(words) == 1 and lexicon.morph.lemma(words[0]) in NATIONAL_BODIES


# chambers of a parliament named by their words alone (``Национальное собрание``, ``Палата представителей``,
# ``нижняя палата парламента``): of the foreign country a text is about
_CHAMBERS = frozenset({"национальное собрание", "палата представителей", "палата общин", "палата лордов",
                       "палата депутатов", "палата советников", "нижняя палата", "верхняя палата",
                       "нижняя палата парламента", "верхняя палата парламента"})


# bodies of a state Russia has none of by that name (``Сенат``, ``Конгресс``)
_FOREIGN_BODIES = frozenset({"сенат", "конгресс"})


def _noun_alone(analysis: Analysis, span: Span, lexicon: OrgLexicon) -> bool:
    """Whether a mention is a body's noun alone that every state has one of (``правительство``, ``кабмин``), not a
    ministry's name (``Минфин``), which a text naming a venue abroad still means as Russia's."""
    return _national_noun(analysis.text[span.start:span.end], lexicon)


def _foreign_only(org: ResolvedOrg, lexicon: OrgLexicon) -> bool:
    """Whether ``org`` is a chamber or a body Russia has none of by that name: in a text about Russia
    too it is the foreign country's the text names (``Сенат`` beside ``санкции США``)."""
    return _chamber(org) or lexicon.morph.lemma(org.name) in _FOREIGN_BODIES


def _chamber(org: ResolvedOrg) -> bool:
    """Whether ``org`` is a chamber of a parliament named by its words alone, of no country or region."""
    return org.country in (None, RUSSIA) and not org.region_code and fold(org.name) in _CHAMBERS


def any_state_has(org: ResolvedOrg, lexicon: OrgLexicon) -> bool:
    """Whether ``org`` is a federal body of Russia of a kind every state has: a ministry, a government, an
    administration (by its name's first word), whose name holds no place of Russia's own
    (``Министерство по делам Северного Кавказа`` is not), nor Russia's genitive as the last word of its own name
    (``Федерация хоккея России``, ``ФХР``: a national body of Russia, unlike a state's ``… Российской Федерации``)."""
    if org.country != RUSSIA or org.region_code or not is_russian(org.name) or _named_of_russia(org.name):
        return False
    words = without_russia(org.name).split()
    return _state_head(words, lexicon) \
        and not any(word[:1].isupper() and lexicon.morph.has_gram(word, "Geox") for word in words[1:])


_OF_RUSSIA = "россии"  # the last word of a national body's own name (``Олимпийский комитет России``)


def _named_of_russia(name: str) -> bool:
    """Whether a dictionary name ends in ``России``: Russia's own body of that name, whose abbreviation spells it
    too (``ФХР``), never another country's."""
    return fold(name.rpartition(" ")[2]) == _OF_RUSSIA


def _state_head(words: list[str], lexicon: OrgLexicon) -> bool:
    """Whether a name names a body any state has: by its first word, a kind of ``org_types.csv``
    (``министерство``, ``правительство``), by its first two words, a body of ``state_bodies.csv`` (``Совет
    безопасности``, ``Следственного комитета``), or by its first noun after adjectives, a court, a central bank, a
    commission or a prosecutor's office (``Верховный суд``, ``Центральная избирательная комиссия``; not
    ``Государственная дума``)."""
    if not words:
        return False
    if lexicon.kind_of(words[0]) in _STATE_BODIES:
        return True
    first_two = fold(f"{lexicon.morph.lemma(words[0])} {lexicon.morph.lemma(words[1])}") if len(words) >= 2 else ""
    if first_two in read_state_bodies(lexicon.morph).names:
        return True
    head = next((word for word in words if not lexicon.morph.has_gram(word, "ADJF")), None)
    return head is not None and lexicon.morph.lemma(head) in _STATE_HEADS


def _named_as_any_state_names(surface: str, lexicon: OrgLexicon) -> bool:
    """Whether a mention names its body the way any state's is named: by its kind (``правительство``,
    ``министерства``), an abbreviation (``МВД``) or a compound (``Минфин``, ``Центробанк``) — not by a name of
    Russia's own (``Кремль``)."""
    first = surface.split()[0] if surface.split() else ""
    return _state_head(surface.split(), lexicon) or is_abbreviation(first) or fold(first).startswith("мин") \
        or _head_compound(first, lexicon)


def _head_compound(word: str, lexicon: OrgLexicon) -> bool:
    """Whether a word is a compound of a few letters and a head any state's body has (``Центробанк``,
    ``Центробанка``, ``Нацбанку``)."""
    lemma = lexicon.morph.lemma(word)
    return word.isalpha() and any(lemma.endswith(head) and len(lemma) - len(head) >= 3 for head in _STATE_HEADS)
