"""A region's government named by its cabinet's noun and a level's adjective (``краевой кабмин``, ``регионального
кабмина``) is the region's government, as ``краевое правительство`` is."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    ("Губернатор Пермского края Петр Кедров заявил, что краевой кабмин уйдет в отставку.", "краевой кабмин",
     "Правительство Пермского края"),
    ("Правительство Пермского края ушло в отставку. Сотрудники регионального кабмина будут исполнять обязанности.",
     "регионального кабмина", "Правительство Пермского края"),
    # the cabinet's noun alone stays the country's
    ("Кабмин утвердил бюджет. Премьер Петр Кедров выступил.", "Кабмин", "Правительство Российской Федерации"),
])
def test_cabinet_of_a_region(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name
