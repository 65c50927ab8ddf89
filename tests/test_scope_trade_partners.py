"""A foreign country a text names as where its trade goes or comes from (``экспорт пшеницы в Египет``, ``импорт
из Заморья``) is a partner of the text's own country, not the country it is about: the ministries it names bare
stay Russia's. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import minister_rows, org_countries


@pytest.mark.parametrize("text, expected", [
    ("Экспорт пшеницы в Египет вырос вдвое. Как сообщили в Минсельхозе, Египет остаётся крупнейшим покупателем.",
     {"Минсельхозе": "RU"}),
    ("Поставки яблок из Китая сократились. Импорт фруктов из Китая упал на треть, сообщили в Минсельхозе.",
     {"Минсельхозе": "RU"}),
    # a text about the country itself: its ministry
    ("Египет собрал рекордный урожай пшеницы. Как сообщили в Минсельхозе, Египет сократит закупки зерна.",
     {"Минсельхозе": "EG"}),
])
def test_a_bare_ministry_beside_a_trade_partner(models, text, expected):
    countries = org_countries(text, models)
    assert {mention: countries.get(mention) for mention in expected} == expected, countries


@pytest.mark.parametrize("text, expected", [
    ("Экспорт пшеницы в Египет вырос вдвое. Министр сельского хозяйства Пётр Орлов отметил рост.",
     {("Пётр Орлов", "Министерство сельского хозяйства Российской Федерации", None)}),
])
def test_a_minister_beside_a_trade_partner(models, text, expected):
    assert minister_rows(text, models) == expected
