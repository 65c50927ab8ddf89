"""The sources of the gazetteer (:mod:`.places`) read: a resource table (``nerpipe/resources``) as its
rows, a field of several values (``a|b``) as a tuple, and pycountry's ISO 3166 with its Russian names:
every country with the customary name, aliases and adjectives ``countries.csv`` gives it (and the states
ISO does not list, under a user-assigned code), and the first-level divisions of foreign states; Russia's
federal subjects as ``regions.csv`` lists them."""

from __future__ import annotations

import csv
import gettext
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def read_csv(name: str) -> list[dict]:
    with resources.files("nerpipe.resources").joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def split_values(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    type: str
    capital: str
    district: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    iso: bool


def load_regions() -> list[Region]:
    """Russia's federal subjects, as ``regions.csv`` lists them."""
    return [
        Region(
            code=row["code"],
            name=row["name"],
            type=row["type"],
            capital=row["capital"],
            district=row["district"],
            aliases=split_values(row["aliases"]),
            adjectives=split_values(row["adjectives"]),
            iso=row["iso"] == "yes",
        )
        for row in read_csv("regions.csv")
    ]


def iso_divisions(division_types: dict[str, str | None]):
    """(alpha-2, Russian name, type word) for every first-level division of ISO 3166-2 of one of
    ``division_types`` (ISO type → the Russian type word, ``None`` for none) whose name pycountry
    translates into Russian."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"]).gettext
    except OSError:  # pragma: no cover - pycountry always ships its locales
        return
    for division in pycountry.subdivisions:
        name = tr(division.name)
        if division.parent_code is None and division.type in division_types \
                and any("а" <= ch <= "я" for ch in name.lower()) and "(" not in name:
            yield division.country_code, name, division_types[division.type]


@lru_cache(maxsize=1)
def iso_countries() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(alpha-2, canonical Russian name, aliases, adjectives) for every country of ISO 3166-1, read once: the
    gazetteer and the organizations' lexicon share them."""
    return tuple(_read_iso_countries())


def _read_iso_countries():
    import pycountry

    extra = {row["alpha2"]: row for row in read_csv("countries.csv")}
    try:
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
        tr = ru.gettext
    except OSError:  # pragma: no cover - pycountry always ships its locales
        def tr(s):
            return s
    for country in pycountry.countries:
        names = {tr(country.name)}
        for attr in ("common_name", "official_name"):
            if hasattr(country, attr):
                names.add(tr(getattr(country, attr)))
        names = {n for n in names if any("а" <= ch <= "я" for ch in n.lower())}
        row = extra.get(country.alpha_2)
        if row:
            canonical = row["name"]
            aliases = set(split_values(row["aliases"])) | names
        else:
            if not names:
                continue
            canonical = tr(getattr(country, "common_name", country.name))
            aliases = names
        aliases.discard(canonical)
        adjectives = split_values(row["adjectives"]) if row else ()
        yield country.alpha_2, canonical, tuple(sorted(aliases)), adjectives
    yield from read_unlisted_states(extra, {country.alpha_2 for country in pycountry.countries})


def read_unlisted_states(rows: dict[str, dict], listed: set[str]):
    """The states ISO 3166-1 does not list (partly recognised or unrecognised ones), as ``countries.csv`` gives
    them under a user-assigned code of ISO's ``X`` range (``XK`` Косово): a body or a title of such a state takes
    its own code, never the code of the state it broke from. The table gives them no adjectives: ``абхазский``
    is said of a people and a language as often as of the state, and makes no place of its own."""
    for alpha2, row in rows.items():
        if alpha2 not in listed:
            yield alpha2, row["name"], split_values(row["aliases"]), split_values(row["adjectives"])
