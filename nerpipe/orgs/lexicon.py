"""The dictionary of organizations (``resources/orgs.csv``) and of the kinds of organizations
(``resources/org_types.csv``), matched by key and in running text by lemma."""

from __future__ import annotations

import csv
from importlib import resources

from ..morph import Morph, PhraseIndex, fold
from ..text import split_words, strip_acronym_ending
from .compounds import find_bodies_of_its_country, find_compounded_bodies, read_country_words
from .lexicon_context import ContextChoice
from .refs import OrgRef
from .words import (
    COMPOUND_PREFIXES,
    DESCRIPTOR_PREFIXES,
    INSTITUTIONS,
    LEVEL_ADJECTIVES,
    PLACE_NOUNS,
    TIME_NOUNS,
    is_abbreviation,
    org_key,
)

# descriptors that, ending a compound, make it a building (``кинотеатр``, ``торгцентр``)
_PLACES_OF_COMPOUNDS = INSTITUTIONS | {"центр", "магазин", "клуб"}
_MAX_COMPOUND = 40  # letters of the longest compound looked at (a longer "word" is no word of the language)
# kinds and nouns of bodies whose dictionary name of an adjective and the noun may be written in lower case
_STATE_KINDS = ("body", "ministry", "unit")
_STATE_NOUNS = frozenset({"суд", "палата", "банк", "фонд", "союз"})


# nouns of a body only with a place's adjective or a place right after them in the genitive (``турецкая разведка``,
# ``разведки Заморья``): else what is done (``разведка недр``, ``геологическая разведка``)
PLACED_ONLY = frozenset({"разведка", "контрразведка"})
_DESCRIBED_NOUNS = frozenset({"ведомство", "министерство"})  # the nouns a ministry is named by what it does with
_CABINET_NAMES = frozenset({"кабинет министров", "кабмин"})  # a government named by its cabinet's noun alone
_GOVERNMENT = "правительство"
_DEPARTMENT = "ведомство"  # a state body named by this noun and its country (``российского ведомства``)


class OrgLexicon(ContextChoice):
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
        words: set[str] = set()  # the words of the dictionary's names, for the ties of adjectives
        self.variants: dict[str, tuple[str, ...]] = {}  # a body's key → all its names and abbreviation
        with resources.files("nerpipe.resources").joinpath("orgs.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                ref = OrgRef(row["name"], row["abbr"] or None, row.get("country") or None,
                             row.get("former") or None, int(row["renamed"]) if row.get("renamed") else None,
                             tuple(w for w in (row.get("context") or "").split("|") if w),
                             row.get("former_abbr") or None, row.get("kind") or None)
                variants = [row["name"], *(v for v in (row["aliases"] or "").split("|") if v)]
                if row["abbr"]:
                    variants.append(row["abbr"])
                if ref.former:
                    variants.append(ref.former)
                self.variants[org_key(ref.name)] = tuple(v.strip() for v in variants)
                for variant in variants:
                    variant = variant.strip()
                    words.update(fold(word) for word in split_words(variant))
                    key = org_key(variant)
                    if " " not in key and not is_abbreviation(variant):
                        self.stems.setdefault(key[:-1] if key[-1:] in "аеиоуыэюяьй" else key, key)
                    self._add_key(key, ref)
                    for written in _ways_to_name_russia(variant):
                        self.names.add(written, (written, ref))
                    stem = key[: -len(" россии")]
                    if key.endswith(" россии") and (" " in stem or stem not in self.kinds) and not ref.context:
                        # ``Минфин`` for ``Минфин России``, not ``банк`` for ``Банк России``; a reading of a
                        # shared name (``ВС РФ``) by its full names only: ``вооружённых сил`` alone is any state's
                        self._add_key(stem, ref)
        self.name_words: frozenset[str] = frozenset(words)
        # a one-word name of a foreign country → its code, for a body named by its country (``ФБР США``)
        self.country_words: dict[str, str] = read_country_words()
        # an adjective that, before ``ведомство`` or ``министерство``, names a ministry (``внешнеполитический``)
        self.described_bodies: dict[str, str] = {}
        with resources.files("nerpipe.resources").joinpath("described_bodies.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                self.described_bodies[fold(row["adjective"])] = row["body"]

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
            if index == 0 and len(variant) > 1 and self.kind_of(word) is not None and self._plural_only(word, model) \
                    and not self._plural_only(model):
                return False  # several bodies of a kind (``в банках России``), not the one of the dictionary
            if self._singular_of_plural(model, word):
                return False  # ``Известие о …``: the common noun, not the newspaper ``Известия``
            if is_abbreviation(model):
                if strip_acronym_ending(word) != model:
                    return False
                continue
            if model[:1].isupper() and not word[:1].isupper():
                common_noun = len(variant) > 1 and self.kind_of(word) is not None
                compound = fold(model).startswith(COMPOUND_PREFIXES) and not self.morph.has_gram(model, "ADJF")
                if index > 0 or not (common_noun or compound or self._adjective_of_kind(variant, words)):
                    return False
        return True

    def _singular_of_plural(self, model: str, word: str) -> bool:
        """Whether a text word is a singular only of a common noun a dictionary name writes in the
        plural (``Известие``, ``Вестью`` of ``Известия``, ``Вести``): the noun itself, no form of the name."""
        if not self.morph.is_known(model) or not self.morph.has_gram(model, "plur"):
            return False
        models = [p for p in self.morph.parses(fold(model)) if p.tag.POS == "NOUN" and p.tag.number == "plur"]
        parses = self.morph.parses(fold(word))
        return bool(models) and bool(parses) and not any(p.tag.number == "plur" for p in parses) \
            and any(p.tag.number == "sing" and p.normal_form == models[0].normal_form for p in parses)

    def _plural_only(self, word: str, model: str | None = None) -> bool:
        """Whether every reading of a word is a plural (``банках``, not ``банка`` or ``школы``); with ``model``,
        every reading of the word as a form of the model's noun (``Банки`` of ``Банк``, whatever ``банка`` reads)."""
        parses = self.morph.parses(fold(word))
        if model is not None:
            lemmas = {p.normal_form for p in self.morph.parses(fold(model))}
            parses = [p for p in parses if p.normal_form in lemmas] or parses
        return bool(parses) and all(p.tag.number == "plur" for p in parses)

    def _adjective_of_kind(self, variant: list[str], words: list[str]) -> bool:
        """Whether a name of two words, an adjective and a noun of a body (``Следственный комитет``,
        ``Конституционный суд``), is written all in lower case in the text (``следственному
        комитету``): the adjective says which body of its kind it is. Not a newspaper's, a
        channel's or a theatre's name (``новая газета``, ``первый канал``: things of their kind)."""
        if len(variant) != 2 or len(words) < 2 or not variant[1][:1].islower() or not words[1][:1].islower():
            return False
        return self.morph.has_gram(words[0], "ADJF") and (self.kind_of(words[1]) in _STATE_KINDS
                                                          or bool(self.morph.forms(words[1]) & _STATE_NOUNS))

    def kind_of(self, word: str, with_object: bool = False) -> str | None:
        """The kind of organization a common noun names (``правительства`` → ``body``), or ``None``; a
        compound that ends in a descriptor is one too (``медиахолдинга``, ``нефтекомпании``). ``with_object``:
        the noun governs what it acts on, and a noun of :data:`PLACED_ONLY` names what is done then, no body
        (``разведки недр``)."""
        if with_object and self.morph.lemma(word) in PLACED_ONLY:
            return None
        return self.morph.lookup(word, self.kinds) or self._compound_descriptor(word)

    def kind_lemmas(self, name: str) -> frozenset[str]:
        """The lemmas of the nouns of a kind of organization the dictionary's names of the body named
        ``name`` are made of (``организация``, ``альянс`` for ``НАТО``): the common nouns a text may
        name it by later. Empty for a body the dictionary does not know."""
        ref = self.lookup(name)
        if ref is None:
            return frozenset()
        lemmas = set()
        for variant in self.variants.get(org_key(ref.name), ()):
            for word in split_words(variant):
                if word[:1].isalpha() and not is_abbreviation(word) and self.kinds.get(self.morph.lemma(word)) \
                        not in (None, "unit"):
                    lemmas.add(self.morph.lemma(word))
                    break
        return frozenset(lemmas)

    def _compound_descriptor(self, word: str) -> str | None:
        """``descriptor`` for a compound of three letters or more and a descriptor (``медиахолдинг``,
        ``госкорпорация``, ``автозавод``), else ``None``; capitalised, only one pymorphy knows as a
        common noun (not the name ``Уралвагонзавод``), or one of a field's first part of
        :data:`~nerpipe.orgs.words.DESCRIPTOR_PREFIXES` (``Инвесткомпания``, ``Агрохолдинг``)."""
        if not word.isalpha() or word.isupper() or len(word) > _MAX_COMPOUND:
            return None
        if self._prefixed_descriptor(word):
            return "descriptor"
        if not word[:1].islower() and (not self.morph.is_known(word) or any(
                self.morph.has_gram(word, gram) for gram in ("Orgn", "Geox", "Name", "Surn"))):
            return None
        ending = self.descriptor_ending(self.morph.lemma(word), shortest=5, buildings=False)
        return "descriptor" if ending is not None else None

    def descriptor_ending(self, lemma: str, shortest: int, buildings: bool) -> str | None:
        """The descriptor of ``shortest`` letters or more a lemma ends with after three letters or more
        (``медиахолдинг`` → ``холдинг``, ``кедрбанк`` → ``банк``), the first from the left, or ``None``; without
        ``buildings``, none of :data:`_PLACES_OF_COMPOUNDS` (``кинотеатр``, ``торгцентр``)."""
        return next((lemma[cut:] for cut in range(3, len(lemma) - shortest + 1)
                     if self.kinds.get(lemma[cut:]) == "descriptor"
                     and (buildings or lemma[cut:] not in _PLACES_OF_COMPOUNDS)), None)

    def _prefixed_descriptor(self, word: str) -> bool:
        """Whether a word is a field's first part and a descriptor (``инвестфонда``, ``Энергохолдинг``), the word
        not a place's, a body's or a person's name pymorphy knows."""
        lemma = self.morph.lemma(word)
        if not any(lemma.startswith(prefix) and self.kinds.get(lemma[len(prefix):]) == "descriptor"
                   and lemma[len(prefix):] not in _PLACES_OF_COMPOUNDS for prefix in DESCRIPTOR_PREFIXES):
            return False
        return not self.morph.is_known(word) or not any(
            self.morph.has_gram(word, gram) for gram in ("Orgn", "Geox", "Name", "Surn"))

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
        document holds (the first listed when it holds several), else the one with none; an abbreviation that is
        a common word of news too (``ОКР``: development work) names its one body only in a document holding one
        of its context words; by its former name in a document older than the renaming, and in one of unknown
        year that uses the former name itself."""
        for name in names:
            key = org_key(name)
            own = self.by_key.get(key, [])
            refs = own or self.russian_bodies(key) or find_bodies_of_its_country(self, key) \
                or find_compounded_bodies(self, key) or self._federal_bodies(key)
            if not refs or self._abbreviation_out_of_context(key, own, lemmas):
                continue
            ref = self._choose(refs, lemmas)
            if ref.former and year is None and org_key(ref.former) in (key, f"{key} россии"):
                return ref.by_former_name()  # the former name, maybe without ``России``
            return ref.named_in(year)
        return None

    def spells(self, written: str, name: str) -> bool:
        """Whether ``written`` is one of the dictionary's ways to write the body named ``name`` (by its
        name or its former one): ``МВД`` and ``Госдума России`` for theirs, not ``банк`` for ``Банк России``."""
        key = org_key(written)
        refs = self.by_key.get(key) or self.russian_bodies(key)
        target = org_key(name)
        return any(target in (org_key(ref.name), org_key(ref.former or ref.name)) for ref in refs) \
            or self._describes(written, name) \
            or fold(written) in _CABINET_NAMES and target.partition(" ")[0] == _GOVERNMENT \
            or self._department(written) and self.names_state_body(name)  # ``Российское ведомство``

    def _department(self, written: str) -> bool:
        """Whether ``written`` is an adjective and ``ведомство`` (``Российское ведомство``)."""
        words = written.split()
        return len(words) == 2 and fold(words[1]) == _DEPARTMENT and self.morph.has_gram(words[0], "ADJF")

    def names_state_body(self, name: str) -> bool:
        """Whether a name is a state body's: of the dictionary, its first noun of a kind a body, a ministry or a
        unit (``Министерство …``, ``Федеральная служба …``), not a company's (``Сбербанк``, ``Банк …``)."""
        ref = self.lookup(name)
        words = split_words(ref.name if ref is not None else name)
        kind = next((kind for word in words if word[:1].isalpha() and (kind := self.kind_of(word)) is not None), None)
        return kind in _STATE_KINDS

    def is_described_noun(self, word: str) -> bool:
        """Whether a word is a noun a ministry is named by with what it does (``ведомство``, ``министерство``)."""
        return self.morph.lemma(word) in _DESCRIBED_NOUNS

    def described_body(self, words: list[str]) -> str | None:
        """The name of the dictionary's ministry ``words`` name by what it does (an adjective of
        ``resources/described_bodies.csv`` before ``ведомство`` or ``министерство``: ``внешнеполитическое
        ведомство`` → ``МИД``), read at the first such noun, or ``None``."""
        for adjective, noun in zip(words, words[1:]):
            if self.is_described_noun(noun):
                return self.described_bodies.get(fold(self.morph.lemma(adjective)))
        return None

    def _describes(self, written: str, name: str) -> bool:
        """Whether ``written`` names the ministry ``name`` (or the same ministry of another country, named with
        the country after it: ``МИД Японии``) by what it does: ``Внешнеполитическое ведомство России``."""
        body = self.described_body(written.split())  # ``None`` with no noun of a ministry named by what it does
        ref = self.lookup(body) if body else None
        parts = name.split()
        return ref is not None and any(self.lookup(" ".join(parts[:size])) == ref for size in range(1, len(parts) + 1))

    def _federal_bodies(self, key: str) -> list[OrgRef]:
        """The federal bodies a key of an adjective and a noun names without ``федеральный`` (``антимонопольная
        служба``, ``дорожное агентство``): a service or agency named by its remit alone."""
        first, _, rest = key.partition(" ")
        if not rest or not self.morph.has_gram(first, "ADJF"):
            return []
        return next((refs for adjective in _FEDERAL if (refs := self.by_key.get(f"{adjective} {key}"))), [])

    def russian_bodies(self, key: str) -> list[OrgRef]:
        """The bodies of Russia a key names with ``России`` after a name the dictionary gives without it
        (``Госдума России``)."""
        stem = key[: -len(" россии")] if key.endswith(" россии") else ""
        return [ref for ref in self.by_key.get(stem, []) if ref.country == "RU"]

    def lookup_apposed(self, name: str, year: int | None = None,
                       lemmas: frozenset[str] | set[str] = frozenset()) -> OrgRef | None:
        """The dictionary's body a name followed by its abbreviation names (``Международная шахматная
        федерация ФИДЕ``, ``федерация ФИДЕ``, ``… университет НИУ ВШЭ``): the body of that abbreviation, of
        one word or two, whose name holds every word before it; ``None`` for any other (``Президентский совет
        ФИДЕ``: a body of its own)."""
        *words, last = name.split()
        if len(words) > 1 and is_abbreviation(words[-1]) and is_abbreviation(last):
            # ``Национальный исследовательский университет НИУ ВШЭ``: an abbreviation of two words
            ref = self.lookup(f"{words[-1]} {last}", year=year, lemmas=lemmas)
            if ref is not None and ref.abbr == f"{words[-1]} {last}":
                words, last = words[:-1], ref.abbr
        if not words or not is_abbreviation(last.split()[-1]):
            return None
        ref = self.lookup(last, year=year, lemmas=lemmas)
        if ref is None or ref.abbr != last:
            return None
        own = {self.morph.lemma(word) for word in ref.name.split()}
        return ref if all(self.morph.lemma(word) in own for word in words) else None


# ``федеральный`` as a body's name opens with it, in each gender (``Федеральная служба``, ``Федеральное агентство``)
_FEDERAL = ("федеральная", "федеральное", "федеральный")
# the ways a body's name ends with Russia (``Минпромторг России``)
RUSSIA_ENDINGS = (" Российской Федерации", " России", " РФ")


def _ways_to_name_russia(variant: str) -> list[str]:
    """``Минпромторг России`` → also ``Минпромторг РФ`` and ``Минпромторг Российской Федерации``."""
    for ending in RUSSIA_ENDINGS:
        if variant.endswith(ending):
            stem = variant[: -len(ending)]
            return [stem + other for other in RUSSIA_ENDINGS]
    return [variant]
