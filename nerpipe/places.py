"""Stage 5c: places — a gazetteer of Russia's federal subjects, its towns, countries, foreign
cities and macro-regions, matched by lemma so that any case form resolves
(``Калининградской области`` → ``Калининградская область``, ``RU-KGD``).

Resources (``nerpipe/resources``, read by :mod:`.place_sources`):

- ``regions.csv`` — the 89 federal subjects: canonical name, ISO 3166-2 code,
  type, administrative centre, federal district, aliases and adjectives;
- ``cities.csv`` — every town of Russia with its subject and population;
- ``countries.csv`` — customary Russian names of countries (the rest come from
  pycountry's Russian translation of ISO 3166-1);
- ``world_cities.csv`` — capitals and large cities abroad with their country
  (``scripts/build_world_cities.py``): kind ``other``, category ``foreign_city``;
- ``places.csv`` — macro-regions, federal districts, parts of the world and the regions abroad pycountry does
  not name in Russian (``Гродненская область``, ``провинция Хэнань``), each with its country.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .morph import Morph, PhraseIndex, fold, restore_case
from .place_adjectives import city_adjectives, read_town_stems
from .place_sources import iso_countries, iso_divisions, load_regions, read_csv, split_values
from .text import split_words

# locations.kind values of the contract, and the finer ``category``
COUNTRY = "country"
FEDERAL_SUBJECT = "federal_subject"
CITY = "city"
FEDERAL_DISTRICT = "federal_district"  # the category of a federal district (``УрФО``)
OTHER = "other"
RUSSIA = "RU"  # ISO 3166-1 alpha-2
# the type of a federal subject that is a town (Москва, Санкт-Петербург, Севастополь)
FEDERAL_CITY = "город федерального значения"

_CATEGORY_KIND = {
    "country": COUNTRY,
    "federal_subject": FEDERAL_SUBJECT,
    "city": CITY,
    "foreign_city": OTHER,  # the contract's kinds: a place abroad is "other"
    "federal_district": OTHER,
    "macro_region": OTHER,
    "continent": OTHER,
    "other": OTHER,
}

# lower rank wins when one form names several places
_CATEGORY_RANK = {"federal_subject": 0, "country": 1, "federal_district": 2, "macro_region": 3, "city": 4,
                  "foreign_city": 5, "continent": 6, "other": 7}

# words that say what kind of place a name is (``город Феникс``, ``реки Славянки``, ``г. Гусев``):
# abbreviations as written, nouns by lemma (in lower case: ``Площадь Революции`` is a name); a street's
# abbreviations (``пер. Заречный``) are the streets' own (:data:`nerpipe.resolve.streets._STREET_ABBREVIATIONS`)
_TYPE_ABBREVIATIONS = {"г": "город", "гор": "город", "с": "село", "пос": "поселок", "пгт": "поселок", "п": "поселок",
                       "дер": "деревня", "д": "деревня", "ст": "станица"}
CITY_TYPES = frozenset({"город", "городок"})
# the nouns of streets and squares: the name after one is the street's, never the town's it may share (``улица
# Чехова`` is no town Чехов)
STREET_TYPES = frozenset({"улица", "проспект", "площадь", "переулок", "бульвар", "проезд", "тупик"})
PLACE_TYPES = CITY_TYPES | STREET_TYPES | {  # lemmas as Morph.forms gives them, ё folded
    "село", "деревня", "поселок", "станица", "аул", "хутор", "река", "озеро", "остров", "полуостров",
    "мыс", "залив", "пролив", "гора", "штат", "провинция", "район", "аэропорт",
    "порт", "кантон", "графство", "префектура", "эмират",
}
# words before the name of a first-level division of a foreign state (``штата Техас``, ``провинции
# Онтарио``), and the types ISO 3166-2 gives such divisions
_DIVISION_TYPES = {"штат": "State", "провинция": "Province"}
# first-level divisions abroad a text may name by their name alone (ISO type → the type word of the
# name, as ``штат Техас``); not cities, districts or outlying areas, which share their names with towns
_BARE_DIVISION_TYPES: dict[str, str | None] = {
    "State": "штат", "Province": "провинция", "Land": None, "Region": None, "Oblast": None,
    "Territory": None, "Autonomous community": None, "Canton": None, "Prefecture": None,
}
RIVER_TYPES = frozenset({"река"})  # the gazetteer knows no river: a name after one is the river's
# nouns of divisions only foreign states have (``провинция Хэйлунцзян``, ``штат Калифорния``), folded: never a place
# of Russia, and a town named with one after it is of its country
FOREIGN_DIVISIONS = frozenset({"провинция", "штат", "префектура", "кантон", "графство", "эмират"})
# the nouns of a settlement that is no town (``деревня Горицы``), folded (``поселок``)
VILLAGE_TYPES = frozenset({"село", "деревня", "поселок", "станица", "аул", "хутор", "слобода"})
SETTLEMENT_TYPES = CITY_TYPES | VILLAGE_TYPES
_TOWNS = ("city", "foreign_city")
# abbreviations of subject types
_TYPE_ABBR = {"обл": "область", "респ": "республика", "кр": "край", "ао": "автономный округ"}


def foreign_country(code: str | None) -> str | None:
    """A country code as the tables give it: the code of a foreign state, ``None`` for Russia (whose
    bodies and titles are the rule, not the exception) and where no country is known."""
    return None if code == RUSSIA else code


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    category: str
    region_code: str | None
    country_code: str | None
    population: int = 0
    capital: bool = False  # the administrative centre of its federal subject; a foreign city: its country's capital

    @property
    def kind(self) -> str:
        return _CATEGORY_KIND[self.category]


# the first letters of the words of a region's bodies (``облисполком``, ``облгосадминистрация``, ``областной``),
# and the abbreviation of a region's administration in Ukraine (``ОГА``: областная государственная администрация)
_REGION_LEVEL = "обл"
_REGION_LEVEL_ABBREVIATIONS = frozenset({"ога"})

# how many texts :meth:`Gazetteer.lookup` keeps the answer of, and the mark of a text not looked up yet
_LOOKUPS_KEPT = 50_000
_UNSEEN = object()


class Gazetteer:
    """Looks up place names in any grammatical case.

    A name is a sequence of words; a word of the text matches a word of the
    name when their sets of possible lemmas (:meth:`Morph.forms`) meet.
    """

    def __init__(self, morph: Morph):
        self.morph = morph
        self.regions = load_regions()
        self.region_by_code = {r.code: r for r in self.regions}
        self._index: PhraseIndex[Place] = PhraseIndex(morph)
        self._adjectives: dict[str, str] = {}
        self._country_adjectives: dict[str, Place] = {}
        self._city_adjectives: dict[str, Place] = {}  # "лондонский" → Лондон
        self._home_adjectives: set[str] = set()  # "уральский": of a federal district of Russia
        self._divisions: PhraseIndex[Place] = PhraseIndex(morph)  # states and provinces abroad, by their type
        self._bare_divisions: PhraseIndex[Place] = PhraseIndex(morph)  # the same and lands, regions: by name alone
        self.country_names: dict[str, str] = {}  # ISO 3166-1 alpha-2 → the customary Russian name
        self.country_initials: dict[str, set[str]] = {}  # ``РМ`` → {MD}: the initials of a ``Республика X`` name
        self._build()
        # what :meth:`lookup` found for each text, once the gazetteer is built: the same text finds the same place
        self._looked_up: dict[str, Place | None] = {}

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        for region in self.regions:
            place = Place(region.name, "federal_subject", region.code, RUSSIA)
            for name in (region.name, *region.aliases):
                self._index.add(name, place)
                if "—" in name:
                    self._index.add(name.replace("—", "-"), place)
                    self._index.add(name.replace(" — ", "-"), place)  # ``автономного округа-Югры``
                    self._index.add(name.split("—")[0].strip(), place)
            for adjective in region.adjectives:
                self._adjectives[fold(adjective)] = region.code
            if region.type in ("область", "край"):
                head = region.name.split()[0]
                if head.endswith(("ская", "цкая", "ский", "цкий")):
                    self._adjectives[self.morph.lemma(head)] = region.code
        for row in read_csv("cities.csv"):
            place = Place(row["name"], "city", row["region_code"], RUSSIA, int(row["population"] or 0),
                          row["capital"] == "yes")
            self._index.add(row["name"], place)
        for region in self.regions:
            # every administrative centre is a city of its subject, even when the town list
            # lacks it or has a namesake elsewhere (Донецк)
            found = self.lookup_words([region.capital], category="city")
            if found is None or found.region_code != region.code:
                self._index.add(region.capital, Place(region.capital, "city", region.code, RUSSIA, 0, True))
        for alpha2, name, aliases, adjectives in iso_countries():
            place = Place(name, "country", None, alpha2)
            self.country_names[alpha2] = name
            for variant in (name, *aliases):
                self._index.add(variant, place)
                if variant.startswith("Республика ") and len(variant.split()) == 2:
                    self.country_initials.setdefault("Р" + variant.split()[1][0], set()).add(alpha2)
            for adjective in adjectives:
                self._country_adjectives[fold(adjective)] = place
        # adjectives of Russia's own parts (``уральский``, ``сибирский``): no town abroad's (not Уральск's)
        place_rows = read_csv("places.csv")
        home = {fold(row["name"].split()[0]) for row in place_rows
                if row["country_code"] == RUSSIA and row["kind"] == "federal_district"}
        self._home_adjectives = home
        for row in read_csv("world_cities.csv"):
            place = Place(row["name"], "foreign_city", None, row["country_code"], 0, row["capital"] == "yes")
            for variant in (row["name"], *split_values(row["aliases"])):
                self._index.add(variant, place)
            for adjective in city_adjectives(row["name"]):
                if adjective not in home:
                    self._city_adjectives.setdefault(adjective, place)
        for row in place_rows:
            place = Place(row["name"], row["kind"], row["region_code"] or None, row["country_code"] or None)
            for variant in (row["name"], *split_values(row["aliases"])):
                self._index.add(variant, place)
            self._add_division_adjective(place)
        divisions = list(iso_divisions(_BARE_DIVISION_TYPES))  # pycountry's subdivisions, read once
        for alpha2, name, kind in divisions:
            if kind in _DIVISION_TYPES:  # states and provinces: also by their type (``штат Техас``)
                self._divisions.add(name, Place(f"{kind} {name}", "other", None, alpha2))
        for alpha2, name, kind in divisions:
            if " " not in name and self.morph.is_known(name) and not self.morph.has_gram(name, "Geox"):
                continue  # a word of the language first (``Плато``, ``Виктория``): never by its name alone
            self._bare_divisions.add(name, Place(f"{kind} {name}" if kind else name, "other", None, alpha2))
        for row in read_csv("division_adjectives.csv"):  # ``калифорнийский`` → штат Калифорния, US
            division = self.lookup_bare_division(row["division"])
            if division is not None:
                self._city_adjectives.setdefault(fold(row["adjective"]), division)

    def _add_division_adjective(self, place: Place) -> None:
        """A foreign region named by its adjective and ``область`` (``Гродненская область``, BY): the adjective
        speaks of it (``гродненского облисполкома``), unless a federal subject's or a Russian town's adjective
        reads alike (``николаевский`` of Николаевск)."""
        words = place.name.split()
        if place.country_code in (None, RUSSIA) or len(words) != 2 or words[1] != "область":
            return
        adjective = self.morph.lemma(words[0])
        if self.region_of_adjective(adjective) or self.town_of_adjective(adjective) is not None:
            return
        self._city_adjectives.setdefault(fold(adjective), place)

    # -- queries ---------------------------------------------------------------------------

    def lookup(self, text: str) -> Place | None:
        """The place a mention names, or ``None``: ``'г. Гусеве'`` → Гусев (city, RU-KGD); each text looked up
        once (a one-word place is looked up by :func:`~nerpipe.resolve.no_places.names_no_place` and again by
        :func:`~nerpipe.resolve.locations.resolve_places`)."""
        found = self._looked_up.get(text, _UNSEEN)
        if found is _UNSEEN:
            if len(self._looked_up) >= _LOOKUPS_KEPT:
                self._looked_up.clear()  # a long run's memory stays bounded
            found = self._looked_up[text] = self._lookup(text)
        return found

    def _lookup(self, text: str) -> Place | None:
        """:meth:`lookup`, uncached."""
        words = [w for w in split_words(text) if w not in (".",)]
        words = [_TYPE_ABBR.get(fold(w), w) for w in words]
        kind = None
        while len(words) > 1 and self.place_type(words[0]):
            kind = self.place_type(words[0])
            words = words[1:]
        if kind in RIVER_TYPES:
            return None  # ``реке Урал``: a river, neither the region nor a town of its name
        category = "city" if kind in CITY_TYPES else None
        found = self.lookup_words(words, category=category)
        if found is None and category == "city":
            found = self.lookup_words(words)
        if found is not None and kind is not None and kind not in SETTLEMENT_TYPES and found.category in _TOWNS:
            # "реки Нарвы", "штата Вашингтон": a river or a state that shares a town's name is not the town
            found = min((p for p in self._index.match(words) if p.category not in _TOWNS), key=_rank, default=None)
        if found is None and kind in _DIVISION_TYPES:
            found = self.lookup_division(words, kind)
        return found

    def lookup_division(self, words: list[str], kind: str) -> Place | None:
        """A state or province abroad a text names after its type (``штата Техас`` → штат Техас, US), when
        one country only has one of that name and type."""
        found = {place for place in self._divisions.match(words) if place.name.startswith(f"{kind} ")}
        return found.pop() if len(found) == 1 else None

    def lookup_bare_division(self, text: str) -> Place | None:
        """A first-level division of a foreign state a text names by its name alone (``Калифорнии`` →
        штат Калифорния, US; ``Баварии`` → Бавария, DE), when one division only has that name; ``None``
        for a name of none or of several (the gazetteer's own places are looked up before)."""
        words = [w for w in split_words(text) if w not in (".",)]
        found = set(self._bare_divisions.match(words)) if words else set()
        return found.pop() if len(found) == 1 else None

    def place_type(self, word: str, abbreviations: bool = True) -> str | None:
        """The kind of place a word before a name says: ``'реки'`` → ``'река'``, ``'г'`` → ``'город'``
        (abbreviations only when ``abbreviations``: ``с`` is also a preposition)."""
        kind = _TYPE_ABBREVIATIONS.get(fold(word)) if abbreviations else None
        if kind is not None:
            return kind
        if not word[:1].islower():
            return None
        found = self.morph.forms(word) & PLACE_TYPES
        return min(found) if found else None

    def lookup_words(self, words: list[str], category: str | None = None) -> Place | None:
        found = [p for p in self._index.match(words) if not category or p.category == category]
        return min(found, key=_rank) if found else None

    def place_of_adjective(self, word: str) -> Place | None:
        """The federal subject, country or city abroad an adjective speaks of: ``'томские'`` → Томская
        область, ``'японского'`` → Япония, ``'лондонской'`` → Лондон; ``None`` for other adjectives."""
        code = self.region_of_adjective(word)
        if code:
            region = self.region_by_code[code]
            return Place(region.name, "federal_subject", code, RUSSIA)
        return self.morph.lookup(word, self._country_adjectives) or self.morph.lookup(word, self._city_adjectives)

    def subject_not_city(self, code: str | None) -> bool:
        """Whether a region code is a federal subject's that is no federal city (Карелия's, not Москва's)."""
        region = self.region_by_code.get(code) if code else None
        return region is not None and region.type != FEDERAL_CITY

    def region_genitive(self, code: str) -> str:
        """A federal subject's name in the genitive: ``Республики Коми``, ``Ханты-Мансийского
        автономного округа — Югра``."""
        return self.genitive(self.region_by_code[code].name)

    def genitive(self, name: str) -> str:
        """A place's name in the genitive, up to its first noun: ``Израиля``, ``Южной Кореи``,
        ``Соединённых Штатов``; abbreviations and words pymorphy cannot inflect stay. Each part of a name of
        two joined by a dash: ``Ханты-Мансийского автономного округа — Югры``."""
        return self.in_case(name, "gent")

    def in_case(self, name: str, case: str) -> str:
        """A place's name in a case (``gent``, ``loct``…) as :meth:`genitive` puts it: ``Республике Коми``."""
        if " — " in name:
            return " — ".join(self.in_case(part, case) for part in name.split(" — "))
        words = name.split(" ")
        out = []
        for index, word in enumerate(words):
            if not word[:1].isalpha():
                out.extend(words[index:])
                break
            if word.isupper() and len(word) > 1:  # an abbreviation: США, ОАЭ
                out.append(word)
                continue
            noun = not (self.morph.has_gram(word, "ADJF") or self.morph.has_gram(word, "PRTF"))
            inflected = self.morph.inflect(word, {case}, prefer={"case": "nomn", "POS": "NOUN" if noun else "ADJF"})
            out.append(restore_case(inflected, word) if inflected else word)
            if noun:
                out.extend(words[index + 1:])
                break
        return " ".join(out)

    def region_of_town_adjective(self, word: str, soft: bool = False) -> str | None:
        """The subject of the Russian town an adjective is made from: ``'Гусевского'`` → ``'RU-KGD'``
        (``гусевский`` ← ``Гусев``, ``томский`` ← ``Томск``, ``ирбитский`` ← ``Ирбит``); with ``soft``, also of a
        town in ``-ь`` (``казанский`` ← ``Казань``), which a river's or a district's adjective may share."""
        town = self.town_of_adjective(word, soft)
        return town.region_code if town is not None else None

    def town_of_adjective(self, word: str, soft: bool = False) -> Place | None:
        """The Russian town an adjective is made from (:meth:`region_of_town_adjective`), else ``None``: its stem
        before ``-ский``, ``-цкий`` or ``-ской`` with an ending of :data:`.TOWN_NAME_ENDINGS`, ``-ка`` and ``-ки``
        too (``ивантеевский``: Ивантеевка; ``кедровском микрорайоне``: Кедровка where no Кедров, Кедровск … is a
        town), ``-ь`` only with ``soft`` (``тверской``: Тверь)."""
        for town in read_town_stems(self.morph.forms(word), soft):
            found = self.lookup_words([town.capitalize()], category="city")
            if found is not None and fold(found.name) == town:
                return found
        return None

    def region_named_in(self, places: Iterable[Place | None], tokens: Iterable) -> str | None:
        """The region a phrase names: of the first of its ``places`` that lies in one, else of the
        first of its adjectives that is a federal subject's (``томского завода``)."""
        return self._named_in(places, tokens, "region_code")

    def country_named_in(self, places: Iterable[Place | None], tokens: Iterable) -> str | None:
        """The country a phrase names (ISO 3166-1 alpha-2): of the first of its ``places`` with one
        (``правительство Японии``, ``мэрия Твери``), else of the first adjective of a country or a
        federal subject (``японского МИДа``, ``томского завода``)."""
        return self._named_in(places, tokens, "country_code")

    def _named_in(self, places: Iterable[Place | None], tokens: Iterable, code: str) -> str | None:
        """The ``code`` (a :class:`Place` attribute) of the first of ``places`` that has one, else of the
        place the first adjective with one speaks of."""
        for place in places:
            if place is not None and getattr(place, code):
                return getattr(place, code)
        tokens = list(tokens)
        for token, after in zip(tokens, [*tokens[1:], None]):
            if token.pos == "ADJ":
                place = self.division_of_adjective(token.text, after.text if after is not None else "")
                place = place or self.place_of_adjective(token.text)
                if place is not None and getattr(place, code):
                    return getattr(place, code)
        return None

    def division_of_adjective(self, word: str, noun: str) -> Place | None:
        """The region abroad an adjective names before a region's body (``Николаевской облгосадминистрации``,
        ``Гродненского облисполкома``): the region of that adjective (``Николаевская область``), not a Russian
        town of its stem; ``None`` before other words or where no region abroad has that adjective (a federal
        subject's adjective is read as ever)."""
        if not fold(noun).startswith(_REGION_LEVEL) and fold(noun) not in _REGION_LEVEL_ABBREVIATIONS:
            return None
        found = self.lookup(f"{word} области")
        return found if found is not None and found.category == "other" and found.country_code != RUSSIA else None

    def is_home_adjective(self, word: str) -> bool:
        """Whether an adjective names a federal district of Russia (``Уральского``, ``сибирский``)."""
        return fold(self.morph.lemma(word)) in self._home_adjectives

    def region_of_adjective(self, word: str) -> str | None:
        """``'томские'`` → ``'RU-TOM'``; ``None`` for adjectives of no federal subject."""
        return self.morph.lookup(word, self._adjectives)


def _rank(place: Place) -> tuple:
    return (_CATEGORY_RANK[place.category], not place.capital, -place.population)
