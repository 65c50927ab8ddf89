"""Durations: DATE mentions with no ``dates`` row (:mod:`nerpipe.dates.durations`)."""

import datetime

import pytest

from nerpipe.dates.durations import length_of
from nerpipe.pipeline import process_text

TODAY = datetime.date(2026, 5, 1)


def durations(text, models):
    result = process_text(text, models, doc_id="x", today=TODAY)
    rows = {(row.start, row.end) for row in result.dates}
    return [(m.text, m.normal) for m in result.mentions if m.type == "DATE" and (m.start, m.end) not in rows]


@pytest.mark.parametrize("text, expected", [
    ("Он проработал на заводе 15 лет.", [("15 лет", "15 лет")]),
    ("За пять лет существования клуба сменилось три тренера.", [("За пять лет", "5 лет")]),
    ("Суд приговорил Сёмина к двум годам колонии.", [("двум годам", "2 года")]),
    ("В течение ближайших десяти лет компания вложит средства в порт.",
     [("В течение ближайших десяти лет", "10 лет")]),
    ("Работы шли на протяжении нескольких месяцев.", [("на протяжении нескольких месяцев", "несколько месяцев")]),
    ("Введён 30-дневный карантин.", [("30-дневный карантин", "30 дней")]),
    ("Ведомству поручено в трёхмесячный срок внести поправки.", [("в трёхмесячный срок", "3 месяца")]),
    ("Долгие годы он руководил цехом.", [("Долгие годы", "долгие годы")]),
    ("Контракт продлён на год.", [("на год", "год")]),
    ("Около года она возглавляла отдел.", [("Около года", "год")]),
    ("Он отсидел 2,5 года.", [("2,5 года", "2,5 года")]),
    ("Поезд шёл двое суток.", [("двое суток", "2 суток")]),
    ("Несколько дней назад состояние больного ухудшилось.", [("Несколько дней назад", "несколько дней назад")]),
    ("Его избрали сроком в пять лет.", [("в пять лет", "5 лет")]),
    # after a name in the nominative, an amount is how long, not how old
    ("Джеймс Корнуэлл 12 лет руководил фондом.", [("12 лет", "12 лет")]),
    ("Пётр Сёмин 20 лет проработал на заводе.", [("20 лет", "20 лет")]),
    # a preposition between the person and the amount
    ("Рабочие в течение 10 лет трудились в цеху.", [("в течение 10 лет", "10 лет")]),
    # a vague time
    ("В разные годы он руководил театром.", [("В разные годы", "разные годы")]),
    ("Работники в разные годы возглавляли цех.", [("в разные годы", "разные годы")]),
])
def test_duration_found(text, expected, models):
    assert durations(text, models) == expected


@pytest.mark.parametrize("text", [
    "В возрасте 45 лет он стал мэром.",
    "Ему исполнилось 30 лет.",
    "Пётр Сёмин (45 лет) вернулся домой.",
    "Погибла девочка 8 лет.",
    "Сёмину 52 года.",
    "Джеймсу Корнуэллу 52 года.",  # a name in the dative whatever its words
    "Эрику Ловенталю — 61 год.",
    "Он тренировал сборную до 18 лет.",
    "Она младше его на год.",
    "Встреча началась в 3 часа дня.",
    "Заседание длилось более трёх часов.",  # a span of a day's time
    "За несколько часов до матча стадион закрыли.",
    "Объявлен 24-часовой режим работы.",
    "Переговоры шли 40 минут.",
    "Взрыв прогремел около 8 часов утра.",
    "В 5 лет он пошёл в школу.",
    "Завод выпускает 300 тысяч тонн в год.",
    "58-летний директор ушёл в отставку.",
    "Она выступила на Неделе моды.",
])
def test_no_duration(text, models):
    assert durations(text, models) == []


def test_duration_has_no_row_and_date_wins(models):
    result = process_text("В течение 2020 года завод работал, а потом три года стоял.", models, doc_id="x",
                          today=TODAY)
    assert [(row.iso_from) for row in result.dates] == ["2020"]
    assert [(m.text, m.normal) for m in result.mentions if m.type == "DATE"] == [("2020 года", "2020"),
                                                                                ("три года", "3 года")]


@pytest.mark.parametrize("word, expected", [
    ("трёхмесячный", (3, "месяц")),
    ("десятилетний", (10, "год")),
    ("30-дневный", (30, "день")),
    ("полугодовой", (6, "месяц")),
    ("летний", None),
    ("директор", None),
])
def test_length_of(word, expected):
    assert length_of(word) == expected


@pytest.mark.parametrize("text, expected", [
    ("Комиссия будет работать до конца сентября.", "--09-21"),
    ("Отчёт сдадут к концу марта 2020 года.", "2020-03-21"),
    ("С начала июня завод стоит.", "--06-01"),
])
def test_month_after_its_part(text, expected, models):
    result = process_text(text, models, doc_id="x")
    assert [row.iso_from for row in result.dates] == [expected]
