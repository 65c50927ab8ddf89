"""Villages and settlements named after their noun (``деревне Горицы``, ``села Баяндай Иркутской области``): the
region of the district or region named right after it (their names as written where they do not decline with the
noun: :func:`nerpipe.resolve.unknown_places.written_as_named`), or of the districts its sentence names; a part of a
town named after its noun and the town's adjective (``в казанском микрорайоне Соцгород``), of the town's region; a
name written in the plural is no town whose name has no plural (``в Курганах`` is no Курган)."""

from __future__ import annotations

from functools import lru_cache

from ..morph import Morph, fold
from ..ner import Analysis
from ..places import (
    FEDERAL_SUBJECT,
    FOREIGN_DIVISIONS,
    RIVER_TYPES,
    RUSSIA,
    VILLAGE_TYPES,
    Gazetteer,
    Place,
)
from ..records import Span
from ..text import LIST_MARKS
from .syntax import word_before
from .unknown_places import DISTRICT_HEADS


def plural_of_singular_town(surface: str, place: Place, morph: Morph) -> bool:
    """Whether a one-word mention of a town reads only in the plural while the town's one-word name reads only in
    the singular (``Курганах`` of ``Курган``, ``Орлах`` of ``Орёл``): a place of another name (``Курганы``), not
    the town; names in the plural (``Химках``, ``Шахтах``) and undeclined ones (``Сочи``) are the towns."""
    if place.category != "city" or " " in surface.strip() or " " in place.name or "-" in place.name:
        return False
    return _plural_of_singular(fold(surface), fold(place.name), morph)


@lru_cache(maxsize=20_000)
def _plural_of_singular(written: str, name: str, morph: Morph) -> bool:
    """:func:`plural_of_singular_town` past its cheap checks, once per folded mention and name."""
    written_tags = [parse.tag for parse in morph.parses(written) if "NOUN" in parse.tag]
    named_tags = [parse.tag for parse in morph.parses(name) if "NOUN" in parse.tag]
    return bool(written_tags) and bool(named_tags) and all(tag.number == "plur" for tag in written_tags) \
        and all(tag.number == "sing" for tag in named_tags)


def inflect_plural_name(surface: str, morph: Morph) -> str:
    """A one-word name in the plural put in the nominative: ``Курганах`` → ``Курганы``."""
    inflected = morph.inflect(surface, {"nomn", "plur"}, prefer={"POS": "NOUN", "number": "plur"})
    return inflected.capitalize() if inflected else surface


def settlements_placed_after(analysis: Analysis, spans: list[Span], places: dict[Span, Place],
                             gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with each settlement or district of no region or country made one of the region of the district
    or region named right after it (``деревне Кедрово Заморского района Тверской области``, ``в Кедринском
    районе Бурятии``, or a subject in the locative: ``в селе Кедрово в Карелии``, not a federal city, where one
    may go from the village), then each settlement of no region made one of the one region of the districts its
    sentence names (:func:`settlements_of_districts`); a subject in the accusative is where one goes
    (``из деревни Кедрово в Тверскую область``), none the village's."""
    ordered = sorted(places, key=lambda span: span.start)
    out = dict(places)
    for position, span in enumerate(ordered):
        place = places[span]
        if place.region_code or place.country_code or not (_settlement(place) or _district(place)):
            continue
        end = span.end
        for after in ordered[position + 1:]:
            # "хутора Обуховка (Кедровский район, Россия)": its district in brackets right after it too
            between = analysis.text[end:after.start].strip()
            if between not in ("", "(" if end == span.end else "") and not (
                    end == span.end and between in _IN and places[after].category == FEDERAL_SUBJECT
                    and gazetteer.subject_not_city(places[after].region_code)
                    and _in_locative(analysis, after, gazetteer.morph)):
                break
            if places[after].region_code and places[after].country_code == RUSSIA:
                out[span] = Place(place.name, place.category, places[after].region_code, RUSSIA)
                break
            end = after.end
    return settlements_of_districts(analysis, out)


def _named_before_district(analysis: Analysis, span: Span, ordered: list[Span], position: int,
                           places: dict[Span, Place]) -> bool:
    """Whether a place the gazetteer does not know stands right before a district of Russia in the genitive
    (``из Кедрового Увала Заречного района``): a settlement of that district, named without its noun."""
    after = ordered[position + 1] if position + 1 < len(ordered) else None
    if after is None or places[span].category != "other" or analysis.text[span.end:after.start].strip():
        return False
    tokens = analysis.tokens_in(after.start, after.end)
    return _district(places[after]) and bool(tokens) and tokens[-1].feat.get("Case") == "Gen"


# the prepositions of a region a settlement lies in (``в селе Кедрово в Карелии``)
_IN = frozenset({"в", "во"})


def _in_locative(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a span's first word is in the locative, where a thing lies (``в Карелии``, ``во Владимирской
    области``), not the accusative of where one goes (``в Тверскую область``): the dictionary reads it so and the
    tagger does not take it for the accusative (``в Приморье`` reads both ways)."""
    tokens = analysis.tokens_in(span.start, span.end)
    return bool(tokens) and tokens[0].feat.get("Case") != "Acc" \
        and any(parse.tag.case in _LOCATIVES for parse in morph.parses(fold(tokens[0].text)))


_LOCATIVES = frozenset({"loct", "loc2"})


def settlements_of_districts(analysis: Analysis, places: dict[Span, Place]) -> dict[Span, Place]:
    """``places`` with each settlement of no region or country made one of the one region of the districts its
    sentence names (``В Кедринском районе Бурятии … жителей села Кедрово``): not the region the text names most."""
    regions: dict[int, set[str]] = {}
    for span, place in places.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if tokens and place.region_code and place.country_code == RUSSIA and _district(place):
            regions.setdefault(tokens[0].sent, set()).add(place.region_code)
    out = dict(places)
    for span, place in places.items():
        tokens = analysis.tokens_in(span.start, span.end)
        if not tokens or place.region_code or place.country_code or not _settlement(place):
            continue
        found = regions.get(tokens[0].sent, set())
        if len(found) == 1:
            out[span] = Place(place.name, place.category, next(iter(found)), RUSSIA)
    return out


def _settlement(place: Place) -> bool:
    """Whether a place is named by a settlement's noun (``деревня Горицы``)."""
    return fold(place.name.split()[0]) in VILLAGE_TYPES


def _district(place: Place) -> bool:
    """Whether a place is a district named by its noun (``Кедринский район``)."""
    return fold(place.name.split()[-1]) in DISTRICT_HEADS


# nouns of a part of a town a town's adjective may stand before (``казанском микрорайоне``)
_TOWN_PARTS = frozenset({"микрорайон", "квартал", "район", "округ", "поселок", "слобода"})  # folded


def parts_of_towns(analysis: Analysis, places: dict[Span, Place], gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with each place of no region or country named right after the noun of a part of a town and that
    town's adjective (``в казанском микрорайоне Соцгород``) made a place of the town's region; not after an
    adjective the dictionary knows whose town is no region's centre (``в советском квартале``: of Советск)."""
    out = dict(places)
    morph = gazetteer.morph
    for span, place in places.items():
        noun = word_before(analysis, span)
        if place.region_code or place.country_code or noun is None or noun.index == 0:
            continue
        adjective = analysis.tokens[noun.index - 1]
        if adjective.sent != noun.sent or adjective.pos != "ADJ" or not adjective.text.islower() \
                or fold(morph.lemma(noun.text)) not in _TOWN_PARTS:
            continue
        town = gazetteer.town_of_adjective(adjective.text, soft=True)
        # an adjective of a common word a small town's name shares (``советском квартале``, ``октябрьском``):
        # no town's; a dictionary adjective names a part of a town after a region's centre only
        if town is not None and (town.capital or not morph.is_known(adjective.text)):
            out[span] = Place(place.name, place.category, town.region_code, RUSSIA)
    return out


# how many sentences before a village's own the region it is of may be named in (its own first)
_SENTENCES_BEFORE = 3


def place_after_regions(analysis: Analysis, places: dict[Span, Place], gazetteer: Gazetteer,
                        region: str | None = None) -> dict[Span, Place]:
    """``places`` with each village and district of no region or country made one of ``region``, the one the text is
    about (its small places are its), unless its own clause places it in one other region before it, after ``в`` or
    ``соседней`` (``В соседней Кедровской области … жителей села Кедрово``: that one; not ``Переселенцы из Кедровской
    области … в селе Кедрово``), else of the one region of Russia the nearest sentence
    naming any names, its own before it first, at most ``_SENTENCES_BEFORE`` sentences before (``в семи районах
    Кедровского края … В Заречном районе``, ``в Кедровской области … В поселке Клепкино``); none where that sentence
    names two regions or a place abroad. So are the places of no noun listed right after such a village (``сел
    Зорькино, Мирошкино и Ленточное``) or after ``соседних`` (``в соседних Зорькино, Мирошкино``), and a place of no
    noun right before a district's genitive (``из Кедрового Увала Заречного района``), of that district's region
    first: a text names a region's small places after the region (not a river's: it may cross several). Only the
    regions ``places`` name count, not a village placed here: a region does not pass from village to village. The
    one place villages and districts take the text's region (:func:`~nerpipe.resolve.locations.placed_in_region`
    gives it to the other small places)."""
    ordered = sorted(places, key=lambda span: span.start)
    out = dict(places)
    small: set[Span] = set()  # the villages, districts and places listed after them
    by_sentence: dict[int, list[Place]] = {}  # the places named so far, by sentence
    for k, span in enumerate(ordered):
        place = places[span]
        tokens = analysis.tokens_in(span.start, span.end)
        sent = tokens[0].sent if tokens else -1
        unplaced = not (place.region_code or place.country_code)
        before_district = unplaced and _named_before_district(analysis, span, ordered, k, places)
        if unplaced and (
                _settlement(place) or _district(place) or before_district
                or tokens and follows_neighbour(analysis, tokens[0].index)
                or _after_settlement_noun(analysis, span, gazetteer)
                or k > 0 and ordered[k - 1] in small and follows_in_list(analysis, ordered[k - 1], span)):
            small.add(span)
            # ``В соседней Омской области … жителей села Кедрово``: the region its clause places it in before the text's
            found = (places[ordered[k + 1]].region_code if before_district else None) \
                or _region_placing(analysis, ordered, k, places) or region or _region_before(by_sentence, sent)
            if found is not None:
                out[span] = Place(place.name, place.category, found, RUSSIA)
        by_sentence.setdefault(sent, []).append(place)
    return out


def _region_placing(analysis: Analysis, ordered: list[Span], position: int, places: dict[Span, Place]) -> str | None:
    """The one region of Russia the clause of the place at ``position`` (of ``ordered``) places it in before it: a
    place of the region after ``в``/``во`` (adjectives between: ``в соседней Омской области``) or after a
    neighbour's adjective, with no clause's bound between (``;``, a comma before ``а``, ``но``, ``где`` …); ``None``
    where there is none or several."""
    village = analysis.tokens_in(ordered[position].start, ordered[position].end)
    found = set()
    for span in reversed(ordered[:position]):
        tokens = analysis.tokens_in(span.start, span.end)
        if not village or not tokens or tokens[0].sent != village[0].sent:
            break
        if _clause_bound(analysis, tokens[-1].index + 1, village[0].index):
            break
        place = places[span]
        if place.region_code and place.country_code == RUSSIA and _placing(analysis, tokens[0].index):
            found.add(place.region_code)
    return found.pop() if len(found) == 1 else None


def _placing(analysis: Analysis, index: int) -> bool:
    """Whether the place whose first word is at ``index`` follows ``в``/``во`` in its sentence, adjectives between
    (``во Владимирской``, ``в соседней Омской``), or a neighbour's adjective (``соседней Омской``)."""
    if follows_neighbour(analysis, index):
        return True
    before = index - 1
    while before >= 0 and analysis.tokens[before].sent == analysis.tokens[index].sent \
            and analysis.tokens[before].pos == "ADJ":
        before -= 1
    return before >= 0 and analysis.tokens[before].sent == analysis.tokens[index].sent \
        and fold(analysis.tokens[before].text) in _IN


# words that open a clause after a comma (``…, а в селе``, ``…, где``), folded
_CLAUSE_OPENERS = frozenset({"а", "но", "однако", "зато", "хотя", "где", "когда", "если", "пока", "поскольку",
                             "чтобы", "который", "которая", "которое", "которые", "которой", "которых", "котором"})


def _clause_bound(analysis: Analysis, start: int, stop: int) -> bool:
    """Whether the tokens from ``start`` to ``stop`` hold a clause's bound: a semicolon, or a comma before a word
    that opens a clause."""
    tokens = analysis.tokens
    return any(tokens[i].text == ";" or tokens[i].text == "," and i + 1 < len(tokens)
               and fold(tokens[i + 1].text) in _CLAUSE_OPENERS for i in range(start, min(stop, len(tokens))))


def _region_before(by_sentence: dict[int, list[Place]], sent: int) -> str | None:
    """The one region of Russia the nearest sentence that names any names among the places named before (by
    sentence), from sentence ``sent`` back ``_SENTENCES_BEFORE`` sentences; ``None`` where that sentence names
    two, or a place abroad, or none does."""
    if sent < 0:
        return None
    for number in range(sent, sent - _SENTENCES_BEFORE - 1, -1):
        named = by_sentence.get(number, ())
        if any(place.country_code not in (None, RUSSIA) for place in named):
            return None  # ``в Заморье, в деревне …``: not the region named before
        regions = {place.region_code for place in named if place.region_code and place.country_code == RUSSIA}
        if regions:
            return regions.pop() if len(regions) == 1 else None
    return None


# the noun of settlements of no one kind, its adjective's and its noun's lemmas, folded (``в населенных пунктах
# Зорькино и …``)
_SETTLEMENT_NOUN = ("населенный", "пункт")
# the last letters of a settlement's name in the plural (``Хыркасы``, ``Горки``)
_PLURAL_ENDS = frozenset("ыи")


def noun_kind(token, gazetteer: Gazetteer) -> str | None:
    """The kind of place a word before a name is the noun of (``деревне`` → ``деревня``), by the gazetteer's
    nouns without their abbreviations; ``None`` for no word and for a verb (``сел``, not ``сёл``)."""
    return gazetteer.place_type(token.text, abbreviations=False) \
        if token is not None and token.pos != "VERB" else None


def _after_settlement_noun(analysis: Analysis, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a span follows the noun of settlements a list of their names follows, a dash or a colon between
    them or none (``пять сел - Зорькино, Мирошкино``, ``в населенных пунктах Зорькино``, ``деревень: …``): a noun
    of a kind of village the gazetteer knows (not the verb ``сел``), or ``населённый пункт``; the first of the
    names, the others follow it in the list."""
    before = word_before(analysis, span)
    if before is not None and before.text in LIST_MARKS and before.index > 0 \
            and analysis.tokens[before.index - 1].sent == before.sent:
        before = analysis.tokens[before.index - 1]
    if before is None or before.pos == "VERB":
        return False
    if noun_kind(before, gazetteer) in VILLAGE_TYPES:
        return True
    adjective = analysis.tokens[before.index - 1] if before.index > 0 else None
    return adjective is not None and adjective.sent == before.sent \
        and _SETTLEMENT_NOUN[0] in gazetteer.morph.forms(adjective.text) \
        and _SETTLEMENT_NOUN[1] in gazetteer.morph.forms(before.text)


# a neighbour's adjective (``соседней``, ``соседнем``), lemma
NEIGHBOUR = "соседний"
# adjectives of places nearby, their folded stems: the places named after one are near the one named before (``в
# соседних …``, ``в близлежащих …``)
_NEARBY = ("соседн", "близлежащ", "окрестн")


def follows_neighbour(analysis: Analysis, index: int, morph: Morph | None = None, over_comma: bool = False) -> bool:
    """Whether the token at ``index`` (a place's first word, or the word that stands for a place) follows in its
    sentence a neighbour's adjective: with ``morph``, one of the lemma ``соседний`` (``соседней страны``; with
    ``over_comma``, across a comma too: ``в соседней, Тюменской области``); without, any adjective of places
    nearby (``в соседних Зорькино``, ``близлежащих``)."""
    before = index - 1
    if over_comma and before >= 0 and analysis.tokens[before].text == ",":
        before -= 1
    if before < 0 or index < len(analysis.tokens) and analysis.tokens[before].sent != analysis.tokens[index].sent:
        return False
    word = analysis.tokens[before].text
    return morph.lemma(word) == NEIGHBOUR if morph is not None else fold(word).startswith(_NEARBY)


def follows_in_list(analysis: Analysis, first: Span, second: Span) -> bool:
    """Whether ``second`` follows ``first`` in one list: only a comma, ``и`` or both between them."""
    between = analysis.text[first.end:second.start]
    return first.end <= second.start and "\n" not in between and between.strip() in (",", "и", ", и")


def join_written_alike(analysis: Analysis, places: dict[Span, Place]) -> dict[Span, Place]:
    """``places`` with the villages of no region whose one-word name is written alike after their noun (``в селе
    Кедрах`` … ``села Кедрах``) but read in different nominatives (``село Кедра``, ``село Кедро``: the tagger's
    guesses of a word the dictionary does not know) made one village of the name as written."""
    written: dict[tuple[str, str], dict[Span, Place]] = {}
    for span, place in places.items():
        words = place.name.split()
        tokens = analysis.tokens_in(span.start, span.end)
        if len(words) == 2 and tokens and _settlement(place) and place.region_code is None \
                and place.country_code is None and tokens[-1].text[:1].isupper():
            written.setdefault((fold(words[0]), tokens[-1].text), {})[span] = place
    out = dict(places)
    for (kind, name), group in written.items():
        if len({place.name for place in group.values()}) > 1:
            out.update(dict.fromkeys(group, Place(f"{kind} {name}", "other", None, None)))
    return out


def join_kinded_places(places: dict[Span, Place]) -> dict[Span, Place]:
    """``places`` with a place named by its name alone (``Клепкино``) made the place the text names with its noun
    and that name (``поселок Клепкино``, ``деревня Малари``, ``река Кедровка``, ``провинция Ганьсу``): one place,
    with the region and country the noun's mention has, else those the name alone has; not where they are
    another's (a namesake)."""
    kinded: dict[str, set[Place]] = {}
    for place in places.values():
        words = place.name.split()
        if len(words) >= 2 and (_settlement(place) or fold(words[0]) in RIVER_TYPES | FOREIGN_DIVISIONS):
            kinded.setdefault(" ".join(words[1:]), set()).add(place)
            if len(words) == 2 and _settlement(place) and len(words[1]) > 4 and words[1][-1] in _PLURAL_ENDS:
                kinded.setdefault(words[1][:-1], set()).add(place)  # ``в Кедрах`` read ``Кедр``: ``село Кедры``
    merged: dict[Place, Place] = {}
    for place in places.values():
        found = kinded.get(place.name, set())
        if place.category != "other" or len(found) != 1:
            continue
        full = next(iter(found))
        if full.country_code and place.country_code not in (None, full.country_code) \
                or full.region_code and place.region_code not in (None, full.region_code):
            continue  # a namesake elsewhere
        if full.country_code is None and place.country_code is not None:
            merged[full] = Place(full.name, full.category, place.region_code, place.country_code)
        merged.setdefault(full, full)
        merged[place] = merged[full]
    return {span: merged.get(place, place) for span, place in places.items()}
