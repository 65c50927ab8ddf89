"""A region's or a town's body named in one text by its noun and the place's genitive and by the place's
adjective and its level's is one body; a compound of a level and a body opening a sentence is that body."""

from __future__ import annotations

import pytest

from nerpipe.orgs import is_level_compound
from nerpipe.places import foreign_country

from .conftest import analyze


def organizations(text: str, models) -> set[tuple[str, str | None, str | None]]:
    return {(o.name, foreign_country(o.country), o.region_code) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    # a region's duma by the region's genitive and by its adjective and the level's, either order
    ("Дума Пермского края приняла закон. Депутаты Пермской краевой думы его поддержали.",
     {("Пермская краевая дума", None, "RU-PER")}),
    ("Омская областная дума приняла закон. Журналисты критикуют Думу Омской области.",
     {("Омская областная дума", None, "RU-OMS")}),
    # another body: named with the genitive
    ("Законодательное собрание Омской области приняло закон. Омское областное законодательное собрание "
     "его поддержало.", {("Законодательное собрание Омской области", None, "RU-OMS")}),
    # a town's duma, the town's adjective regular or not
    ("Дума Москвы приняла закон. Депутаты Московской городской думы его поддержали.",
     {("Московская городская дума", None, "RU-MOW")}),
    ("Сочинская городская дума приняла закон. Представители Думы Сочи приехали на встречу.",
     {("Сочинская городская дума", None, "RU-KDA")}),
    ("Администрация Казани приняла закон. Казанская городская администрация его поддержала.",
     {("Администрация Казани", None, "RU-TA")}),
    # the noun alone after both: the same body
    ("Дума Пермского края приняла закон. Депутаты Пермской краевой думы его поддержали. Представители Думы "
     "приехали на встречу.", {("Пермская краевая дума", None, "RU-PER")}),
])
def test_a_body_named_by_genitive_and_by_adjectives_is_one(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # another place's body, or another body of the place, stays apart
    ("Тверская областная дума приняла закон. Депутаты Думы Твери его поддержали.",
     {("Тверская областная дума", None, "RU-TVE"), ("Дума Твери", None, "RU-TVE")}),
    ("Дума Пермского края приняла закон. Пермская городская дума его поддержала.",
     {("Дума Пермского края", None, "RU-PER"), ("Пермская городская дума", None, "RU-PER")}),
])
def test_other_bodies_of_a_place_stay_apart(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В Омской области прошло заседание. Облдума сообщает о новых правилах.",
     {("Омская областная дума", None, "RU-OMS")}),
    ("В Омске прошло заседание. Гордума сообщает о новых правилах.",
     {("Омская городская дума", None, "RU-OMS")}),
    # in lower case, or read as a person's name, anywhere; other bodies of a level
    ("В Омской области прошло заседание. Представители облдумы приехали на встречу.",
     {("Омская областная дума", None, "RU-OMS")}),
    ("В Омской области прошло заседание. Журналисты направили запрос Заксобранию.",
     {("Законодательное собрание Омской области", None, "RU-OMS")}),
    ("В Пермском крае прошло заседание. Крайизбирком сообщает о новых правилах.",
     {("Избирательная комиссия Пермского края", None, "RU-PER")}),
    ("В Омской области прошло заседание. Облсуд сообщает о новых правилах.",
     {("Омский областной суд", None, "RU-OMS")}),
    ("В Омске прошло заседание. Переговоры с горсоветом продолжатся завтра.",
     {("Омский городской совет", None, "RU-OMS")}),
])
def test_a_compound_of_a_level_and_a_body(models, text, expected):
    assert organizations(text, models) == expected


@pytest.mark.parametrize("word, expected", [
    ("Облдума", True), ("Гордумы", True), ("Крайизбиркому", True), ("Райсуд", True), ("Горсовета", True),
    ("заксобрания", True),
    ("Профсоюз", False), ("Городок", False), ("Облако", False), ("Горсть", False),
])
def test_is_level_compound(word, expected):
    assert is_level_compound(word) == expected


@pytest.mark.parametrize("text, expected", [
    # a town's adjective that names a region too, before an oblast's level: the oblast's body
    ("Московская областная дума приняла закон.", {("Московская областная дума", None, "RU-MOS")}),
    ("Представители Московского областного суда приехали на встречу.",
     {("Московский областной суд", None, "RU-MOS")}),
    # before ``городской``: the town's
    ("Московская городская дума приняла закон.", {("Московская городская дума", None, "RU-MOW")}),
])
def test_the_region_of_a_level(models, text, expected):
    assert organizations(text, models) == expected
