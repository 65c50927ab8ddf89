"""An institution named by a level's adjective that is no body of state (``Республиканская клиническая
больница``, ``Областной детский санаторий``) in a text naming one region of that level is that region's, its
name kept (:func:`nerpipe.resolve.levels._institution`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def orgs_of(text: str, models) -> dict[str, tuple[str, str | None]]:
    result = analyze(text, models)
    orgs = {o.org_id: o for o in result.organizations}
    return {orgs[m.entity_id].name: orgs[m.entity_id].region_code
            for m in result.mentions if m.type == "ORG" and m.entity_id in orgs}


@pytest.mark.parametrize("text, name, region", [
    ("Врачи Тверской области приняли рекордное число пациентов. В Областной клинической больнице открыли новый "
     "корпус.", "Областная клиническая больница", "RU-TVE"),
    ("Минздрав Чувашии подвел итоги года. Главврачом Республиканской детской больницы назначен Иван Петров.",
     "Республиканская детская больница", "RU-CU"),
])
def test_an_institution_of_a_level_is_of_the_one_region_of_that_level(models, text, name, region):
    assert orgs_of(text, models).get(name) == region


@pytest.mark.parametrize("text, name, region", [
    # a party named by the adjective is a country's, not a republic's
    ("В Татарстане прошли выборы. Республиканская партия США тем временем провела съезд.",
     "Республиканская партия США", None),
    # two oblasts named: no one region
    ("Врачи Тверской и Калужской областей обменялись опытом. В Областной клинической больнице открыли корпус.",
     "Областная клиническая больница", None),
])
def test_an_institution_of_no_one_region_keeps_none(models, text, name, region):
    assert orgs_of(text, models).get(name, region) == region
