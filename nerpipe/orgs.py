"""Stage 5b: organizations — canonical names, abbreviations, identity keys.

The canonical name is the nominative with genitive dependents kept
(``Центра стратегических разработок`` → ``Центр стратегических разработок``)
and quotes balanced. An abbreviation dictionary (``resources/orgs.csv``) joins
the official name, its abbreviation and customary variants
(``Минпромторг России`` = ``Министерство промышленности и торговли РФ``).
``РФ``, ``России`` and ``Российской Федерации`` fold to one form in keys, and
legal forms (``ПАО``, ``АНО``, ``ФГБОУ ВО`` …) and quotes do not change who an
organization is. The word that says what an organization is (``компании``,
``партии`` — ``resources/org_types.csv``) is left out of the canonical name
before a quoted or Latin name (``партии «Единая Россия»`` → ``Единая Россия``).

The same dictionary is matched in running text by lemma (:meth:`OrgLexicon.match_at`),
and ``org_types.csv`` also lists the nouns that name organizations of the state
(``правительство``, ``министерство``, ``сборная`` …) for :mod:`nerpipe.spans`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from .inflect import Word, join_words, nominative, spacing_of
from .morph import Morph, PhraseIndex, fold
from .text import (
    OPENING_QUOTES,
    TYPOGRAPHIC_CLOSING,
    TYPOGRAPHIC_OPENING,
    balance_quotes,
    split_words,
    strip_acronym_ending,
    tidy_spaces,
)

LEGAL_FORMS = (
    "ПАО", "ОАО", "ЗАО", "АО", "ООО", "НАО", "АНО", "НКО", "НП", "ФГУП", "ГУП", "МУП", "ГБУ", "ГАУ", "ГКУ",
    "МБУ", "МАУ", "МКУ", "ФГБУ", "ФГАУ", "ФГБОУ", "ФГАОУ", "ГБОУ", "ГАОУ", "МБОУ", "ГБПОУ", "ВО", "ВПО", "ДПО",
    "ИП", "ТОО", "ОДО", "ФКУ", "ГК", "ОГУП", "ОГБУ", "КГБУ", "АУ", "БУ", "НО", "ФОНД",
)
_LEGAL = {fold(form) for form in LEGAL_FORMS}
# compound names written in lower case too (минпромторг, росстат, госдума, мосгордума)
_COMPOUND_PREFIXES = ("мин", "рос", "гос", "мос")
# adjectives of a level of government and common nouns standing for a place
LEVEL_ADJECTIVES = frozenset({
    "областной", "краевой", "городской", "районный", "республиканский", "муниципальный", "окружной",
    "региональный", "губернский", "столичный",
})
PLACE_NOUNS = frozenset({
    "республика", "область", "край", "город", "район", "округ", "страна", "регион", "столица", "штат",
    "провинция", "муниципалитет", "поселение",
})
# nouns of time: a genitive of them says when, not which (``сборной последних лет``)
# bodies a country or a town has one of: the noun alone names the government, parliament, mayor's
# office or police of the place the text is about
NATIONAL_BODIES = frozenset({"правительство", "парламент", "кабмин", "конгресс", "сенат", "мэрия", "полиция"})
# bodies of one person or office: a genitive person or head of state or region makes them one organization
# (``пресс-служба губернатора``, ``администрация президента``, ``канцелярия канцлера``, ``штаб кандидата``)
PERSONAL_BODIES = frozenset({"пресс-служба", "администрация", "канцелярия", "секретариат", "пресс-секретариат", "штаб"})
# bodies a person leads: a person in the genitive makes them one organization (``партии Петрова``,
# ``кабинета премьера Сомова``, ``правительства Орлова``), while a place alone does not (a party of a
# country is one of many)
OWNED_BODIES = frozenset({"партия", "кабинет", "правительство", "кабмин", "блок", "коалиция", "движение"})
# institutions named by a common noun: with a place (``тверской колонии``, ``университета штата
# Огайо``) or a number (``колонии № 3``) they are one organization
INSTITUTIONS = frozenset({
    "университет", "институт", "академия", "колледж", "музей", "театр", "библиотека", "больница", "госпиталь",
    "поликлиника", "колония", "тюрьма",
})
# institutions a place has many of: one only with its number (``школы № 12``, not ``московской школы``)
NUMBERED_INSTITUTIONS = frozenset({"школа", "гимназия", "лицей", "интернат", "детсад", "роддом", "детдом"})
HEAD_TITLES = frozenset({
    "президент", "премьер", "премьер-министр", "губернатор", "мэр", "глава", "канцлер", "король", "королева",
    "патриарх", "папа", "председатель", "главнокомандующий", "шейх", "эмир", "султан", "монарх", "вице-президент",
})
# adjectives that name a unit of an organization with its noun, though pymorphy takes them for
# qualities (``наблюдательный совет``, ``балетная труппа``, ``учёный совет``)
UNIT_ADJECTIVES = frozenset({
    "наблюдательный", "попечительский", "учёный", "ученый", "экспертный", "координационный", "консультативный",
    "художественный", "балетный", "оперный", "исполнительный", "редакционный", "дисциплинарный", "ревизионный",
    "избирательный", "диссертационный", "методический", "общественный",
})
# bodies named by their place alone, whose ``по`` phrases are never part of their name
# (``инициатив правительства по стимулированию экономики``)
PLACE_BODIES = frozenset({
    "правительство", "кабмин", "парламент", "мэрия", "муниципалитет", "ратуша", "сенат", "конгресс",
    "бундестаг", "сейм", "кнессет", "меджлис", "посольство", "консульство", "генконсульство",
})
TIME_NOUNS = frozenset({"год", "месяц", "неделя", "день", "век", "десятилетие", "сезон", "период", "время"})
_RUSSIA = re.compile(r"\b(российской федерации|российская федерация|рф|россии|россия)\b")
_PUNCT = re.compile(r"[^\w\s]+")


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organization from the dictionary."""

    name: str
    abbr: str | None
    country: str | None = None  # ISO 3166-1 alpha-2; None for international bodies
    former: str | None = None  # the name it had before ``renamed``
    renamed: int | None = None  # the year it got its name
    context: tuple[str, ...] = ()  # words one of which a document must hold for this reading of a shared name

    def named_in(self, year: int | None) -> OrgRef:
        """The body as a document of ``year`` names it: by its former name before it was renamed."""
        if self.former and year is not None and self.renamed and year < self.renamed:
            return OrgRef(self.former, self.abbr, self.country)
        return self


def org_key(name: str) -> str:
    """Who an organization is, independent of case form, quotes, legal form and the way Russia is named."""
    key = fold(strip_acronym_ending(name)).replace("им.", "имени ")
    key = _PUNCT.sub(" ", key)
    key = _RUSSIA.sub("россии", key)
    words = key.split()
    while len(words) > 1 and words[0] in _LEGAL:
        words = words[1:]
    return " ".join(words)


class OrgLexicon:
    """The abbreviation dictionary (``resources/orgs.csv``) and the kinds of organizations
    (``resources/org_types.csv``).

    Names are found by key (:meth:`lookup`, for a span already normalized) and in
    running text by lemma, so any case form matches (:meth:`match_at`).
    """

    def __init__(self, morph: Morph):
        self.morph = morph
        self.kinds: dict[str, str] = {}
        # two words that name a kind together: an adjective and its noun in any form (``вооружённые
        # силы``), or a noun and the genitive after it as written (``кабинет министров``)
        self.phrases: list[tuple[frozenset[str], frozenset[str], str, str]] = []
        with resources.files("nerpipe.resources").joinpath("org_types.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                words = fold(row["lemma"]).split()
                if len(words) == 2:
                    self.phrases.append((morph.forms(words[0]), morph.forms(words[1]), words[1], row["kind"]))
                else:
                    self.kinds[words[0]] = row["kind"]
        self.by_key: dict[str, list[OrgRef]] = {}
        self.names: PhraseIndex[tuple[str, OrgRef]] = PhraseIndex(morph)
        self.stems: dict[str, str] = {}  # a one-word name without its last vowel → its key
        with resources.files("nerpipe.resources").joinpath("orgs.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                ref = OrgRef(row["name"], row["abbr"] or None, row.get("country") or None,
                             row.get("former") or None, int(row["renamed"]) if row.get("renamed") else None,
                             tuple(w for w in (row.get("context") or "").split("|") if w))
                variants = [row["name"], *(v for v in (row["aliases"] or "").split("|") if v)]
                if row["abbr"]:
                    variants.append(row["abbr"])
                if ref.former:
                    variants.append(ref.former)
                for variant in variants:
                    variant = variant.strip()
                    key = org_key(variant)
                    if " " not in key and not is_abbreviation(variant):
                        self.stems.setdefault(key[:-1] if key[-1:] in "аеиоуыэюяьй" else key, key)
                    self._add_key(key, ref)
                    for written in _ways_to_name_russia(variant):
                        self.names.add(written, (written, ref))
                    stem = key[: -len(" россии")]
                    if key.endswith(" россии") and (" " in stem or stem not in self.kinds):
                        self._add_key(stem, ref)  # ``Минфин`` for ``Минфин России``, not ``банк`` for ``Банк России``

    def match_at(self, words: list[str]) -> tuple[int, OrgRef] | None:
        """The longest dictionary name ``words`` start with, written as names are written:
        acronyms exactly (``ТПП``), capitalised words capitalised (``Голос Америки``), the
        first word in any letter case when it is a common noun or a compound
        (``министерство промышленности и торговли РФ``, ``минэкономразвития``)."""
        found = self._variant_at(words)
        return (found[0], found[2]) if found is not None else None

    def _variant_at(self, words: list[str]) -> tuple[int, str, OrgRef] | None:
        if not words or not words[0][:1].isalpha() or not self.names.starts(words[0]):
            return None
        for length, (variant, ref) in self.names.match_prefix(words):
            if self._written_alike(split_words(variant), words[:length]):
                return length, variant, ref
        return None

    def lookup_words(self, words: list[str], year: int | None = None,
                     lemmas: frozenset[str] | set[str] = frozenset()) -> OrgRef | None:
        """The dictionary's body that ``words`` name in full in any case form (``Минкомсвязи``,
        ``Счётной палаты``), as :meth:`lookup` gives it; ``None`` when they name none or more."""
        found = self._variant_at(words)
        if found is not None and found[0] == len(words):
            return self.lookup(found[1], year=year, lemmas=lemmas)
        if len(words) == 1 and words[0][:1].isupper():
            # a compound pymorphy does not know declines by its last part (``Минкомсвязи``)
            lowered = fold(words[0])
            for cut in (1, 2):
                key = self.stems.get(lowered[:-cut])
                if key is not None and len(lowered) - cut >= 5:
                    return self.lookup(key, year=year, lemmas=lemmas)
        return None

    def _written_alike(self, variant: list[str], words: list[str]) -> bool:
        """Whether text ``words`` are written like the dictionary ``variant`` (see :meth:`match_at`)."""
        for index, (model, word) in enumerate(zip(variant, words)):
            if not model[:1].isalpha():
                continue
            if is_abbreviation(model):
                if strip_acronym_ending(word) != model:
                    return False
                continue
            if model[:1].isupper() and not word[:1].isupper():
                common_noun = len(variant) > 1 and self.kind_of(word) is not None
                compound = fold(model).startswith(_COMPOUND_PREFIXES) and not self.morph.has_gram(model, "ADJF")
                if index > 0 or not (common_noun or compound):
                    return False
        return True

    def kind_of(self, word: str) -> str | None:
        """The kind of organization a common noun names (``правительства`` → ``body``), or ``None``."""
        return self.morph.lookup(word, self.kinds)

    def phrase_kind(self, first: str, second: str, agreeing: bool) -> str | None:
        """The kind of organization two words name together (``resources/org_types.csv``): an
        adjective and its noun when ``agreeing`` (``вооружённых сил``, ``сборной команды``), else a
        noun and its genitive (``кабинета министров``); ``None`` when they name none."""
        first_forms, second_forms = self.morph.forms(first), self.morph.forms(second)
        for lemmas, heads, written, kind in self.phrases:
            if first_forms & lemmas and (second_forms & heads if agreeing else fold(second) == written):
                return kind
        return None

    def is_level_adjective(self, word: str) -> bool:
        """An adjective of a level of government: ``городская``, ``областного``."""
        return bool(self.morph.forms(word) & LEVEL_ADJECTIVES)

    def is_place_noun(self, word: str) -> bool:
        """A common noun that stands for a place: ``республики``, ``страны``."""
        return bool(self.morph.forms(word) & PLACE_NOUNS)

    def is_time_noun(self, word: str) -> bool:
        """A noun of time: ``лет``, ``года``, ``сезона``."""
        return bool(self.morph.forms(word) & TIME_NOUNS)

    def _add_key(self, key: str, ref: OrgRef) -> None:
        refs = self.by_key.setdefault(key, [])
        if ref not in refs:
            refs.append(ref)

    def lookup(self, *names: str, year: int | None = None, lemmas: frozenset[str] | set[str] = frozenset()
               ) -> OrgRef | None:
        """The dictionary's body one of ``names`` names, as a document of ``year`` whose words have
        ``lemmas`` names it: where bodies share a name (``ВЭФ``), the one whose context words the
        document holds, else the one with none; by its former name in a document older than the
        renaming, and in one of unknown year that uses the former name itself."""
        for name in names:
            key = org_key(name)
            refs = self.by_key.get(key)
            if not refs:
                continue
            ref = self._choose(refs, lemmas)
            if ref.former and year is None and org_key(ref.former) in (key, f"{key} россии"):
                return OrgRef(ref.former, ref.abbr, ref.country)  # the former name, maybe without ``России``
            return ref.named_in(year)
        return None

    def _choose(self, refs: list[OrgRef], lemmas) -> OrgRef:
        if len(refs) == 1:
            return refs[0]
        for ref in refs:
            if ref.context and any(all(self.morph.forms(word) & lemmas for word in phrase.split())
                                   for phrase in ref.context):
                return ref
        return next((ref for ref in refs if not ref.context), refs[0])


_RUSSIA_ENDINGS = (" Российской Федерации", " России", " РФ")


def _ways_to_name_russia(variant: str) -> list[str]:
    """``Минпромторг России`` → also ``Минпромторг РФ`` and ``Минпромторг Российской Федерации``."""
    for ending in _RUSSIA_ENDINGS:
        if variant.endswith(ending):
            stem = variant[: -len(ending)]
            return [stem + other for other in _RUSSIA_ENDINGS]
    return [variant]


def canonical_name(words: list[Word], lexicon: OrgLexicon, number: str = "keep") -> str:
    """The canonical name of an organization mentioned by ``words``: its own name (:func:`own_name`)
    in the nominative (:func:`normalize_org`); a quoted name after the word that says what it is
    stays as the text writes it, for it is not declined (``клуба «16 тонн»`` → ``16 тонн``,
    while ``в «Известиях»`` → ``Известия``)."""
    own = own_name(words, lexicon)
    first = words.index(own[0]) if own else 0
    if first >= 2 and _quoted(words[first - 1:words.index(own[-1]) + 2]):
        return tidy_spaces(balance_quotes(join_words([w.text for w in own], spacing_of(own))))
    if len(own) > 1 and is_abbreviation(strip_acronym_ending(own[0].text)) and own[1].feat.get("Case") == "Gen":
        # an abbreviation heads the genitive after it (``ЦК Народной партии``), which stays as it is
        texts = [strip_acronym_ending(own[0].text)] + [w.text for w in own[1:]]
        return tidy_spaces(balance_quotes(join_words(texts, spacing_of(own))))
    return normalize_org(own, lexicon.morph, number)


def _quoted(words: list[Word]) -> bool:
    """``«…»`` around the whole, one quote opened; or ``"…"`` with no other straight quote inside."""
    if len(words) <= 2 or words[0].text not in OPENING_QUOTES or words[-1].text not in TYPOGRAPHIC_CLOSING | {'"'}:
        return False
    if words[0].text == '"':
        return words[-1].text == '"' and sum(w.text == '"' for w in words) == 2
    return sum(w.text in TYPOGRAPHIC_OPENING for w in words) == 1


def normalize_org(words: list[Word], morph: Morph, number: str = "keep") -> str:
    """The organization's name in the nominative, dependents kept, quotes balanced, spaces tidied,
    a capital letter first (``правительством республики`` → ``Правительство республики``);
    ``number="sing"`` for a name whose plural head several names share (``Малого и Большого
    театров``)."""
    name = nominative(words, morph, number=number)
    name = balance_quotes(name)
    name = tidy_spaces(name)
    if name[:1].islower() and "а" <= name[:1] <= "я":
        name = name[:1].upper() + name[1:]
    return name


def own_name(words: list[Word], lexicon: OrgLexicon) -> list[Word]:
    """The words of an organization's own name: without the descriptor before a quoted or Latin
    name (``компании Piedmont Airlines`` → ``Piedmont Airlines``, ``партии «Единая Россия»`` →
    ``Единая Россия``) and without quotes around the whole."""
    start = 0
    while start < len(words) and words[start].pos == "ADJ":
        start += 1
    if start < len(words) and words[start].pos == "NOUN" and lexicon.kind_of(words[start].text) == "descriptor":
        descriptor, rest = words[start], words[start + 1:]
        name = rest[0] if rest else None
        # with adjectives before it the word is part of the name (``Социалистической рабочей партии
        # Британии``) unless a quoted or Latin name follows (``ежедневной газеты «Труд»``)
        if name is not None and (name.text in OPENING_QUOTES or is_latin_name(name.text)
                                 or (name.text[:1].isupper() and not start and not depends_on(descriptor, name)
                                     and not _led_by(descriptor, name, lexicon.morph))):
            words = rest
    words = trim_tail(words)
    return words[1:-1] if _quoted(words) else words


def trim_tail(words: list[Word]) -> list[Word]:
    """Without what a span took in after the name: the full stop of the sentence
    (``в Тверском университете.``) and the abbreviation in brackets after the full name
    (``Федеральной службы по тарифам (ФСТ)``), which names the same organization on its own."""
    if len(words) > 1 and words[-1].text == "." and _is_word(words[-2].text):
        words = words[:-1]
    if len(words) > 3 and words[-1].text == ")":
        opening = max(i for i, w in enumerate(words) if w.text == "(") if any(w.text == "(" for w in words) else 0
        if opening >= 2:
            words = words[:opening]
    return words


def _is_word(text: str) -> bool:
    """A word of more than three Cyrillic letters, which no full stop of an abbreviation follows."""
    return len(text) > 3 and all("а" <= ch <= "я" or ch == "ё" for ch in text.lower())


def _led_by(noun, name, morph: Morph) -> bool:
    """A body a person leads followed by a person's name: the person who leads it, not its own
    name (``партии Сомова`` stays ``Партия Сомова``, ``блока Орловой``)."""
    return bool(morph.forms(noun.text) & OWNED_BODIES) and not morph.has_gram(name.text, "Orgn") and (
        name.feat.get("Animacy") == "Anim" or morph.has_gram(name.text, "Surn") or morph.has_gram(name.text, "Name"))


def is_abbreviation(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters)


def depends_on(noun, name) -> bool:
    """Whether ``name`` (a token or word) after ``noun`` is its genitive dependent rather than a
    name in apposition: ``Банк России``, ``оператор Аль-Джазиры`` — not ``агентство Рейтер``,
    ``клуба Челси``, ``компании Microsoft``, ``центре Арт-Вектор`` (a name that ends in a
    consonant is in no genitive of the singular)."""
    if not name.text[:1].isalpha() or is_latin_name(name.text):
        return False
    if _no_genitive_singular(name):
        return False
    return name.feat.get("Case") == "Gen" and noun.feat.get("Case") != "Gen"


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщьй")
_GENITIVE_PLURAL_ENDINGS = ("ов", "ев", "ёв", "ей", "ий")


def _no_genitive_singular(name) -> bool:
    """A noun that ends in a consonant, in no ending of the genitive plural and not read as a
    plural, is in no genitive (``Арт-Вектор``, whatever the tagger says); adjectives
    (``Российской``) and plurals (``Штатов``) may be."""
    text = name.text.lower()
    return name.pos in ("NOUN", "PROPN") and text[-1:] in _CONSONANTS \
        and name.feat.get("Number") != "Plur" and not text.endswith(_GENITIVE_PLURAL_ENDINGS)


def bracketed_after(text: str, end: int, limit: int = 60) -> tuple[int, int] | None:
    """The offsets of what stands in brackets right after ``end`` (spaces and a closing quote
    may come between), trimmed, or ``None``."""
    index = end
    while index < len(text) and text[index] in " \u00a0»\"":
        index += 1
    if index >= len(text) or text[index] != "(":
        return None
    close = text.find(")", index, index + limit)
    if close == -1 or "\n" in text[index:close] or "(" in text[index + 1:close]:
        return None
    start, end = index + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def is_latin_name(candidate: str, max_words: int = 6) -> bool:
    """``Amnesty International``, ``Volkswagen``, ``Jörg Mählmann``: Latin letters, capitalised,
    at most ``max_words`` words."""
    words = candidate.split()
    letters = [ch for ch in candidate if ch.isalpha()]
    return (0 < len(words) <= max_words and bool(letters) and all(_is_latin_letter(ch) for ch in letters)
            and words[0][:1].isupper())


def _is_latin_letter(ch: str) -> bool:
    """``a``–``z`` and the Latin letters with diacritics (``ü``, ``é``, ``ł``)."""
    return "a" <= ch.lower() <= "z" or unicodedata.name(ch, "").startswith("LATIN")
