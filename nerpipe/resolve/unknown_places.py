"""A place the gazetteer does not know, named in the nominative with the region its adjective says
(:func:`name_unknown_place`), a settlement's name as written where it does not decline with its noun
(:func:`written_as_named`: ``в деревне Горицы``); an adjective opening a district's name in a span of its own, the
district (:func:`name_districts`); a name written alike after nouns of different cases, or read in the nominative
it cannot be in, undeclined (:func:`join_undeclined_names`, :func:`read_undeclined_place`); a region named by its
initials several regions share (``РБ``) in a text about one of them (:func:`initials_of_scope`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..inflect import Word, nominative
from ..morph import UD_CASE, Morph, fold
from ..ner import Analysis
from ..places import CITY_TYPES, RUSSIA, Gazetteer, Place
from ..records import Span
from .initialisms import initials
from .syntax import word_before

if TYPE_CHECKING:
    from .locations import Scope

# nouns of parts of a town or a region an adjective names (``Ленинского района`` is no town Ленинск's)
DISTRICT_NOUNS = frozenset({"район", "микрорайон", "округ", "поселение"})
# the nouns a district's own name ends with: ``район``, and a republic's ``улус`` and ``кожуун``
DISTRICT_HEADS = frozenset({"район", "улус", "кожуун"})
# nouns of streets, squares, parks and stations a town's adjective names wherever they are (``Московский
# проспект`` of another town, ``Курский вокзал`` of Moscow)
URBAN_NOUNS = frozenset({"улица", "проспект", "шоссе", "площадь", "переулок", "бульвар", "сад", "парк", "сквер",
                          "набережная", "вокзал", "мост", "тракт", "проезд"})
# the nouns of a part of a town or a district
PART_NOUNS = DISTRICT_NOUNS | URBAN_NOUNS
# nouns of a district, which adjectives between may name further (``Советского муниципального района``), unlike a
# town's own territory (``Гусевского городского округа``: the town Гусев's)
_DISTRICTS = frozenset({"район", "микрорайон"})
# a district's successor: ``округ`` after ``муниципальный`` (``Кедровского муниципального округа``) is a district,
# named after a town of its own region as a district is, not the town of that stem elsewhere
_MUNICIPAL = "муниципальный"
# nouns of a first-level division: one of them the gazetteer does not know is no region of Russia's (all are
# known), so a town's adjective does not place it (``Николаевская область`` is none of Николаевск's)
_DIVISION_NOUNS = frozenset({"область", "край", "республика", "губерния", "штат", "провинция"})
# nouns of states and divisions of history (``Якутская АССР``, ``Тверская губерния``, ``Казанское ханство``): an
# adjective of a region of today before one places it in no region of today
_HISTORY_NOUNS = frozenset({"асср", "сср", "империя", "губерния", "уезд", "ханство", "царство", "княжество"})


def written_as_named(named: list[Word], noun: Word, morph: Morph) -> bool:
    """Whether a settlement's name after its noun stands in apposition, as written (``в деревне Горицы``, ``в
    деревне Павловское``, ``у села Баяндай``, ``город Палу``): none of its words reads in the noun's case, as a
    declined name would (``в деревне Ивановке``, ``в селе Смоленском``, ``город Кедринск``); a reading of a word
    that does not decline (``в хуторе Кедрово``: pymorphy's every case of it) is none."""
    case = UD_CASE.get(noun.feat.get("Case", ""))
    if case is None:
        return False
    cases = {case, "loc2"} if case == "loct" else {case, "gen2"} if case == "gent" else {case}
    return all(not any(parse.tag.case in cases and "Fixd" not in parse.tag for parse in morph.parses(fold(t.text)))
               for t in named)


def is_nominative_as_written(word: Word, morph: Morph) -> bool:
    """Whether a place's capitalised word is its nominative as written, whatever reading comes first: a reading of
    the dictionary is a place's name (``Geox``) in the nominative whose normal form is the word itself, where the
    dictionary knows the word or it ends in ``-ь`` (``области Миньсянь``, not the plural of a first name; not the
    guess of an unknown ``Облякова``, a surname's genitive); or the dictionary does not know the word, it ends in
    ``-и``, and a reading's normal form is the word with ``-ь`` for that ``-и`` (``провинции Шэньси``, ``областях
    Баоцзи``: a guessed ``Шэньсь``, a foreign name that does not decline)."""
    folded = fold(word.text)
    if not word.text[:1].isupper() or not folded.isalpha():
        return False
    if (morph.is_known(word.text) or folded.endswith("ь")) and any(  # a guess of an unknown ``Облякова``: none
            "Geox" in parse.tag and parse.tag.case == "nomn" and parse.normal_form == folded
            for parse in morph.parses(folded)):
        return True
    return not morph.is_known(word.text) and folded.endswith("и") \
        and any(parse.normal_form == folded[:-1] + "ь" for parse in morph.parses(folded))


def name_unknown_place(words: list, morph: Morph, gazetteer: Gazetteer) -> Place | None:
    """A place the gazetteer does not know, named in the nominative: ``реки Славянки`` →
    ``река Славянка``; ``города Феникс`` → ``Феникс`` (a city); ``Гусевского городского
    округа`` → ``Гусевский городской округ`` in the subject of the town ``Гусев``; ``Амурской земле`` → ``Амурская
    земля`` of the region whose adjective it is before a town's (``Амурск``); a state or division of history
    (``Якутская АССР``, ``Тверская губерния``) of no region of today's."""
    kind = None
    index = 0
    while index < len(words) - 1 and (words[index].text == "." or gazetteer.place_type(words[index].text)):
        kind = gazetteer.place_type(words[index].text) or kind
        index += 1
    if kind and index and written_as_named(words[index:], words[index - 1], morph) \
            or all(is_nominative_as_written(word, morph) for word in words[index:]):
        name = " ".join(word.text for word in words[index:])  # ``поселке Кедрицы``, ``городе Бага``: as written
    else:
        name = " ".join(nominative(words[index:], morph, number=_own_number(words[index:], morph)).split())
    if not name:
        return None
    if kind and kind not in CITY_TYPES:
        name = f"{kind} {name}"
    region = None
    named = words[index:]
    if any(fold(word.text) in _HISTORY_NOUNS or morph.lemma(word.text) in _HISTORY_NOUNS for word in named):
        return Place(name, "other", None, None)  # a place of history: no region of today's
    for j, word in enumerate(named):
        after = named[j + 1] if j + 1 < len(named) else None
        noun = _noun_after(named, j, morph)
        if after is not None and morph.lemma(after.text) in PART_NOUNS \
                or noun is not None and _district_noun(named, noun, morph):
            continue  # ``Советского (муниципального) района``, ``Московского проспекта``: named after a town, not in it
        if word.pos == "ADJ" or (word.text[:1].isupper() and morph.has_gram(word.text, "ADJF")):
            division = after is not None and morph.lemma(after.text) in _DIVISION_NOUNS
            region = gazetteer.region_of_adjective(word.text) \
                or (None if division or noun is None and word.feat.get("Gender") == "Neut"
                    else gazetteer.region_of_town_adjective(word.text))  # ``Комсомольское``: a village's own name
            if region:
                break
    return Place(name, "city" if kind in CITY_TYPES else "other", region, RUSSIA if region else None)


# adjectives that name districts of many towns and regions after a person, an event or a side (``Советский``,
# ``Кировский``, ``Центральный`` район): no town's of the same stem (Советск, Киров) says which region's. Only names
# several districts truly share (``Выборгский`` of St Petersburg and of the Leningrad Region's Выборг): a district
# of a federal city named after its own town (Kronstadt's, Kolpino's) is no such
_SHARED_DISTRICT_NAMES = frozenset({
    "советский", "ленинский", "кировский", "октябрьский", "первомайский", "пролетарский", "красноармейский",
    "комсомольский", "калининский", "дзержинский", "куйбышевский", "свердловский", "фрунзенский", "ворошиловский",
    "орджоникидзевский", "жовтневый", "железнодорожный", "заводской", "центральный", "индустриальный",
    "приморский", "приволжский", "приокский", "пушкинский", "курчатовский", "московский", "ленинградский",
    "кагановичский", "сталинский", "молотовский", "тельмановский", "чкаловский", "гагаринский", "шевченковский",
    "красногвардейский", "краснооктябрьский", "партизанский", "коммунистический", "северный", "южный",
    "восточный", "западный", "новый", "выборгский",
})


def place_district_towns(places: dict, gazetteer: Gazetteer) -> dict:
    """``places`` with each district of Russia still of no region, named by an adjective and ``район``
    (``Балаковский район``), made a district of the region of the town the adjective is made from, its centre
    (Балаково): only after what the text says of its region (the region the text is about comes first), and that
    district alone: a region guessed so is none the text is about, nor of its other places. Not for an adjective
    many districts share (``Советский``, ``Кировский``: :data:`_SHARED_DISTRICT_NAMES`), a region's (``Смоленский
    район`` of the Altai as well), one that names a town itself (``Волжский``), nor one of a town in ``-ь`` (a
    river's adjective as well)."""
    out = dict(places)
    for span, place in places.items():
        if place.region_code is not None or place.country_code is not None or not _is_district(place.name):
            continue
        region = find_district_town_region(place.name.split()[0], gazetteer)
        if region is not None:
            out[span] = Place(place.name, place.category, region, RUSSIA)
    return out


def region_of_districts(before: dict, after: dict) -> str | None:
    """The one region of a text that names no region nor country of its own but districts (``Балаковский район``)
    :func:`place_district_towns` placed: every district of ``before`` placed in ``after``, all in that one region
    — what a text about a district is about (its ``глава района``, its streets and towns). ``None`` when any place had a
    region or a country before, when a district stays of none (``Кронштадтский район``) or the districts' regions
    differ."""
    if any(place is not None and (place.region_code or place.country_code) for place in before.values()):
        return None
    regions = {after[span].region_code for span, place in before.items()
               if place is not None and _is_district(place.name) and span in after and after[span] is not None}
    return next(iter(regions)) if len(regions) == 1 and None not in regions else None


def _is_district(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and words[1] == "район"


def find_district_town_region(adjective: str, gazetteer: Gazetteer) -> str | None:
    """The region of the town a district's capitalised adjective is made from (``Балаковский`` → Балаково's), else
    ``None``: for an adjective many districts share, a region's, or one that names a place itself."""
    morph = gazetteer.morph
    lemma = morph.lemma(adjective)
    if not adjective[:1].isupper() or lemma in _SHARED_DISTRICT_NAMES or gazetteer.region_of_adjective(adjective) \
            or gazetteer.lookup(adjective) is not None:
        return None
    return gazetteer.region_of_town_adjective(adjective)


def _own_number(words: list, morph: Morph) -> str:
    """``"sing"`` for one word the tagger reads in the plural that has no plural form (``в соседних Обуховке``: the
    number of the adjective it was read with), else ``"keep"``."""
    if len(words) == 1 and words[0].feat.get("Number") == "Plur" and not morph.has_gram(words[0].text, "plur"):
        return "sing"
    return "keep"


# prepositions of the dative: a name after one is declined (``к Кедринску``) whatever the tagger reads
_DATIVE_PREPOSITIONS = frozenset({"к", "ко", "по", "благодаря", "согласно", "вопреки", "навстречу"})


def read_undeclined_place(analysis: Analysis, span: Span, morph: Morph) -> Place | None:
    """A place of capitalised words the tagger reads in the nominative none of which can be one (``Кавангвару``,
    ``Ганьсу``, which the dictionary reads as a dative only), not after a preposition of the dative, nor a place
    name the dictionary declines (``Покровке``): a foreign name that does not decline, as written; else ``None``."""
    tokens = analysis.tokens_in(span.start, span.end)
    before = word_before(analysis, span)
    if not tokens or before is not None and before.text.lower() in _DATIVE_PREPOSITIONS:
        return None
    if all(t.text[:1].isupper() and t.feat.get("Case") == "Nom"
           and not any(parse.tag.case == "nomn" or "Geox" in parse.tag for parse in morph.parses(fold(t.text)))
           for t in tokens):
        return Place(analysis.text[span.start:span.end], "other", None, None)
    return None


def _district_noun(words: list, noun, morph: Morph) -> bool:
    """Whether ``noun`` is a district's (``района``) or a municipal district's (``округа`` after ``муниципального``)
    among ``words``."""
    lemma = morph.lemma(noun.text)
    return lemma in _DISTRICTS or lemma == "округ" and any(morph.lemma(w.text) == _MUNICIPAL for w in words)


def _noun_after(words: list, index: int, morph: Morph):
    """The first word after ``words[index]`` that is no adjective (the noun an adjective qualifies: ``района`` in
    ``Советского муниципального района``), else ``None``."""
    for word in words[index + 1:]:
        if not (word.pos == "ADJ" or morph.has_gram(word.text, "ADJF")) or morph.lemma(word.text) in PART_NOUNS:
            return word
    return None


def join_undeclined_names(analysis: Analysis, places: dict[Span, Place]) -> dict[Span, Place]:
    """``places`` with a place of no region or country whose name does not end with the word its mention ends
    with (``городе Палу`` read as ``Пал``, ``провинцию Хубэй`` as ``провинция Хубэя``) made the one place of the
    text whose name ends with that word as written (``город Палу``: ``Палу``; ``провинции Хубэй``): a name written
    alike after nouns of different cases does not decline. Only where the text shows it so: a mention of that
    place ends with the word after a noun written otherwise than this mention's (``город`` and ``городе``); a
    mention kept as written with no noun before it (a misreading of ``в Кедринске``) draws no other to it."""
    unknown = {span: place for span, place in places.items()
               if place is not None and place.region_code is None and place.country_code is None}
    by_last: dict[str, set[Place]] = {}
    nouns: dict[tuple[Place, str], set[str]] = {}  # the nouns a place's mentions ending with a word have
    ends: dict[Span, tuple[str, str | None]] = {}
    for span, place in unknown.items():
        by_last.setdefault(place.name.split()[-1], set()).add(place)
        tokens = analysis.tokens_in(span.start, span.end)
        if tokens:
            noun = fold(tokens[0].text) if len(tokens) >= 2 and tokens[0].text.islower() else None
            ends[span] = (tokens[-1].text, noun)
            if noun is not None:
                nouns.setdefault((place, tokens[-1].text), set()).add(noun)
    out = dict(places)
    for span, place in unknown.items():
        if span not in ends:
            continue
        last, noun = ends[span]
        if place.name.split()[-1] == last or not last[:1].isupper() or noun is None:
            continue
        found = by_last.get(last, set())
        if len(found) == 1 and nouns.get((next(iter(found)), last), set()) - {noun}:
            out[span] = next(iter(found))
    return out


def name_districts(analysis: Analysis, places: dict[Span, Place], morph: Morph) -> dict[Span, Place]:
    """``places`` with an adjective that opens a district's name in a span of its own (``Советского`` in
    ``Советского муниципального района``, or before ``района`` out of it) made that district: a town of the
    adjective's name (Советский) is no place the text names there, nor its region."""
    by_start: dict[int, list[Span]] = {}
    for span in places:
        by_start.setdefault(span.start, []).append(span)
    out = dict(places)
    for span in places:
        tokens = analysis.tokens_in(span.start, span.end)
        if not tokens or any(token.pos != "ADJ" for token in tokens):
            continue
        outer = next((other for other in by_start[span.start] if other.end > span.end
                      and {morph.lemma(word) for word in places[other].name.split()} & PART_NOUNS), None)
        if outer is not None:
            out[span] = places[outer]
        elif (district := _district_after(analysis, tokens, morph)) is not None:
            out[span] = district
    return out


def _district_after(analysis: Analysis, tokens: list, morph: Morph) -> Place | None:
    """The district an adjective's span names with the district's noun right after it, out of the span
    (``Дзержинский`` of ``Дзержинский район``): that district of no region, as when the span holds the noun; the
    town of the adjective's name (Дзержинский) is no place the text names there. An adjective in lower case
    (``в московском районе Бирюлево``) is a town's own, and names that town, not a district of its name."""
    if not tokens[0].text[:1].isupper():
        return None
    at = tokens[-1].index + 1
    after = analysis.tokens[at] if at < len(analysis.tokens) else None
    if after is None or after.sent != tokens[-1].sent or morph.lemma(fold(after.text)) not in _DISTRICTS:
        return None
    return Place(nominative([t.word() for t in [*tokens, after]], morph), "other", None, None)


def initials_of_scope(places: dict[Span, Place], scope: Scope, gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with a place of no region or country named by capitals that are the initials of the one region
    a text is about (``РБ`` in a text about the Republic of Bashkortostan, ``УР`` about Udmurtia) made that region:
    initials several regions share are the one region's the text is about; so are those of the ``Республика X`` name
    of the one foreign country a text is about (``РМ`` of Moldova, ``РК`` of Kazakhstan or of Korea)."""
    if scope.country is not None and scope.region is None:
        country = gazetteer.lookup(gazetteer.country_names.get(scope.country, ""))
        return {span: country if country is not None and place.region_code is None
                and place.country_code in (None, scope.country)
                and scope.country in gazetteer.country_initials.get(place.name, ()) else place
                for span, place in places.items()}
    if scope.region is None:
        return places
    region = gazetteer.region_by_code[scope.region]
    initials = region_initials(region.name)
    own = gazetteer.lookup(region.name)
    if own is None or len(initials) < 2:
        return places
    return {span: own if place.region_code is None and place.country_code is None and place.name == initials
            else place for span, place in places.items()}


def initials_of_named(places: dict[Span, Place], gazetteer: Gazetteer) -> dict[Span, Place]:
    """``places`` with a place of no region or country named by capitals (``РК``) made the one country or region
    the text names in full whose ``Республика X`` name has those initials (``РК`` in a text naming Kazakhstan and
    France: Kazakhstan, even where the text's scope placed it in France); initials two places named could have
    (Kazakhstan and Korea, or Karelia) stay as they were."""
    countries = {place.country_code for place in places.values()
                 if place is not None and place.category == "country" and place.country_code != RUSSIA}
    regions = {place.region_code for place in places.values() if place is not None and place.region_code}
    out = dict(places)
    for span, place in places.items():
        if place is None or place.region_code or place.category == "country" or not place.name.isupper():
            continue  # a country the gazetteer knows by capitals (``США``), or initials placed in a region
        owners = [gazetteer.country_names.get(code, "") for code in
                  sorted(countries & gazetteer.country_initials.get(place.name, set()))]
        owners += [gazetteer.region_by_code[code].name for code in sorted(regions)
                   if code in gazetteer.region_by_code
                   and region_initials(gazetteer.region_by_code[code].name) == place.name]
        found = gazetteer.lookup(owners[0]) if len(owners) == 1 else None
        if found is not None:
            out[span] = found
    return out


def region_initials(name: str) -> str:
    """The capitals of a region's name: ``Республика Башкортостан`` → ``РБ``, ``Кабардино-Балкарская Республика``
    → ``КБР``; a name with brackets has none (``Республика Саха (Якутия)``)."""
    return "" if "(" in name or "—" in name else initials(name)
