"""The country of a body of no country by what the text says around it: a mission that is the object of a
foreign country's verb (:func:`missions_of_subjects`), and a body the dictionary does not know in a text about
one foreign country (:func:`bodies_of_the_country`); an all-Russian body named without ``Общероссийский`` in a
text about one foreign country (``Народный фронт`` in a text about Kazakhstan), and a party of Russia's name named
without Russia (``Либерально-демократической партии`` in a text about Moldova), that country's body of the name
(:func:`all_russian_abroad`)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..metadata import known_agency
from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import DIPLOMATIC_BODIES, OrgLexicon
from ..place_adjectives import TOWN_ADJECTIVE_SUFFIXES, TOWN_NAME_ENDINGS, read_adjective_stems
from ..place_sources import read_csv, split_values
from ..places import RUSSIA, Gazetteer, Place
from ..records import Span
from .bracket_owners import affiliations_of_people
from .ids import org_id_for
from .locations import Scope
from .organizations import ResolvedOrg
from .phrase_countries import country_of_phrase
from .russia_names import RUSSIAN_ADJECTIVE, is_russian, without_russia
from .scope_reach import bodies_out_of_scope
from .syntax import word_before


def missions_of_subjects(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                         lexicon: OrgLexicon) -> dict[Span, ResolvedOrg]:
    """A mission of no foreign country (``почётное консульство в Южно-Сахалинске``: the place its host) that is
    the object of a verb whose subject is a country (``Киргизия открыла …``): that country's."""
    out = dict(organizations)
    for span, org in organizations.items():
        if org.country not in (None, RUSSIA) or not any(lexicon.morph.lemma(word) in _MISSIONS
                                                           for word in org.name.split()[:2]):
            continue
        inner = {t.index for t in analysis.tokens_in(span.start, span.end)}
        head = next((analysis.tokens[i] for i in sorted(inner) if analysis.tokens[i].head not in inner), None)
        if head is None or head.head is None or analysis.tokens[head.head].pos != "VERB":
            continue
        subjects = [t for t in analysis.tokens if t.head == head.head and t.rel.startswith("nsubj")]
        country = next((place.country_code for other, place in places.items() for t in subjects
                        if place is not None and place.kind == "country" and other.start <= t.start < other.end), None)
        if country not in (None, RUSSIA):
            out[span] = ResolvedOrg(org_id_for(f"{org.name} {country}"), org.name, org.abbr, None, country)
        elif country == RUSSIA and org.country is None:
            out[span] = replace(org, country=RUSSIA)  # ``Россия открыла консульство в …``: Russia's, its host aside
    return out


def bodies_of_the_country(analysis: Analysis, organizations: dict[Span, ResolvedOrg], places: dict[Span, Place],
                          scope: Scope, lexicon: OrgLexicon, gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """A body of no country or region the dictionary does not know (``Демократическая партия``,
    ``Движение 26 июля``) is of the foreign country its phrase names (``китайский «…»``, ``… в
    Руанде``), else of the one a text plainly about one foreign country is about: a text about one
    country names its parties, firms and institutions without it (as
    :func:`~nerpipe.resolve.phrase_countries.country_abroad` decides for places), where it names that country more than
    once, and not only as where an event is held (``Гран-при Бахрейна``: :func:`_event_venues`). Every mention
    of a name is of the one country a phrase of any of them says (``китайской «…»`` and ``компании «…»``), or of
    Russia's, when one says so (``Российская газовая компания «…»``). A body of a country's missions abroad
    (``посольство``) is of no country the place after it names; a news agency of the dictionary (``ИА Регнум``,
    ``Sputnik``) is of none, as it reports from many; nor does the text's country reach Russia's peers, sites and
    networks (:func:`~nerpipe.resolve.scope_reach.bodies_out_of_scope`), nor a body named with a place of no
    country (``МИД ЗНР``: :func:`_names_unknown_place`). Its id holds the country, so that a body
    of that name of another country is another. A body named only as a person's affiliation in a bracket after
    his name (``Ларс Нурми (Zentrix)``) says whose he is, not that it is of the text's country."""
    out = dict(organizations)
    bodies = {span: org for span, org in organizations.items()
              if org.country is None and org.region_code is None and org.org_id == org_id_for(org.name)
              and lexicon.lookup(org.name) is None and (org.abbr is None or lexicon.lookup(org.abbr) is None)
              and known_agency(org.name, at_start=True) is None and not _of_many_states(org.name)}
    own: dict[Span, str | None] = {}
    firsts: dict[str, int] = {}
    by_start = places_by_start(places)
    for span, org in bodies.items():
        mission = lexicon.morph.lemma(org.name.split()[0]) in _MISSIONS
        own[span] = RUSSIA if _said_russian(analysis, span) else _country_in_name(org.name, gazetteer) or \
            country_of_phrase(analysis, span, places, after=not mission, governed=True) \
            or (None if mission else read_origin_country(analysis, span, by_start))
        firsts[org.name] = min(firsts.get(org.name, span.start), span.start)
    phrased: dict[str, set[str]] = {}
    owners: dict[tuple[str, str], ResolvedOrg] = {}  # the body of a name and country found before
    for span, org in organizations.items():
        country = own.get(span) or org.country
        if country is not None and org.region_code is None:
            phrased.setdefault(org.name, set()).add(country)
            if org.country == country:
                owners.setdefault((org.name, country), org)
    venues = _event_venues(analysis, places, scope, lexicon)
    named = _country_named({span: place for span, place in places.items() if span not in venues}, scope)
    held = bool(venues) and not any(place is not None and place.country_code == scope.country
                                    for span, place in places.items() if span not in venues)
    homes = _home_places(places)
    names = {org.name for org in bodies.values()}
    # once per name; with no home place no body is of one
    home_bodies = {name: _of_home_place(name, homes, lexicon.morph) for name in names} if homes else {}
    opened = {name: _opened_abroad(name, scope.country, gazetteer) for name in names}  # once per name
    aside = bodies_out_of_scope(analysis, organizations, lexicon)  # ``Сбербанк, банк «Заря»`` in a text on sanctions
    affiliations = affiliations_of_people(analysis, organizations)  # ``Ларс Нурми (Zentrix)``: whose he is
    for span, org in bodies.items():
        said = phrased.get(org.name, set())
        weak = held or named is not None and firsts[org.name] < named or home_bodies.get(org.name, False) \
            or opened[org.name] \
            or org.name in affiliations and not lexicon.names_state_body(org.name) \
            or _names_unknown_place(analysis, span, places, gazetteer)  # ``МИД ЗНР``: the body of that place
        country = own[span] or (aside[span] if span in aside else next(iter(said)) if len(said) == 1
                                else None if said or weak else scope.country)
        if (org.name, country) in owners and not own[span]:
            out[span] = owners[org.name, country]  # ``«Кедрона»`` after ``Российская … компания «Кедрон»``
        elif country not in (None, RUSSIA):
            out[span] = ResolvedOrg(org_id_for(f"{org.name} {country}"), org.name, org.abbr, None, country)
    return out


def _names_unknown_place(analysis: Analysis, span: Span, places: dict[Span, Place], gazetteer: Gazetteer) -> bool:
    """Whether a body's name holds a place of no country nor region the gazetteer does not know (``МИД ЗНР``): the
    body of that place, not of the country the text is about. A continent or a region of the world the gazetteer
    knows (``Союз за единство Африки``) is in the names of many countries' bodies, and leaves the text's."""
    return any(span.start <= inner.start and inner.end <= span.end and place is not None
               and place.country_code is None and place.region_code is None
               and gazetteer.lookup(analysis.text[inner.start:inner.end]) is None for inner, place in places.items())


def read_origin_country(analysis: Analysis, span: Span, by_start: dict[int, list[tuple[Span, Place]]]) -> str | None:
    """The foreign country named right after a body's name with ``из`` in the genitive, where it depends on the name
    or on the noun the name stands in apposition to (``группировка Кедр из Заморья``, ``компании «Кедр» из
    Заморья``): where the body is from; not a place a verb's subject comes from (``вывел войска из Заморья``).
    ``by_start``: the text's places by their start offsets (:func:`places_by_start`), read once for all its bodies:
    only the token after the name (past its closing quotes) and the place right after it are looked at."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return None
    after = _past_quotes(analysis, tokens[-1].index + 1)
    if after >= len(analysis.tokens) or analysis.tokens[after].text.lower() != "из":
        return None
    first = _past_quotes(analysis, after + 1)
    if first >= len(analysis.tokens):
        return None
    inside = {token.index for token in tokens}
    heads = inside | {token.head for token in tokens if token.rel == "appos" and token.head is not None}
    for other, place in by_start.get(analysis.tokens[first].start, ()):
        if place is None or place.country_code in (None, RUSSIA) or other.start < span.end:
            continue
        words = analysis.tokens_in(other.start, other.end)
        between = analysis.text[span.end:other.start].strip(" »\"")
        if words and between.lower() == "из" and words[0].feat.get("Case") == "Gen" and words[0].head in heads:
            return place.country_code
    return None


def places_by_start(places: dict[Span, Place]) -> dict[int, list[tuple[Span, Place]]]:
    """A text's places by their start offsets, in the order of ``places``."""
    by_start: dict[int, list[tuple[Span, Place]]] = {}
    for span, place in places.items():
        by_start.setdefault(span.start, []).append((span, place))
    return by_start


def _past_quotes(analysis: Analysis, index: int) -> int:
    """The index of the first token from ``index`` on that is no closing quote (``»``, ``"``)."""
    while index < len(analysis.tokens) and analysis.tokens[index].text in ("»", '"'):
        index += 1
    return index


# nouns of a competition or an event whose country in the genitive right after them says where it is held
# (``Гран-при Бахрейна``, ``турнира Катара``), lemmas: a country named so says nothing of whose bodies the text
# names. Not a country's own competition (``чемпионат``, ``первенство``, ``кубок`` of a country): its clubs are the
# country's
_EVENT_NOUNS = frozenset({"гран-при", "этап", "турнир", "олимпиада", "соревнование", "ралли", "марафон", "регата"})


def _event_venues(analysis: Analysis, places: dict[Span, Place], scope: Scope, lexicon: OrgLexicon) -> set[Span]:
    """The mentions of the text's foreign country that are the genitive right after a noun of an event (see
    :data:`_EVENT_NOUNS`): where the event is held, not whose the bodies the text names are (the teams of
    ``Гран-при Бахрейна``)."""
    if scope.country in (None, RUSSIA):
        return set()
    out = set()
    for span, place in places.items():
        if place is None or place.country_code != scope.country:
            continue
        before = word_before(analysis, span)
        if before is not None and analysis.tokens[before.index + 1].feat.get("Case") == "Gen" \
                and lexicon.morph.lemma(before.text) in _EVENT_NOUNS:
            out.add(span)
    return out


def _home_places(places: dict[Span, Place]) -> frozenset[str]:
    """The folded one-word names of the places the text names and places in no foreign country."""
    return frozenset(fold(place.name) for place in places.values()
                     if place is not None and place.country_code in (None, RUSSIA) and " " not in place.name)



def _of_home_place(name: str, homes: frozenset[str], morph: Morph) -> bool:
    """Whether a body's name opens with the adjective of a place the text names and places in no foreign country
    (``Кедровского ремонтного завода`` beside ``в Кедровке``, where a firm of the country the text is about opens
    a plant; ``homes``: :func:`_home_places`): a body of that place, not of the text's country. The adjective is
    read by its lemmas, whose stem with an ending of a name is the place's (``кедровский``: ``Кедровка``)."""
    return any(place in homes for place in read_adjective_stems(morph.forms(name.split()[0]), TOWN_ADJECTIVE_SUFFIXES,
                                                             TOWN_NAME_ENDINGS))


def _opened_abroad(name: str, country: str | None, gazetteer: Gazetteer) -> bool:
    """Whether a body's name opens with the adjective of a town or country abroad other than ``country``, the one
    the text is about (``Лондонская больница`` in a text about Nigeria): not that country's body. Nor surely the
    adjective's (``Джорджтаунский университет`` is named after a town it is not in)."""
    place = gazetteer.place_of_adjective(name.split()[0]) if country is not None and name[:1].isupper() else None
    return place is not None and place.country_code not in (None, RUSSIA, country)


# the words of a body of many states (``Совет глав государств-членов``, ``Форум стран-экспортёров``)
_MANY_STATES = frozenset({"государств", "стран"})


def _of_many_states(name: str) -> bool:
    """Whether a body's name says it is of many states (``Совет глав государств-членов ШОС``): of no one country,
    not the one where it meets (``прошедшего в столице Заречья``)."""
    return any(word in _MANY_STATES for word in fold(name).replace("-", " ").split())


def _country_in_name(name: str, gazetteer: Gazetteer) -> str | None:
    """The country whose one-word name a body's name opens with, or its quoted part does (``Россия 24``,
    ``компания «Казахстан Кедр Ойл»``): that country's, not the text's; ``None`` for none. Not a country's name
    inside a name (``Кедр Чад Ойл``), nor an unquoted first word that is a pronoun's form too (``Того``: of ``тот``):
    a word of another sense there as likely."""
    words = name.split()
    firsts = [(word.lstrip("«"), word.startswith("«")) for index, word in enumerate(words)
              if index == 0 or word.startswith("«")]
    for word, quoted in firsts:
        code = _country_codes(gazetteer).get(word.rstrip("»"))
        if code is not None and (quoted or not gazetteer.morph.has_gram(word, "Apro")):
            return code
    return None


@lru_cache(maxsize=1)
def _country_codes(gazetteer: Gazetteer) -> dict[str, str]:
    """The countries of one-word names by their names (``Россия`` → ``RU``)."""
    return {name: code for code, name in gazetteer.country_names.items() if " " not in name and "-" not in name}


def _said_russian(analysis: Analysis, span: Span) -> bool:
    """Whether a mention says its body is Russia's by an adjective in it or right before it (``Российская
    газовая компания «…»``, ``российской «…»``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    first = tokens[0].index
    words = [*analysis.tokens[max(0, first - 1):first], *tokens]
    return any(t.pos == "ADJ" and fold(t.text).startswith(RUSSIAN_ADJECTIVE) for t in words)


def _country_named(places: dict[Span, Place], scope: Scope) -> int | None:
    """Where the text names the foreign country it is about when it names it once only: too little for a body
    named before that mention (a firm's business ``в Заречье`` in a text about the firm; not ``Литовская
    оппозиция`` opening a text about its parties); ``None`` where it names it more than once, or never (a text
    about the bodies of one country)."""
    starts = [span.start for span, place in places.items()
              if place is not None and place.country_code == scope.country]
    return starts[0] if len(starts) == 1 else None


# bodies one country keeps in another: the place after one is not its country (``посольство в Риме``)
_MISSIONS = DIPLOMATIC_BODIES | {"филиал", "отделение"}


# the adjectives naming a body of all Russia ("Общероссийский народный фронт"); a body named without one is
# any country's of its name
_ALL_RUSSIAN = ("общероссийск", "всероссийск")


def all_russian_abroad(analysis: Analysis, organizations: dict[Span, ResolvedOrg], scope: Scope,
                       gazetteer: Gazetteer) -> dict[Span, ResolvedOrg]:
    """``organizations`` with an all-Russian body of the dictionary (``Общероссийский народный фронт``) named
    without its all-Russian adjective or abbreviation (``Народный фронт``), and a party of Russia's name named
    without Russia (:func:`_party_of_russia`), made, in a text about one foreign country that never names the body
    as Russia's, that country's body of the name (``Народный фронт Казахстана``)."""
    country = scope.country
    country_name = gazetteer.country_names.get(country) if country not in (None, RUSSIA) else None
    if country_name is None:
        return organizations
    parties = {org.org_id for org in organizations.values()
               if org.country == RUSSIA and _party_of_russia(org, gazetteer)}
    bodies = {org.org_id for org in organizations.values() if org.country == RUSSIA
              and fold(org.name).startswith(_ALL_RUSSIAN)} | parties
    as_russias = {org.org_id for span, org in organizations.items() if org.org_id in bodies
                  and not _without_all_russia(analysis.text[span.start:span.end], org)}
    out = dict(organizations)
    genitive = gazetteer.genitive(country_name)
    for span, org in organizations.items():
        if org.org_id in bodies and org.org_id not in as_russias:
            rest = without_russia(org.name) if org.org_id in parties else org.name.split(" ", 1)[1]
            name = f"{rest[:1].upper()}{rest[1:]} {genitive}"
            out[span] = ResolvedOrg(org_id_for(name), name, None, None, country)
    return out


_PARTY = "партия"


def _party_of_russia(org: ResolvedOrg, gazetteer: Gazetteer) -> bool:
    """Whether a body of the dictionary is a party named by words any country's party may have and Russia
    (``Либерально-демократическая партия России``, ``Коммунистическая партия Российской Федерации``): named
    without Russia in a text about another country, that country's party of the name."""
    words = without_russia(org.name).split()
    return is_russian(org.name) and len(words) >= 2 and words != org.name.split() \
        and any(gazetteer.morph.lemma(word) == _PARTY for word in words)


def _without_all_russia(surface: str, org: ResolvedOrg) -> bool:
    """Whether a mention names an all-Russian body without its adjective, Russia or its abbreviation."""
    folded = fold(surface)
    return not any(word in folded for word in (*_ALL_RUSSIAN, "росси", "рф")) \
        and (org.abbr is None or org.abbr not in surface) and " " in org.name


def scope_of_bodies(organizations: dict[Span, ResolvedOrg], places: dict[Span, Place], scope: Scope,
                    gazetteer: Gazetteer) -> Scope:
    """The scope of a text that names no place of any country, but names bodies of one foreign state only, one
    of them with that state in its name (``Верховная рада Украины``): about that state. A text naming a body of
    Russia, of two states, or a place, keeps its scope."""
    if scope != Scope() or any(place is not None and (place.country_code or place.region_code)
                               for place in places.values()):
        return scope
    countries = {org.country for org in organizations.values() if org.country}
    if len(countries) != 1 or RUSSIA in countries:
        return scope
    country = countries.pop()
    name = gazetteer.country_names.get(country)
    if name is None:
        return scope
    genitive = gazetteer.genitive(name)
    return Scope(None, country) if any(org.name.endswith(f" {genitive}") for org in organizations.values()) else scope


_ROUBLE = "рубль"


@lru_cache(maxsize=1)
def read_currencies() -> dict[str, str]:
    """The lemma of each country's own currency (``countries.csv``, column ``currency``) → the country: ``тенге`` →
    KZ. The dollar and the euro, in which a text of any country quotes rates, are no one country's there."""
    return {fold(lemma): row["alpha2"] for row in read_csv("countries.csv") for lemma in split_values(row["currency"])}


def find_currencies(analysis: Analysis, morph: Morph, gazetteer: Gazetteer) -> tuple[frozenset[int], frozenset[int]]:
    """The sentences that name Russia's roubles (a form of ``рубль`` or ``руб.`` with no adjective before it but
    ``российский``), and those that name another country's currency: a rouble after another country's adjective
    (``белорусского рубля``), or a currency of :func:`read_currencies` (``тенге``)."""
    currencies = read_currencies()
    roubles: set[int] = set()
    others: set[int] = set()
    for token in analysis.tokens:
        folded = fold(token.text)
        if folded.startswith("руб") and (folded == "руб" or morph.lemma(token.text) == _ROUBLE):
            before = analysis.tokens[token.index - 1] if token.index else None
            if before is None or before.pos != "ADJ" or fold(before.text).startswith("росс"):
                roubles.add(token.sent)
            elif gazetteer.country_named_in([], [before]) not in (None, RUSSIA):
                others.add(token.sent)
        elif token.text.isalpha() and token.text[:1].islower() and morph.forms(token.text) & currencies.keys():
            others.add(token.sent)
    return frozenset(roubles), frozenset(others)


def counts_in_roubles(analysis: Analysis, span: Span, currencies: tuple[frozenset[int], frozenset[int]],
                      sentence_country: str | None) -> bool:
    """Whether a mention of a body of a state's money (a finance ministry, a central bank) is of a text that counts in
    Russia's roubles there: its sentence names no foreign country, and either it names Russia's roubles and no other
    currency, or the text does (``Курс тенге к рублю``: not). ``currencies``: :func:`find_currencies`."""
    roubles, others = currencies
    tokens = analysis.tokens_in(span.start, span.end)
    if sentence_country is not None or not roubles or not tokens:
        return False
    sent = tokens[0].sent
    return not others or sent in roubles and sent not in others
