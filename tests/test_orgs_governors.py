"""A body of a governor named without the region (``пресс-служба губернатора``) in a text about one region is
that region's (:mod:`nerpipe.resolve.governors`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def orgs_of(text: str, models, surface: str) -> set[tuple[str, str | None]]:
    result = analyze(text, models)
    by_id = {o.org_id: o for o in result.organizations}
    return {(by_id[m.entity_id].name, by_id[m.entity_id].region_code) for m in result.mentions
            if m.type == "ORG" and m.text == surface and m.entity_id in by_id}


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Пермского края Иван Котов открыл школу, сообщила пресс-служба губернатора. Пермский край "
     "строит школы.", ("Пресс-служба губернатора Пермского края", "RU-PER")),
])
def test_a_governors_body_is_the_texts_regions(models, text, expected):
    assert orgs_of(text, models, "пресс-служба губернатора") == {expected}


@pytest.mark.parametrize("text, expected", [
    # a text about no one region
    ("Губернатор Иван Котов открыл школу, сообщила пресс-служба губернатора.",
     ("Пресс-служба губернатора", None)),
    ("Губернаторы Пермского края и Омской области открыли школы, сообщила пресс-служба губернатора. "
     "Омская область и Пермский край строят школы.", ("Пресс-служба губернатора", None)),
])
def test_a_governors_body_in_a_text_of_no_one_region_stays(models, text, expected):
    assert orgs_of(text, models, "пресс-служба губернатора") == {expected}


@pytest.mark.parametrize("text, expected", [
    # a republic whose head the text calls its president: his press service
    ("Как уточнила пресс-служба президента, Президент Адыгеи провёл в Майкопе заседание правительства "
     "республики.",
     ("Пресс-служба президента Республики Адыгея", "RU-AD")),
])
def test_a_regional_presidents_body_is_the_regions(models, text, expected):
    assert orgs_of(text, models, "пресс-служба президента") == {expected}


@pytest.mark.parametrize("text, expected", [
    # no region's president named: Russia's president's, as written
    ("Губернатор Тверской области встретился с жителями, сообщила пресс-служба президента.",
     ("Пресс-служба президента", None)),
    # Russia's president named too: either
    ("Президент Адыгеи Иван Котов провёл совещание в Майкопе. В Адыгее и Майкопе его поддержали, а Президент России "
     "промолчал, сообщила пресс-служба президента.", ("Пресс-служба президента", None)),
])
def test_a_presidents_body_of_no_regional_president_stays(models, text, expected):
    assert orgs_of(text, models, "пресс-служба президента") == {expected}
