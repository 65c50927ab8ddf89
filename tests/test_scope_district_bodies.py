"""A body named by a town's adjective and a district's or a town's level (``Гусевская центральная районная
больница``, ``Балаковский районный суд``) lies in the region of the town the adjective is made from, not in none;
an adjective many districts share (``Советский районный суд``) says no region, and in a text about a city elsewhere
the body is that city's district's (``В Москве Бабушкинский районный суд``). Every sentence and person is
invented; the towns are real."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _org_regions(text: str, models) -> dict[str, str | None]:
    result = analyze(text, models)
    return {org.name: org.region_code for org in result.organizations}


@pytest.mark.parametrize("text, name, expected", [
    ("Ранее Пётр Орлов возглавлял Гусевскую центральную районную больницу.",
     "Гусевская центральная районная больница", "RU-KGD"),
    ("Иск рассмотрел Балаковский районный суд, сообщила пресс-служба.", "Балаковский районный суд", "RU-SAR"),
    ("Пациентку доставили в Ирбитскую городскую больницу.", "Ирбитская городская больница", "RU-SVE"),
    # a name many districts share: no region
    ("Иск рассмотрел Советский районный суд, сообщила пресс-служба.", "Советский районный суд", None),
    # a district of the city the text is about, whose name a town elsewhere shares: the city's
    ("В Москве Бабушкинский районный суд оштрафовал Анну Зорину, директора магазина «Гремс».",
     "Бабушкинский районный суд", "RU-MOW"),
    ("В Твери Заволжский районный суд оштрафовал Петра Орлова за нарушение правил торговли.",
     "Заволжский районный суд", "RU-TVE"),
])
def test_a_body_named_by_a_town_adjective_and_a_level(models, text, name, expected):
    regions = _org_regions(text, models)
    assert name in regions, regions
    assert regions[name] == expected


@pytest.mark.parametrize("text, expected", [
    # the unit's name keeps the capital of the town's adjective of the body it belongs to
    ("Проверка продлится месяц, рассказали в пресс-службе Кашинской межрайонной прокуратуры.",
     "Пресс-служба Кашинской межрайонной прокуратуры"),
    ("Об этом сообщили в пресс-службе Гусевской центральной районной больницы.",
     "Пресс-служба Гусевской центральной районной больницы"),
])
def test_a_unit_of_a_body_named_by_a_town_adjective(models, text, expected):
    assert expected in _org_regions(text, models)
