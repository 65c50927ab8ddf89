"""Years written without ``год``: after a preposition of time, two of them, alone in brackets; and numbers
that only look like years."""

from __future__ import annotations

import pytest

from nerpipe.dates import normalize_dates

from .conftest import TODAY


def dates_of(models, text: str) -> list[tuple]:
    facts = normalize_dates(text, models.dates.find_raw(text), None, today=TODAY)
    return [(f.text, f.iso_from, f.iso_to, f.precision) for f in facts]


@pytest.mark.parametrize("text, expected", [
    ("С 1983 по 1986 служил механиком на флоте.", [("С 1983 по 1986", "1983", "1986", "year")]),
    ("Он руководил фондом с 2009, потом уехал.", [("2009", "2009", "2009", "year")]),
    ("Школу основали в 1931, а в 2004 закрыли.", [("1931", "1931", "1931", "year"), ("2004", "2004", "2004", "year")]),
    ("Заслуженный тренер республики (2011). Трижды чемпион.", [("2011", "2011", "2011", "year")]),
    ("Перед стартом сезона 2017-2018 клуб продал вратаря.", [("2017-2018", "2017", "2018", "year")]),
    ("Перед стартом сезона 2017–2018 клуб продал вратаря.", [("2017–2018", "2017", "2018", "year")]),
    ("Сезон 2017/2018 команда провела неудачно.", [("2017/2018", "2017", "2018", "year")]),
    ("Программа продлится до 2035.", [("2035", "2035", "2035", "year")]),
    # a name in capitals after a range is no unit it counts
    ("В 2018-2019 ТЭЦ работала на угле.", [("2018-2019", "2018", "2019", "year")]),
    # a longer reading keeps its word
    ("В 2012 году завод остановили.", [("2012 году", "2012", "2012", "year")]),
    ("С 1999 по 2003 год он жил в Твери.", [("С 1999 по 2003 год", "1999", "2003", "year")]),
])
def test_bare_years_are_years(models, text, expected):
    assert dates_of(models, text) == expected


@pytest.mark.parametrize("text", [
    "Приказом ОД 3619 у банка отозвана лицензия.",
    "В зале собралось до 2000 человек.",
    "Цены выросли с 1990 до 2600 рублей.",
    "Лагерь разбили на высоте 1950-2000 м над морем.",
    "Поселок стоит в 2012 км от столицы.",
    "Трасса длиной 1990-2010 км проходит по тайге.",
    "Конкурс собрал 1990 заявок (2000 в прошлом сезоне).",
    "Дом 1905 на улице Садовой снесут.",
    "Счёт за свет составил 2030 рублей.",
    "Нормы выросли с 2010 до 2020 единиц.",
    "Звоните по номеру 8-800-2015-2016 круглосуточно.",
    "Артикул 17-2013-2014-5 сняли с продажи.",
])
def test_numbers_that_are_no_years(models, text):
    assert dates_of(models, text) == []
