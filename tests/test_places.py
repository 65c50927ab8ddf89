"""Places: every federal subject and its capital, by name and by common forms."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

REGIONS = list(csv.DictReader(resources.files("nerpipe.resources").joinpath("regions.csv").open(encoding="utf-8")))


@pytest.fixture(scope="module")
def gazetteer(models):
    return models.gazetteer


def test_there_are_89_federal_subjects():
    assert len(REGIONS) == 89
    assert len({r["code"] for r in REGIONS}) == 89


def test_iso_codes_agree_with_pycountry():
    pycountry = pytest.importorskip("pycountry")
    iso = {s.code for s in pycountry.subdivisions.get(country_code="RU")}
    assert {r["code"] for r in REGIONS if r["iso"] == "yes"} == iso


@pytest.mark.parametrize("row", REGIONS, ids=[r["code"] for r in REGIONS])
def test_every_subject_resolves_by_its_name(gazetteer, row):
    place = gazetteer.lookup(row["name"])
    assert place is not None and place.kind == "federal_subject" and place.region_code == row["code"]


@pytest.mark.parametrize("row", REGIONS, ids=[r["code"] for r in REGIONS])
def test_every_capital_is_a_city_of_its_subject(gazetteer, row):
    place = gazetteer.lookup("г. " + row["capital"])
    assert place is not None and place.region_code == row["code"]
    if row["code"] not in ("RU-MOW", "RU-SPE", "RU-SEV"):  # cities that are subjects themselves
        assert place.kind == "city"


@pytest.mark.parametrize("text, name, code", [
    ("Калининградской области", "Калининградская область", "RU-KGD"),
    ("Якутии", "Республика Саха (Якутия)", "RU-SA"),
    ("Республики Саха (Якутия)", "Республика Саха (Якутия)", "RU-SA"),
    ("Коми", "Республика Коми", "RU-KO"),
    ("Татарстана", "Республика Татарстан", "RU-TA"),
    ("Подмосковье", "Московская область", "RU-MOS"),
    ("Кубани", "Краснодарский край", "RU-KDA"),
    ("Югре", "Ханты-Мансийский автономный округ — Югра", "RU-KHM"),
    ("ХМАО", "Ханты-Мансийский автономный округ — Югра", "RU-KHM"),
    ("Башкирии", "Республика Башкортостан", "RU-BA"),
    ("Чувашии", "Чувашская Республика", "RU-CU"),
    ("Петербурге", "Санкт-Петербург", "RU-SPE"),
    ("Свердловской обл.", "Свердловская область", "RU-SVE"),
    ("Кузбассе", "Кемеровская область — Кузбасс", "RU-KEM"),
])
def test_common_forms_resolve(gazetteer, text, name, code):
    place = gazetteer.lookup(text)
    assert (place.name, place.region_code) == (name, code)


@pytest.mark.parametrize("text, name, code", [
    ("Гусеве", "Гусев", "RU-KGD"),
    ("г. Гусеве", "Гусев", "RU-KGD"),
    ("Сыктывкаре", "Сыктывкар", "RU-KO"),
    ("Екатеринбургу", "Екатеринбург", "RU-SVE"),
    ("Ирбита", "Ирбит", "RU-SVE"),
    ("Нижнем Новгороде", "Нижний Новгород", "RU-NIZ"),
    ("Ростове-на-Дону", "Ростов-на-Дону", "RU-ROS"),
    ("Набережных Челнах", "Набережные Челны", "RU-TA"),
])
def test_towns_resolve_to_their_subject(gazetteer, text, name, code):
    place = gazetteer.lookup(text)
    assert (place.name, place.kind, place.region_code) == (name, "city", code)


@pytest.mark.parametrize("word, code", [
    ("томские", "RU-TOM"), ("свердловских", "RU-SVE"), ("подмосковного", "RU-MOS"), ("калужской", "RU-KLU"),
    ("якутский", "RU-SA"), ("кубанских", "RU-KDA"),
])
def test_adjectives_resolve_to_their_subject(gazetteer, word, code):
    assert gazetteer.region_of_adjective(word) == code


@pytest.mark.parametrize("text, name, kind", [
    ("России", "Россия", "country"), ("РФ", "Россия", "country"), ("США", "США", "country"),
    ("Германии", "Германия", "country"), ("Дальнем Востоке", "Дальний Восток", "other"),
    ("ЦФО", "Центральный федеральный округ", "other"),
])
def test_countries_and_macro_regions(gazetteer, text, name, kind):
    place = gazetteer.lookup(text)
    assert (place.name, place.kind) == (name, kind)
