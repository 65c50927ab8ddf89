"""A region's ministry named by the short name of Russia's and the region's name
(:func:`nerpipe.resolve.region_names.region_body_name`): the region's ministry, one body with its full name."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Минздрав Омской области сообщил о ситуации. Министерство здравоохранения Омской области провело брифинг.",
     "Минздрав Омской области", "Министерство здравоохранения Омской области"),
    ("Минздрав Ставрополья сообщил о ситуации. Глава регионального минздрава рассказал о ней.",
     "Минздрав Ставрополья", "Министерство здравоохранения Ставропольского края"),
    ("Минфин Тверской области сообщил о бюджете.", "Минфин Тверской области", "Министерство финансов Тверской области"),
    ("Минздрав Татарстана сообщил о ситуации.", "Минздрав Татарстана",
     "Министерство здравоохранения Республики Татарстан"),
])
def test_a_regions_ministry_by_its_short_name(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a ministry no region has: as written
    ("Минобороны Омской области сообщило об учениях.", "Минобороны Омской области", "Минобороны Омской области"),
    # Russia's ministry stays Russia's
    ("Минздрав России сообщил о ситуации.", "Минздрав России", "Министерство здравоохранения Российской Федерации"),
    # a federal office named with the region: as written
    ("МЧС Омской области сообщило о пожаре.", "МЧС Омской области", "МЧС Омской области"),
])
def test_a_short_name_not_made_a_regions(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
