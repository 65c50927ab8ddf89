"""Build nerpipe/resources/cities.csv from the HFLabs list of Russian towns.

Source: https://github.com/hflabs/city (city.csv, CC BY-SA 4.0). Usage:

    python scripts/build_cities.py path/to/city.csv > nerpipe/resources/cities.csv

Each town gets the ISO 3166-2 code of its federal subject from regions.csv.
"""

import csv
import re
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "nerpipe" / "resources"


def region_codes():
    codes = {}
    with open(RESOURCES / "regions.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"].lower().replace("ё", "е")
            codes[name] = row["code"]
            codes[name.split(" —")[0]] = row["code"]
    return codes


def code_for(region_type, region, codes):
    region = region.replace("/", "(").replace("(Якутия(", "(Якутия)").replace(" - ", " — ")
    candidates = [
        region,
        f"республика {region}",
        f"{region} республика",
        f"{region} область",
        f"{region} край",
        f"{region} автономный округ",
        f"{region} автономная область",
        region.split(" — ")[0],
    ]
    if region_type.lower() == "чувашия":
        candidates.append("чувашская республика")
    for candidate in candidates:
        key = re.sub(r"\s+", " ", candidate.lower().replace("ё", "е")).strip()
        key = key.replace("саха (якутия(", "саха (якутия)")
        if key in codes:
            return codes[key]
    raise SystemExit(f"no region code for {region_type} {region}")


def main(path):
    codes = region_codes()
    codes["республика саха (якутия)"] = "RU-SA"
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["name", "region_code", "population", "capital"])
    rows = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["city"] or row["settlement"]
            code = code_for(row["region_type"], row["region"], codes)
            population = re.sub(r"\[\d+\]", "", row["population"]).strip() or "0"
            rows.append((name, code, int(population), "yes" if row["capital_marker"] in ("2", "3") else ""))
    for row in sorted(rows, key=lambda r: (r[1], r[0])):
        writer.writerow(row)


if __name__ == "__main__":
    main(sys.argv[1])
