"""Districts and the regions of their bodies (:mod:`nerpipe.resolve.districts`):

- a body given a region by the adjective of a district the text names in another region is of the district's
  region (``делегаций Смоленского`` beside ``Смоленского района Алтайского края``), not of the region of that
  adjective;
- a district named with and without ``муниципальный`` is one district, so ``Прокуратура района`` is its.
"""

from __future__ import annotations

import pytest

from .conftest import analyze


def orgs_of(text: str, models, surface: str) -> set[tuple[str, str | None]]:
    result = analyze(text, models)
    by_id = {o.org_id: o for o in result.organizations}
    return {(by_id[m.entity_id].name, by_id[m.entity_id].region_code) for m in result.mentions
            if m.type == "ORG" and m.text == surface and m.entity_id in by_id}


@pytest.mark.parametrize("text, surface, expected", [
    ("Глава Смоленского района Алтайского края Пётр Орлов провёл совещание. Кроме делегаций Смоленского и "
     "Бийского района были гости из Белокурихи.",
     "делегаций Смоленского", ("Делегации Смоленского", "RU-ALT")),
])
def test_a_body_named_by_a_districts_adjective_is_of_the_districts_region(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface, expected", [
    # the district of the adjective's own region: its region
    ("Глава Смоленского района Смоленской области Пётр Орлов провёл совещание. Кроме делегаций Смоленского и "
     "Починковского района были гости из Смоленска.",
     "делегаций Смоленского", ("Делегации Смоленского", "RU-SMO")),
])
def test_a_body_of_the_adjectives_own_region_stays(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface, expected", [
    ("Прокуратурой Сараевского района проведена проверка сайтов Сараевского муниципального района Рязанской "
     "области. Прокуратура района внесла представление главе поселения.",
     "Прокуратура района", ("Прокуратура Сараевского района", "RU-RYA")),
])
def test_a_district_named_with_and_without_municipal_is_one(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface, expected", [
    # two districts: the district's body stays as written
    ("Прокуратурой Сараевского района проведена проверка сайтов Шацкого муниципального района Рязанской "
     "области. Прокуратура района внесла представление главе поселения.",
     "Прокуратура района", ("Прокуратура района", None)),
])
def test_a_districts_body_in_a_text_of_two_districts_stays(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface, expected", [
    # the district's region known only from its own adjective: no region for its body
    ("Глава Ростовского района Пётр Орлов ушёл в отставку. Заседание Думы Ростовского муниципального района "
     "назначено на вторник. Уведомление зарегистрировано в аппарате управления делами районной Думы.",
     "районной Думы", ("Дума Ростовского района", None)),
])
def test_a_districts_body_takes_no_region_its_text_does_not_state(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}
