"""A body named by a kind's abbreviation or legal form and a quoted name, with its town's or region's adjective
before them, is named without the adjective and is the body the quoted name alone names
(nerpipe.resolve.placed_openers)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _names_and_regions(text: str, models) -> dict[str, str | None]:
    result = analyze(text, models)
    return {org.name: org.region_code for org in result.organizations}


@pytest.mark.parametrize("text, expected", [
    ("Руководство омского ХК «Метеор» договорилось о подписании контрактов с тремя новичками. Переговоры "
     "«Метеора» с защитниками продолжаются.", {"ХК «Метеор»": "RU-OMS"}),
    ("Руководство челябинского ХК «Буревестник» подписало контракт с вратарём. Защитник перешёл в «Буревестник» "
     "из соседнего клуба.", {"ХК «Буревестник»": "RU-CHE"}),
])
def test_place_adjective_dropped(models, text, expected):
    assert _names_and_regions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # two bodies of one legal form and quoted name, each placed by its town's adjective: the text names neither
    # without an adjective, so each keeps its own and they stay two
    ("Омское МУП «Водоканал» повысило тарифы с 1 июля. Тверское МУП «Водоканал» оставило тарифы прежними.", 2),
    ("Омское АО «Кедр» подняло цены на хлеб. Тверское АО «Кедр» цены не меняло.", 2),
    ("Омское МУП «Водоканал» повысило тарифы. Курское МУП «Водоканал» оставило тарифы прежними.", 2),
])
def test_place_adjectives_of_two_towns(models, text, expected):
    assert len(analyze(text, models).organizations) == expected
