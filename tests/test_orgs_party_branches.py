"""A party's regional branch named with no region (:mod:`nerpipe.resolve.branches`): the branch the text names
with its region, else the branch of the one region the text is about."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # the branch named with its region elsewhere in the text
    ("Конференция регионального отделения «Зелёного пути» прошла в Пскове. Партийная конференция Псковского "
     "регионального отделения партии «Зелёный путь» прошла 22 ноября.", "регионального отделения «Зелёного пути»",
     "Псковское региональное отделение партии «Зелёный путь»"),
    ("Партийная конференция Псковского регионального отделения партии «Зелёный путь» прошла 22 ноября. "
     "Партийцы обсудили работу регионального отделения партии.", "регионального отделения партии",
     "Псковское региональное отделение партии «Зелёный путь»"),
    # the branch of the one region the text is about, named as a region
    ("В Омске прошла конференция регионального отделения партии «Зелёный путь». В ней приняли участие "
     "представители партии со всех районов Омской области.", "регионального отделения партии «Зелёный путь»",
     "Омское региональное отделение партии «Зелёный путь»"),
    ("В Ставропольском крае прошла конференция регионального отделения партии «Зелёный путь».",
     "регионального отделения партии «Зелёный путь»", "Ставропольское региональное отделение партии «Зелёный путь»"),
    # a region with no adjective in its name: the region after the branch
    ("В Республике Татарстан прошла конференция регионального отделения партии «Зелёный путь».",
     "регионального отделения партии «Зелёный путь»",
     "Региональное отделение партии «Зелёный путь» в Республике Татарстан"),
])
def test_a_branch_is_its_regions(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention", [
    # no region named as a region
    ("Конференция регионального отделения партии «Зелёный путь» прошла в мае.",
     "регионального отделения партии «Зелёный путь»"),
    # two regions named
    ("Делегаты Омской области и Тверской области приехали на конференцию регионального отделения партии "
     "«Зелёный путь».", "регионального отделения партии «Зелёный путь»"),
])
def test_a_branch_left_with_no_region(models, text, mention):
    names = org_entity_names(text, models)
    regions = {o.name: o.region_code for o in analyze(text, models).organizations}
    assert regions.get(names[mention]) is None


def test_another_partys_branch_is_not_joined(models):
    text = ("Псковское региональное отделение партии «Зелёный путь» провело конференцию. Региональное отделение "
            "партии «Синяя волна» её не поддержало.")
    assert org_entity_names(text, models)["Региональное отделение партии «Синяя волна»"] != \
        "Псковское региональное отделение партии «Зелёный путь»"


def test_a_branch_named_with_two_adjectives(models):
    text = ("Конференция прошла в Пскове. Делегаты Псковского областного регионального отделения партии «Зелёный "
            "путь» выступили. Позже прошла конференция регионального отделения партии «Зелёный путь».")
    assert org_entity_names(text, models)["регионального отделения партии «Зелёный путь»"] == \
        "Псковское областное региональное отделение партии «Зелёный путь»"
