"""Stage 5b: organizations — canonical names, abbreviations, identity keys.

The canonical name is the nominative with genitive dependents kept
(``Центра стратегических разработок`` → ``Центр стратегических разработок``)
and quotes balanced. An abbreviation dictionary (``resources/orgs.csv``) joins
the official name, its abbreviation and customary variants
(``Минпромторг России`` = ``Министерство промышленности и торговли РФ``).
``РФ``, ``России`` and ``Российской Федерации`` fold to one form in keys, and
legal forms (``ПАО``, ``АНО``, ``ФГБОУ ВО`` …) and quotes do not change who an
organization is.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources

from .inflect import Word, balance_quotes, nominative
from .morph import Morph, fold

LEGAL_FORMS = (
    "ПАО", "ОАО", "ЗАО", "АО", "ООО", "НАО", "АНО", "НКО", "НП", "ФГУП", "ГУП", "МУП", "ГБУ", "ГАУ", "ГКУ",
    "МБУ", "МАУ", "МКУ", "ФГБУ", "ФГАУ", "ФГБОУ", "ФГАОУ", "ГБОУ", "ГАОУ", "МБОУ", "ГБПОУ", "ВО", "ВПО", "ДПО",
    "ИП", "ТОО", "ОДО", "ФКУ", "ГК", "ОГУП", "ОГБУ", "КГБУ", "АУ", "БУ", "НО", "ФОНД",
)
_LEGAL = {fold(form) for form in LEGAL_FORMS}
_RUSSIA = re.compile(r"\b(российской федерации|российская федерация|рф|россии|россия)\b")
_PUNCT = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organization from the dictionary."""

    name: str
    abbr: str | None


def org_key(name: str) -> str:
    """Who an organization is, independent of case form, quotes, legal form and the way Russia is named."""
    key = fold(name).replace("им.", "имени ")
    key = _PUNCT.sub(" ", key)
    key = _RUSSIA.sub("россии", key)
    words = key.split()
    while len(words) > 1 and words[0] in _LEGAL:
        words = words[1:]
    return " ".join(words)


class OrgLexicon:
    """The abbreviation dictionary: every variant's key → the organization."""

    def __init__(self, morph: Morph):
        self.morph = morph
        self.by_key: dict[str, OrgRef] = {}
        with resources.files("nerpipe.resources").joinpath("orgs.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                ref = OrgRef(row["name"], row["abbr"] or None)
                variants = [row["name"], *(v for v in (row["aliases"] or "").split("|") if v)]
                if row["abbr"]:
                    variants.append(row["abbr"])
                for variant in variants:
                    key = org_key(variant)
                    self.by_key.setdefault(key, ref)
                    if key.endswith(" россии"):
                        self.by_key.setdefault(key[: -len(" россии")], ref)

        # one-word names: acronyms as written, and compound names (Минпромторг, Роспатент) by lemma
        self.single_words: set[str] = set()
        self.compound_lemmas: set[str] = set()
        with resources.files("nerpipe.resources").joinpath("orgs.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for variant in [row["abbr"], *(row["aliases"] or "").split("|")]:
                    if not variant or " " in variant.strip():
                        continue
                    variant = variant.strip()
                    if is_abbreviation(variant):
                        self.single_words.add(variant)
                    elif variant[:3].lower() in ("мин", "рос", "гос") and len(variant) > 6:
                        self.compound_lemmas.add(fold(variant))

    def is_single_word(self, text: str) -> bool:
        """An acronym of the dictionary, exactly as written (``ТПП``, ``ФАС``)."""
        return text in self.single_words

    def is_compound_word(self, text: str) -> bool:
        """A compound one-word name of the dictionary in any case form (``минпромторга``)."""
        return bool(self.morph.forms(text) & self.compound_lemmas)

    def lookup(self, *names: str) -> OrgRef | None:
        for name in names:
            ref = self.by_key.get(org_key(name))
            if ref is not None:
                return ref
        return None


def normalize_org(words: list[Word], morph: Morph) -> str:
    """The organization's name in the nominative, dependents kept, quotes balanced, spaces tidied."""
    name = nominative(words, morph, number="keep")
    name = balance_quotes(name)
    name = name.replace("\u00a0", " ")
    return _SPACES.sub(" ", name).strip()


def is_abbreviation(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters)
