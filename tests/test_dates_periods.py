"""Parts of a year: quarters and half-years as the months they span."""

from __future__ import annotations

from datetime import date

import pytest

from nerpipe.dates import normalize_dates

from .conftest import TODAY


def read(models, text: str, published: str | None):
    day = date.fromisoformat(published) if published else None
    return [(f.text, f.iso_from, f.iso_to, f.year_inferred)
            for f in normalize_dates(text, models.dates.find_raw(text), day, today=TODAY)]


@pytest.mark.parametrize("text, published, expected", [
    ("В первом квартале 2024 года выпуск вырос на 8%.", None,
     [("первом квартале 2024 года", "2024-01", "2024-03", False)]),
    ("По итогам II квартала 2023 г. банк получил прибыль.", None,
     [("II квартала 2023 г.", "2023-04", "2023-06", False)]),
    ("За 3-й квартал 2022 года продажи упали.", None, [("3-й квартал 2022 года", "2022-07", "2022-09", False)]),
    ("Работы завершат в четвёртом квартале 2025 года.", None,
     [("четвёртом квартале 2025 года", "2025-10", "2025-12", False)]),
    ("Во втором полугодии 2023 года спрос упал.", None, [("втором полугодии 2023 года", "2023-07", "2023-12", False)]),
    ("По итогам первого полугодия 2021 года завод выпустил 500 машин.", None,
     [("первого полугодия 2021 года", "2021-01", "2021-06", False)]),
    # the year of the publication date, or as a month's is inferred
    ("В III квартале ожидается рост.", "2024-03-12", [("III квартале", "2024-07", "2024-09", True)]),
    ("В III квартале ожидается рост.", None, [("III квартале", "--07", "--09", False)]),
    # a year said relative to the publication date
    ("Во втором квартале прошлого года спрос упал.", "2024-03-12",
     [("втором квартале прошлого года", "2023-04", "2023-06", True)]),
    ("В первом полугодии текущего года открыты две школы.", "2024-09-02",
     [("первом полугодии текущего года", "2024-01", "2024-06", True)]),
])
def test_quarters_and_halves(models, text, published, expected):
    assert read(models, text, published) == expected


@pytest.mark.parametrize("text", [
    "Дом построят в третьем квартале микрорайона.",  # a block of a town
    "Школа откроется в новом квартале.",  # no ordinal
    "Жильцы пятого квартала пожаловались на дороги.",  # no quarter of a year has the number five
    "Компания отчиталась за два квартала.",  # a count: a duration, no row
])
def test_not_parts_of_a_year(models, text):
    assert read(models, text, "2024-03-12") == []


@pytest.mark.parametrize("text, published, expected", [
    ("С весны 2021 года завод работает в три смены.", None, [("весны 2021 года", "2021-03", "2021-05", False)]),
    ("Стройку закончат до осени 2025 года.", None, [("осени 2025 года", "2025-09", "2025-11", False)]),
    ("К лету 2026 года откроют парк.", None, [("лету 2026 года", "2026-06", "2026-08", False)]),
    ("Цены росли с осени прошлого года.", "2024-03-12", [("осени прошлого года", "2023-09", "2023-11", True)]),
    # one winter across two years
    ("Зимой 2020/2021 года морозы были сильными.", None, [("Зимой 2020/2021 года", "2020-12", "2021-02", False)]),
    ("Итоги зимы 2022–2023 годов подвели в марте 2023 года.", None,
     [("зимы 2022–2023 годов", "2022-12", "2023-02", False), ("марте 2023 года", "2023-03", "2023-03", False)]),
    # as before: the instrumental alone, and with one year
    ("Весной 2019 года открыли школу.", None, [("Весной 2019 года", "2019-03", "2019-05", False)]),
])
def test_seasons_with_their_year(models, text, published, expected):
    assert read(models, text, published) == expected


@pytest.mark.parametrize("text", [
    "За десять лет 2000 человек переехали в город.",  # "лет" is years
    "Весна пришла рано.",  # a season with no year and no time word: no date
])
def test_not_seasons(models, text):
    assert [row for row in read(models, text, "2024-03-12") if "весн" in row[0].lower() or "лет" in row[0]] == []


@pytest.mark.parametrize("text, published, expected", [
    ("В первой декаде мая начнётся посевная.", "2024-03-12", [("первой декаде мая", "2024-05-01", "2024-05-10", True)]),
    ("Во второй декаде июня 2023 года прошли дожди.", None,
     [("второй декаде июня 2023 года", "2023-06-11", "2023-06-20", False)]),
    ("В третьей декаде февраля 2024 года потеплело.", None,
     [("третьей декаде февраля 2024 года", "2024-02-21", "2024-02-29", False)]),
    ("До 3-й декады октября 2022 г. урожай убрали.", None,
     [("3-й декады октября 2022 г.", "2022-10-21", "2022-10-31", False)]),
])
def test_tenths_of_a_month(models, text, published, expected):
    assert read(models, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a part of a month is the tenth of its days it stands for, its words in the span
    ("В начале августа откроют новую школу.", "2024-03-12", [("начале августа", "2024-08-01", "2024-08-10", True)]),
    ("Посевная начнётся в середине мая.", "2024-03-12", [("середине мая", "2024-05-11", "2024-05-20", True)]),
    ("Мост закроют в конце ноября 2025 года.", None, [("конце ноября 2025 года", "2025-11-21", "2025-11-30", False)]),
    ("Ремонт завершат к концу апреля 2026 г.", None, [("концу апреля 2026 г.", "2026-04-21", "2026-04-30", False)]),
    ("С начала октября 2023 года цены растут.", None,
     [("начала октября 2023 года", "2023-10-01", "2023-10-10", False)]),
    ("В конце декабря прошлого года каток закрыли.", "2024-03-12",
     [("конце декабря прошлого года", "2023-12-21", "2023-12-31", True)]),
    ("Стадион откроют в начале июня.", None, [("начале июня", "--06-01", "--06-10", False)]),
    # the end of February is that of the year inferred: the 29th of a leap year
    ("В конце февраля прошли выборы.", "2024-03-12", [("конце февраля", "2024-02-21", "2024-02-29", True)]),
    ("В конце февраля прошли выборы.", "2023-03-12", [("конце февраля", "2023-02-21", "2023-02-28", True)]),
    ("В третьей декаде февраля потеплело.", "2024-03-12",
     [("третьей декаде февраля", "2024-02-21", "2024-02-29", True)]),
    ("В третьей декаде февраля потеплело.", "2025-03-12",
     [("третьей декаде февраля", "2025-02-21", "2025-02-28", True)]),
    # not a part of a month: the whole month, a year, a century
    ("В марте открыли каток.", "2024-03-12", [("марте", "2024-03", "2024-03", True)]),
    ("В начале 2023 года завод закрыли.", None, [("2023 года", "2023", "2023", False)]),
    ("В середине XIX века здесь стоял храм.", None, []),
])
def test_parts_of_a_month(models, text, published, expected):
    assert read(models, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a span of months after a preposition is one date, not the first month and the rest
    ("В январе–марте 2024 года выпуск вырос.", None, [("январе–марте 2024 года", "2024-01", "2024-03", False)]),
    ("В мае-июне прошли дожди.", "2024-03-12", [("мае-июне", "2024-05", "2024-06", True)]),
    # a quarter before a word that is not only a genitive noun is a quarter of a year
    ("В 1-м квартале работы не велись.", "2024-03-12", [("1-м квартале", "2024-01", "2024-03", True)]),
])
def test_spans_of_months(models, text, published, expected):
    assert read(models, text, published) == expected
