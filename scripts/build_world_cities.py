"""Build nerpipe/resources/world_cities.csv: foreign cities in Russian with their ISO country code.

Two sources, one file:

- rows marked ``curated`` are kept as they are: the world's capitals and its large cities, in
  their customary Russian spelling, maintained by hand in the file itself;
- rows marked ``cldr`` are rebuilt on every run from the Unicode CLDR data that babel ships: the
  Russian names of the exemplar cities of time zones, with the territory of each zone.

    python scripts/build_world_cities.py    # rewrites the file in place

CLDR rows are left out when they name no city (Antarctic stations, islands, whole territories),
when the name is a country's, a Russian town's or a person's name to pymorphy (``Дарвин``), or
when a curated row has the name already.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "nerpipe" / "resources" / "world_cities.csv"
FIELDS = ["name", "country_code", "aliases", "capital", "source"]
_NOT_TERRITORIES = {"001", "AQ", "RU"}
_ISLANDS = ("о-в", "о-ва", "остров", "острова")
_PERSON_TAGS = ("Surn", "Name", "Patr")
# exemplar "cities" of CLDR that are islands or territories, or a name several countries' towns share
_NOT_CITIES = {"Антигуа", "Ангилья", "Бруней", "Сен-Бартелеми", "Таити", "Майотта", "Гуадалканал", "Бугенвиль", "Маэ",
               "Норфолк", "Уэйк", "Сент-Китс", "Сент-Винсент", "Тортола", "Уоллис", "Микелон", "Раротонга", "Понпеи",
               "Лорд-Хау", "Маккуори", "Линдеман", "Кордова", "Адак", "Туле"}


def cldr_cities() -> list[tuple[str, str]]:
    """(Russian name, alpha-2) of CLDR's exemplar cities of time zones."""
    from babel import Locale
    from babel.core import get_global

    territories = get_global("zone_territories")
    out = []
    for zone, names in sorted(Locale("ru").time_zones.items()):
        city, territory = names.get("city"), territories.get(zone)
        if city and territory and territory not in _NOT_TERRITORIES:
            out.append((city, territory))
    return out


def known_elsewhere():
    """Folded names the gazetteer has already (countries, Russian towns and subjects), a Morph and fold."""
    sys.path.insert(0, str(ROOT))
    from natasha import MorphVocab

    from nerpipe.morph import Morph, fold
    from nerpipe.place_sources import iso_countries, read_csv

    names = {fold(row["name"]) for row in read_csv("cities.csv")}
    for row in read_csv("regions.csv"):
        names |= {fold(row["name"]), fold(row["capital"])}
        names |= {fold(alias) for alias in row["aliases"].split("|") if alias}
    for _code, name, aliases, _adjectives in iso_countries():
        names |= {fold(name), *map(fold, aliases)}
    return names, Morph(MorphVocab()), fold


def _place_name(morph, key: str) -> bool:
    """A name pymorphy knows as a place or not at all: not a person's name, nor a common word (``ном``)."""
    parses = morph.parses(key)
    if any(tag in parse.tag for parse in parses for tag in _PERSON_TAGS):
        return False
    return not parses or not parses[0].is_known or any("Geox" in parse.tag for parse in parses)


def main() -> None:
    with open(PATH, encoding="utf-8") as handle:
        curated = [row for row in csv.DictReader(handle) if row["source"] == "curated"]
    known, morph, fold = known_elsewhere()
    taken = {fold(name) for row in curated for name in (row["name"], *row["aliases"].split("|")) if name}
    rows = list(curated)
    for city, territory in cldr_cities():
        key = fold(city)
        if key in known or key in taken or city in _NOT_CITIES or "," in city \
                or any(word in city.split() for word in _ISLANDS) or not _place_name(morph, key):
            continue
        taken.add(key)
        rows.append({"name": city.replace("’", "'"), "country_code": territory, "aliases": "", "capital": "",
                     "source": "cldr"})
    curated_keys = {fold(row["name"]) for row in curated}
    clashes = [row["name"] for row in curated if fold(row["name"]) in known]
    if clashes:
        raise SystemExit(f"curated cities that are countries or Russian places already: {', '.join(clashes)}")
    assert len(curated_keys) == len(curated), "a curated city is listed twice"
    rows.sort(key=lambda row: (row["country_code"], row["source"] != "curated", row["name"]))
    with open(PATH, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} cities ({len(curated)} curated) → {PATH.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
