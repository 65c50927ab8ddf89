"""A region's ministry named by the short name of Russia's and the region's name and in full in one text is one
body, named as the text first names it (:func:`nerpipe.resolve.region_names.join_short_ministries`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Минздрав Омской области сообщил о ситуации. Министерство здравоохранения Омской области провело брифинг.",
     "Министерство здравоохранения Омской области", "Минздрав Омской области"),
    ("Министерство здравоохранения Омской области провело брифинг. Минздрав Омской области сообщил о ситуации.",
     "Минздрав Омской области", "Министерство здравоохранения Омской области"),
    ("Минздрав Ставрополья сообщил о ситуации. Глава регионального минздрава рассказал о ней.", "минздрава",
     "Минздрав Ставрополья"),
])
def test_a_regions_ministry_named_two_ways(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # one name only: as written
    ("Минфин Тверской области сообщил о бюджете.", "Минфин Тверской области", "Минфин Тверской области"),
    # a ministry no region has: as written
    ("Минобороны Омской области сообщило об учениях.", "Минобороны Омской области", "Минобороны Омской области"),
    # another region's ministry stays apart
    ("Минздрав Омской области сообщил о ситуации. Министерство здравоохранения Тверской области провело брифинг.",
     "Министерство здравоохранения Тверской области", "Министерство здравоохранения Тверской области"),
])
def test_a_short_name_left_alone(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
