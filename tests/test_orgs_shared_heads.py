"""Bodies named by adjectives that share one plural noun are a body each, named with the noun in the
singular; a body of its own noun stays as it is."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Средства пойдут на реконструкцию Лянторской городской и Нижнесортымской участковой больниц.",
     {"Лянторская городская больница", "Нижнесортымская участковая больница"}),
    ("Ремонт прошёл в Заречной районной и Камышовской участковой больницах.",
     {"Заречная районная больница", "Камышовская участковая больница"}),
    # each with its own noun: as it was
    ("Ремонт прошёл в Заречной районной больнице и Камышовской участковой больнице.",
     {"Заречная районная больница", "Камышовская участковая больница"}),
])
def test_bodies_that_share_a_plural_noun(models, text, expected):
    assert {org.name for org in analyze(text, models).organizations} == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies of a list take the region of the list's last body, not of a body named later in the text
    ("Врачи Заречной районной и Камышовской участковой больниц получили аппараты. Позже министерство "
     "здравоохранения Тверской области направило туда врачей.",
     {"Заречная районная больница": None, "Камышовская участковая больница": None}),
])
def test_a_shared_list_takes_its_own_region(models, text, expected):
    regions = {org.name: org.region_code for org in analyze(text, models).organizations}
    assert {name: regions.get(name, "missing") for name in expected} == expected
