"""Dictionary bodies named another way than the dictionary writes them: with their foreign country's one-word
name after the dictionary's name (``ФБР США``, ``МИ-6 Великобритании``), or by an adjective and a noun where the
dictionary has their compound (``Генеральный штаб России`` → ``Генштаб России``), read by
:meth:`nerpipe.orgs.lexicon.OrgLexicon.lookup`. The country names are the gazetteer's, read by
:func:`nerpipe.place_sources.iso_countries`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..morph import fold
from ..place_sources import iso_countries

if TYPE_CHECKING:
    from .lexicon import OrgLexicon, OrgRef


def read_country_words() -> dict[str, str]:
    """A one-word name of a foreign country (``США``, ``Великобритания``) → its code: the names and aliases the
    gazetteer reads (``countries.csv`` and ISO 3166), for a body named by the dictionary's name and its
    country."""
    words: dict[str, str] = {}
    for code, name, aliases, _ in iso_countries():
        for country in (name, *aliases):
            if country and " " not in country.strip() and code != "RU":
                words.setdefault(fold(country.strip()), code)
    return words


def find_bodies_of_its_country(lexicon: OrgLexicon, key: str) -> list[OrgRef]:
    """The foreign bodies a key names with their country's one-word name after a name the dictionary
    gives without it (``ФБР США``, ``МИ-6 Великобритании``); a body of another country, none."""
    stem, _, last = key.rpartition(" ")
    return _bodies_of_country(lexicon, stem, _country_code(lexicon, last))


def _country_code(lexicon: OrgLexicon, word: str) -> str | None:
    """The code of the foreign country a one-word name (``США``, ``Великобритании``) names, else ``None``."""
    return lexicon.country_words.get(word) or lexicon.country_words.get(fold(lexicon.morph.lemma(word)))


def _bodies_of_country(lexicon: OrgLexicon, stem: str, code: str | None) -> list[OrgRef]:
    """The bodies the dictionary names ``stem`` of the country ``code``; none for no stem or no country."""
    if not stem or code is None:
        return []
    return [ref for ref in lexicon.by_key.get(stem, []) if ref.country == code]


_COMPOUND_CUTS = (3, 4, 5)  # letters of the adjective a compound keeps (``ген``, ``нац``, ``центро``: ``центр``)


def find_compounded_bodies(lexicon: OrgLexicon, key: str) -> list[OrgRef]:
    """The bodies a key of an adjective, its noun and an owner names by the dictionary's compound of the two
    (``генеральный штаб россии`` → ``генштаб россии``, ``национальный банк украины`` → ``нацбанк украины``)."""
    words = key.split()
    if len(words) < 3 or not lexicon.morph.has_gram(words[0], "ADJF") or not words[1].isalpha():
        return []
    owner = " ".join(words[2:])
    code = _country_code(lexicon, words[-1])  # the owner's last word: the same in every compound
    for cut in _COMPOUND_CUTS:
        for joint in ("", "о"):
            compound = f"{words[0][:cut]}{joint}{words[1]} {owner}"
            refs = lexicon.by_key.get(compound) or lexicon.russian_bodies(compound) \
                or _bodies_of_country(lexicon, compound.rpartition(" ")[0], code)
            if refs:
                return refs
    return []
