"""A region's body named with a generic word for the region before what it is attached to or where it sits
(``представительства края при Правительстве``, ``представительства края в Москве``) in a text about one region
is that region's, named with it; the place after ``в`` is its seat. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_region_rows


def org_regions(text: str, models) -> set[tuple[str, str | None]]:
    """``(name, region_code)`` of every organization of ``text``."""
    return {(org.name, org.region_code) for org in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Пермского края Иван Зорин встретился с руководителем постоянного представительства края в "
     "Москве Петром Орловым.",
     ("Постоянное представительство Пермского края в Москве", "RU-PER")),
    ("Губернатор Пермского края Иван Зорин назначил Петра Орлова руководителем представительства правительства "
     "края при Правительстве Российской Федерации.",
     ("Представительство правительства Пермского края при Правительстве Российской Федерации", "RU-PER")),
    ("Губернатор Тверской области Иван Зорин посетил представительство области в Москве.",
     ("Представительство Тверской области в Москве", "RU-TVE")),
])
def test_a_body_of_the_texts_region_before_its_seat(models, text, expected):
    assert expected in org_regions(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Пермского края Иван Зорин встретился с руководителем постоянного представительства края в "
     "Москве Петром Орловым.",
     ("Пётр Орлов", "руководитель постоянного представительства края в Москве", "RU-PER")),
])
def test_a_title_of_such_a_body(models, text, expected):
    assert expected in holder_region_rows(text, models)
