"""A region's union of its towns named without its region (``Совет муниципальных образований``) in a text about
one region is that region's, as are its titles. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _org_regions(text: str, models) -> dict[str, str | None]:
    return {org.name: org.region_code for org in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    ("В Тверской области прошло заседание Совета муниципальных образований. Председатель Совета муниципальных "
     "образований Иван Рыков рассказал о бюджете.",
     {"Совет муниципальных образований Тверской области": "RU-TVE"}),
    ("Губернатор Омской области выступил перед членами Ассоциации муниципальных образований.",
     {"Ассоциация муниципальных образований Омской области": "RU-OMS"}),
    # its region named: as it is
    ("В Твери прошло заседание Совета муниципальных образований Тверской области.",
     {"Совет муниципальных образований Тверской области": "RU-TVE"}),
])
def test_a_union_of_towns_in_a_text_about_a_region(models, text, expected):
    regions = _org_regions(text, models)
    assert {name: regions.get(name) for name in expected} == expected, regions
