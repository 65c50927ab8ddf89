"""Which place a LOC span is: the gazetteer's entry, or a place named in the nominative; and what
the document is about: the region it names most, and the one region or foreign country it is
plainly about (:func:`document_scope`), for every stage that needs it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..inflect import nominative
from ..morph import Morph, fold
from ..ner import Analysis
from ..places import RUSSIA, Gazetteer, Place
from ..records import LOC, Span
from .capitals import capital_adjectives_abroad
from .named_abroad import (
    countries_gone,
    country_named_near,
    listed_together,
    namesake_abroad,
    read_countries,
    sentence_of,
)
from .no_places import names_no_place, read_inner_capitals
from .phrase_countries import country_abroad
from .settlements import (
    inflect_plural_name,
    join_kinded_places,
    join_written_alike,
    noun_kind,
    parts_of_towns,
    place_after_regions,
    plural_of_singular_town,
    settlements_placed_after,
)
from .streets import street_in, with_yo
from .syntax import word_before
from .towns_of_states import towns_in_named_states
from .unknown_places import (
    DISTRICT_NOUNS,
    PART_NOUNS,
    join_undeclined_names,
    name_districts,
    name_unknown_place,
    place_district_towns,
    read_undeclined_place,
    written_as_named,
)
from .waters import coordinated_rivers, river_of


def resolve_places(analysis: Analysis, spans: list[Span], morph: Morph, gazetteer: Gazetteer) -> dict[Span, Place]:
    text = analysis.text
    out: dict[Span, Place] = {}
    inner = read_inner_capitals(analysis, morph)
    for span in spans:
        if span.type != LOC or names_no_place(analysis, span, morph, gazetteer, inner):  # ``на английском языке``
            continue
        surface = text[span.start:span.end]
        tokens = analysis.tokens_in(span.start, span.end)
        street = street_in(analysis, span, gazetteer)
        place = Place(street, "other", None, None) if street else None
        place = place or river_of(analysis, span, morph, gazetteer) or gazetteer.lookup(surface) \
            or lookup_after_type(analysis, span, gazetteer)
        if place is not None:  # ``в городе Алания``: a town of that name, not the republic
            place = _subject_after_town_noun(analysis, span, place, gazetteer) or place
        if place is not None and plural_of_singular_town(surface, place, morph):
            place = Place(inflect_plural_name(surface, morph), "other", None, None)  # ``в Курганах``: no town Курган
        if place is None or place.category in ("city", "country"):
            # ``деревне Омской``: no town Омск; ``деревни Косово``: a village, not the state
            place = village_of(analysis, span, morph, gazetteer) or place
        if place is None and len(tokens) == 1 and tokens[0].pos == "ADJ":
            place = gazetteer.place_of_adjective(surface)
        if place is None and len(tokens) == 1 and surface[:1].isupper() and morph.lemma(surface) == _FEDERATION:
            place = gazetteer.lookup("Россия")  # ``субъектах Федерации``: the Russian Federation
        place = place or gazetteer.lookup_bare_division(surface)
        if place is None:  # ``Кавангвару``: as written
            place = read_undeclined_place(analysis, span, morph) \
                or name_unknown_place([t.word() for t in tokens], morph, gazetteer)
        if place is None:
            place = Place(surface, "other", None, None)
        out[span] = place
    out = coordinated_rivers(analysis, named_by_kind_alone(analysis, out, morph), morph, gazetteer)
    out = join_written_alike(analysis, join_undeclined_names(analysis, name_districts(analysis, out, morph)))
    out = settlements_placed_after(analysis, spans, out, gazetteer)
    # ``Сан-Хосе, штат Калифорния``; a district by its centre town only after the text's region is read
    # (:func:`placed_in_region`): a region guessed so is no region of the text's
    return towns_in_named_states(analysis, parts_of_towns(analysis, out, gazetteer))


_FEDERATION = "федерация"
_TOWN_NOUN = "город"


def _subject_after_town_noun(analysis: Analysis, span: Span, place: Place, gazetteer: Gazetteer) -> Place | None:
    """The town a span names where it is a federal subject that is no town (``Алания``, ``Калмыкия``) in apposition
    to the noun ``город`` in it or right before it (``в городе Алания``): a town the gazetteer lacks of the
    subject's name, of no region or country; ``None`` elsewhere, and where the name may be the subject's genitive
    (``города Татарстана``, ``городе Башкирии``: a town of the subject)."""
    if place.category != "federal_subject" or not gazetteer.subject_not_city(place.region_code):
        return None
    morph = gazetteer.morph
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) > 1 and morph.lemma(tokens[0].text) == _TOWN_NOUN:
        named = tokens[1:]
    elif (before := word_before(analysis, span)) is not None and morph.lemma(before.text) == _TOWN_NOUN:
        named = tokens
    else:
        return None
    if not named or named[0].feat.get("Case") == "Gen" \
            or any(p.tag.case == "gent" for p in morph.parses(fold(named[0].text))):
        return None
    return Place(nominative([t.word() for t in named], morph, number="keep"), "other", None, None)


# the genders of places.VILLAGE_TYPES but посёлок (a town too), which an adjective of the village's name agrees with
_VILLAGES = {"село": "neut", "деревня": "femn", "станица": "femn", "слобода": "femn", "хутор": "masc",
             "аул": "masc"}


def village_of(analysis: Analysis, span: Span, morph: Morph, gazetteer: Gazetteer) -> Place | None:
    """The village a span names after a village's noun, in it or right before it (``деревне Омской``, ``хутора
    Гусево``), where the gazetteer's town of a like name is no village's: ``деревня Омская``, of no region;
    ``None`` without such a noun."""
    tokens = analysis.tokens_in(span.start, span.end)
    before = word_before(analysis, span)
    kind = gazetteer.place_type(tokens[0].text, abbreviations=False) if tokens else None
    if kind in _VILLAGES:
        named, noun = tokens[1:], tokens[0]
    else:
        kind = noun_kind(before, gazetteer)
        if kind not in _VILLAGES:
            return None
        named, noun = tokens, before
    if not named:
        return None
    # ``деревне Горицы``, ``деревне Павловское``: as written
    if written_as_named([t.word() for t in named], noun.word(), morph):
        return Place(f"{kind} {analysis.text[named[0].start:named[-1].end]}", "other", None, None)
    word = named[0].text
    agreed = morph.inflect(word, {_VILLAGES[kind], "nomn", "sing"}, prefer={"POS": "ADJF"}) \
        if len(named) == 1 and morph.has_gram(word, "ADJF") else None
    name = with_yo(agreed, word).capitalize() if agreed else nominative([t.word() for t in named], morph,
                                                                          number="keep")
    return Place(f"{kind} {name}", "other", None, None)
# nouns of a kind of place a text may name a place of its own by, once named in full (``Республики``)
_KIND_NOUNS = frozenset({"республика", "королевство", "княжество", "штат", "провинция", "область", "край"})


def named_by_kind_alone(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> dict[Span, Place]:
    """``places`` with each place the gazetteer does not know named by a capitalised noun of its kind alone
    (``вице-премьером Республики``) made the one place of the text named in full with that noun first
    (``Республики Узбекистан``); as it is where none or several are."""
    out = dict(places)
    for span, place in places.items():
        surface = analysis.text[span.start:span.end]
        lemma = morph.lemma(surface)
        if place.category != "other" or " " in surface or not surface[:1].isupper() or lemma not in _KIND_NOUNS:
            continue
        named = {other for key, other in places.items() if key != span and other.category != "other"
                 and " " in analysis.text[key.start:key.end]
                 and morph.lemma(analysis.text[key.start:key.end].split()[0]) == lemma}
        if len(named) == 1:
            out[span] = named.pop()
    return out
def lookup_after_type(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> Place | None:
    """The place a span names with the noun of its type before it, left out of the span (``штата``
    before ``Техас`` → штат Техас, US); ``None`` without such a noun."""
    before = word_before(analysis, span)
    if before is None or gazetteer.place_type(before.text) is None:
        return None
    return gazetteer.lookup(analysis.text[before.start:span.end])


def placed_abroad(places: dict[Span, Place], scope: Scope, gazetteer: Gazetteer,
                  analysis: Analysis | None = None) -> dict[Span, Place]:
    """``places`` with each place the gazetteer does not know, of no region or country (``Квинсе``,
    ``города Мармариса``), made a place of the foreign country its phrase names (``… в Руанде``,
    ``… (шт. Иллинойс)``, ``корейском …``; not one written as initials, ``ЗНР``), else of the one the document is
    plainly about: a text about one
    country names its small places without it (:func:`~.phrase_countries.country_abroad`), else of the one
    foreign country the text or the sentences around it name, never one its subject goes to or comes from; and a
    namesake town listed there (:mod:`.named_abroad`); ``столичный`` in a text naming no place of Russia, the one
    capital abroad it names (:mod:`nerpipe.resolve.capitals`); a village or a district of no region, and the places
    listed after it, of the region the text is about, else of the one the nearest sentence naming one names
    (:func:`~nerpipe.resolve.settlements.place_after_regions`, the one function that places them)."""
    out = dict(places)
    named = read_countries(analysis, places, gazetteer.morph)  # once for all the places
    for span, place in places.items():
        if place.country_code is None and place.region_code is None and place.category in ("other", "city") \
                and gazetteer.lookup(place.name) is None and not _initialism(place.name):
            # by sentences not in a text about one region; not a country its subject goes to (``Жители … в Заморье``)
            gone = countries_gone(analysis, span, named) if analysis is not None else frozenset()
            # ``Белый дом``: "" where its sentence or the one before names no place of its state
            country = named.seat_country(place, sentence_of(analysis, span))
            if country is None:
                country = country_abroad(analysis, span, places, scope) \
                    or country_named_near(analysis, span, place, named, gone, by_sentence=scope.region is None)
            if country and country not in gone:  # ``города Кедринска``: a town abroad
                out[span] = Place(place.name, "foreign_city" if place.category == "city" else "other", None, country)
        elif analysis is not None and _town_listed_abroad(analysis, span, place, places, scope):
            out[span] = Place(place.name, "foreign_city", None, scope.country)
        elif analysis is not None and (namesake := namesake_abroad(analysis, span, place, places, named)) is not None:
            out[span] = Place(place.name, "other", None, namesake)  # ``в Бангасане, Толедо`` of Заморье
    if analysis is None:
        return out
    out = capital_adjectives_abroad(analysis, out, gazetteer.morph, scope.country)
    return place_after_regions(analysis, out, gazetteer, scope.region)  # ``… края. В Заречном районе``


def _initialism(name: str) -> bool:
    """A name written as capitals (``ЗНР``): the initials of a state or a region, no small place a text about a
    country names without it."""
    return len(name) > 1 and name.isalpha() and name.isupper()


def _town_listed_abroad(analysis: Analysis, span: Span, place: Place, places: dict[Span, Place], scope: Scope) -> bool:
    """Whether a small Russian town (no region's centre) is listed, by a comma or ``и``, beside a place of the one
    foreign country a text is about that names no other place of the town's region (``в Павлодаре,
    Курчатове`` in a text about Kazakhstan): a town of that country of the same name, not Russia's."""
    if scope.country is None or place.category != "city" or place.country_code != RUSSIA or place.capital:
        return False
    if any(other.region_code == place.region_code for other_span, other in places.items()
           if other_span != span and other.name != place.name):
        return False
    return any(other.country_code == scope.country and listed_together(analysis, span, other_span)
               for other_span, other in places.items())


def placed_in_region(places: dict[Span, Place], scope: Scope, gazetteer: Gazetteer,
                     analysis: Analysis) -> dict[Span, Place]:
    """``places`` with each place of Russia the gazetteer does not know, of no region or country, named by the
    noun of a district, a street, a park or a town (``Советский район``, ``улица Чехова``, ``города Кедринска``)
    or written right after a district's noun left out of it (``района Зелёный Бор``), made a place of the one
    region the document is plainly about (villages and districts, and the places listed
    after them, by :func:`~.settlements.place_after_regions`); a place named by its name alone, the one the text
    names with its noun (:func:`~.settlements.join_kinded_places`); a district still of no region, its centre
    town's (:func:`~.unknown_places.place_district_towns`)."""
    out, morph = dict(places), gazetteer.morph
    if scope.region is not None:
        for span, place in places.items():
            words = place.name.split()
            if place.country_code is not None or place.region_code is not None or gazetteer.lookup(place.name):
                continue
            if place.category == "city" or (place.category == "other" and len(words) >= 2
                                            and {morph.lemma(words[0]), morph.lemma(words[-1])} & PART_NOUNS) \
                    or place.category == "other" and _after_district_noun(analysis, span, morph):
                # ``улица Чехова``, ``города Кедринска`` in a text about its region
                out[span] = Place(place.name, place.category, scope.region, RUSSIA)
    return place_district_towns(join_kinded_places(out), gazetteer)  # ``Балаковский район`` of no region: Балаково's


_AREA_NOUN = "район"  # also "near" (``в районе Бермудских островов``): a district's only before a nominative name


def _after_district_noun(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a place's span comes right after a district's noun out of it (``района`` of ``района Зелёный
    Бор``, ``микрорайоне Сосновка``): a part of a town or a district, of the region its text is about. After
    ``района``, only a name in the nominative: ``в районе Бермудских островов`` is near them, no district."""
    before = word_before(analysis, span)
    noun = morph.lemma(before.text) if before is not None and before.text[:1].islower() else None
    if noun not in DISTRICT_NOUNS:
        return False
    if noun != _AREA_NOUN:
        return True
    first = analysis.tokens_in(span.start, span.end)[:1]
    return bool(first) and first[0].feat.get("Case") == "Nom"


def main_region(places: dict[Span, Place]) -> str | None:
    """The federal subject a document speaks of most (cities count for their subject)."""
    counts = Counter()
    first_seen = {}
    for span, place in sorted(places.items(), key=lambda item: item[0].start):
        if place.region_code:
            counts[place.region_code] += 1
            first_seen.setdefault(place.region_code, span.start)
    if not counts:
        return None
    return max(counts, key=lambda code: (counts[code], -first_seen[code]))


@dataclass(frozen=True, slots=True)
class Scope:
    """What a document is plainly about, when it is about one place."""

    region: str | None = None  # the one Russian region (ISO 3166-2)
    country: str | None = None  # the one foreign country (ISO 3166-1 alpha-2)
    cabinet: bool = False  # the text speaks of the region's own government (:mod:`nerpipe.resolve.cabinet`)


# the category of a place named only as a person's origin (``американский учёный``,
# :func:`~nerpipe.resolve.bodies_placed.origins_of_people`) in the places :func:`document_scope` counts
ORIGIN = "origin"


def document_scope(places: dict[Span, Place], regional: dict[Span, Place] | None = None) -> Scope:
    """The region and the foreign country a document is about.

    A region when its mentions are at least twice those of all other regions together and no foreign
    country outweighs Russia; a foreign country when its mentions are at least twice those of all
    other countries, Russia and its places included. ``regional``: the places whose regions count (all of
    ``places`` when ``None``; :func:`nerpipe.resolve.destinations.region_and_scope` leaves out where people go).
    A place of category :data:`ORIGIN` (a person's origin) weighs against the others but never for its own place:
    a text naming an American scientist is not about the US for it, nor plainly about the country it names else.
    """
    regions, origins = _counts(places if regional is None else regional, "region_code")
    country = dominant_country(places)
    if country == RUSSIA:
        country = None
    region = None if country else _dominant(regions, origins)
    return Scope(region, country)


def dominant_country(places: dict[Span, Place]) -> str | None:
    """The country (Russia too) whose places a document names at least twice as often as all other
    countries', or ``None``; a place of category :data:`ORIGIN` counts only against the others."""
    return _dominant(*_counts(places, "country_code"))


def _counts(places: dict[Span, Place], code: str) -> tuple[Counter, Counter]:
    """How many times the places name each code (``code``: ``region_code`` or ``country_code``), those of
    category :data:`ORIGIN` apart: (the others' counts, the origins')."""
    counts, origins = Counter(), Counter()
    for place in places.values():
        if place is not None and (key := getattr(place, code)):
            (origins if place.category == ORIGIN else counts)[key] += 1
    return counts, origins


def _dominant(counts: Counter[str], against: Counter[str] | None = None) -> str | None:
    """The key of ``counts`` at least twice all the others together, ``against`` counted among the others but
    for the key's own (``белорусский чиновник`` in a text about Minsk weighs against no Belarus)."""
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    against = against or Counter()
    return top if n >= 2 * (sum(counts.values()) - n + sum(against.values()) - against[top]) else None


def before_district_noun(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a place's span is an adjective before a district's noun, the district's name and not the
    town's it is also the adjective of (``Октябрьского`` of ``Октябрьского района``)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[-1].index + 1 >= len(analysis.tokens):
        return False
    after = analysis.tokens[tokens[-1].index + 1]
    return tokens[-1].pos == "ADJ" and morph.lemma(after.text) in _DISTRICT_WORDS


def after_named(analysis: Analysis, span: Span, place: Span) -> bool:
    """Whether a place's span inside an organization's follows ``имени`` in it (a person the body is named
    after: ``академия имени Н. В. Заречина``), no place of the body."""
    return any(fold(t.text) in _NAMED_AFTER for t in analysis.tokens_in(span.start, place.start))


# words of a district's bodies an adjective before them names the district of (``Кировский районный суд``,
# ``Ленинского райсуда``): a district of some town, not the town or region of the same adjective
DISTRICT_LEVEL_WORDS = frozenset({"районный", "межрайонный", "райсуд", "райотдел", "райсовет", "райком",
                                  "райисполком", "райадминистрация"})
_DISTRICT_WORDS = DISTRICT_NOUNS | DISTRICT_LEVEL_WORDS  # a district's nouns and its bodies' words


def placing_tokens(tokens: list, morph: Morph) -> list:
    """The tokens of a name whose adjectives may say its place: without the adjectives that name a
    district (``Ленинского района``, ``Северного округа``, ``Кировский райсуд``, ``Кировского районного
    суда``), whatever town they are also the adjective of; nor the words after ``имени`` (a person's name,
    ``академия имени …``, however the tagger read it)."""
    named = next((k for k, t in enumerate(tokens) if fold(t.text) in _NAMED_AFTER), len(tokens))
    return [t for t, after in zip(tokens[:named], [*tokens[1:named], None])
            if not (t.pos == "ADJ" and after is not None
                    and morph.lemma(after.text) in _DISTRICT_WORDS)]


_NAMED_AFTER = frozenset({"имени", "им"})


def known_places_first(inside: list[Place]) -> list[Place]:
    """A name's places, those the gazetteer knows before those named after a town's adjective: a
    district of a town (``Ленинского района города Омска``) is of the town, not of a town ``Ленинск``."""
    return sorted(inside, key=lambda place: place.category == "other")


def region_of_name(inside: list[Place], tokens: list, gazetteer: Gazetteer) -> str | None:
    """The federal subject a name's places or adjectives say, ``None`` for a body with a place abroad in
    its name (``суд … района города Гомеля``)."""
    if any(place.country_code not in (None, RUSSIA) for place in inside):
        return None
    return gazetteer.region_named_in(inside, tokens)
