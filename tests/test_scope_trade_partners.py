"""A foreign country a text names only as where its trade goes or comes from (``экспорт пшеницы в Египет``,
``импорт из Заморья``) is a partner of the text's own country, not the country it is about: the ministries it names
bare stay Russia's. Named once more outside a trade phrase (``Турция закупает газ``), it is the country the text is
about. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import minister_rows, org_countries


@pytest.mark.parametrize("text, expected", [
    ("Экспорт пшеницы в Египет вырос вдвое. Как сообщили в Минсельхозе, поставки зерна в Египет продолжатся.",
     {"Минсельхозе": "RU"}),
    ("Поставки яблок из Китая сократились. Импорт фруктов из Китая упал на треть, сообщили в Минсельхозе.",
     {"Минсельхозе": "RU"}),
    # a text about the country itself: its ministry
    ("Египет собрал рекордный урожай пшеницы. Как сообщили в Минсельхозе, Египет сократит закупки зерна.",
     {"Минсельхозе": "EG"}),
    # a partner the text is about, named again outside the trade phrase: its bodies
    ("Поставки пшеницы в Египет в январе выросли вдвое. Министерство финансов выделило на закупки зерна 2 млрд "
     "долларов, сообщило правительство страны. Египет остаётся крупнейшим покупателем зерна в мире.",
     {"Министерство финансов": "EG", "правительство страны": "EG"}),
    ("Поставки газа в Турцию сократились. Министерство энергетики заявило, что правительство страны ищет других "
     "поставщиков. Турция закупает газ и у Азербайджана.",
     {"Министерство энергетики": "TR", "правительство страны": "TR"}),
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
