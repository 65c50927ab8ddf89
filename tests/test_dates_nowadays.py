"""``сегодня`` that means "nowadays" is no date (no DATE mention, no row); ``сегодня`` of a day stays one."""

from __future__ import annotations

import pytest

from .conftest import analyze


def dates_of(models, text: str) -> tuple[list[str], int]:
    result = analyze(text, models)
    return [m.text for m in result.mentions if m.type == "DATE"], len(result.dates)


NOWADAYS = [
    # a verb of a state or a habit in the present
    "Сегодня фабрика выпускает тридцать видов обуви.",
    "Сегодня в посёлке живут двести человек.",
    "Сегодня на комбинате трудятся четыреста рабочих.",
    "Сегодня Олег Ларин возглавляет крупный холдинг.",
    "Главные задачи, стоящие сегодня перед ведомством, очевидны.",
    # a nominal predicate with its subject
    "Сегодня это одна из крупнейших верфей страны.",
    "Сегодня компания — один из лидеров рынка удобрений.",
    # a generic statement
    "Сегодня смартфоном никого не удивишь.",
    "Без хорошего образования сегодня не проживёшь.",
    # a contrast with the past
    "Когда-то здесь был пустырь, а сегодня тут большой парк.",
]

A_DAY = [
    "Сегодня в Твери проходит форум фермеров.",
    "Сегодня стартует чемпионат по плаванию.",
    "Итоги конкурса объявят сегодня.",
    "Сегодня министр заявил о своей отставке.",
    "Сегодня — День города.",
    "Сегодня у нас праздник.",
    "Ранее сегодня мэр подписал указ.",
    "Сегодня суд рассматривает жалобу фермера.",
]


@pytest.mark.parametrize("text", NOWADAYS)
def test_today_as_nowadays_is_no_date(models, text):
    assert dates_of(models, text) == ([], 0)


@pytest.mark.parametrize("text", A_DAY)
def test_today_as_a_day_stays_a_date(models, text):
    mentions, _ = dates_of(models, text)
    assert [m.lower() for m in mentions] == ["сегодня"]


@pytest.mark.parametrize("text, expected", [
    ("ОМСК, 5 мая 2026 года. Сегодня завод выпускает сорок моделей тракторов.", ["2026-05-05"]),
    ("ОМСК, 5 мая 2026 года. Сегодня в городе открывается выставка.", ["2026-05-05", "2026-05-05"]),
])
def test_rows_of_today_in_a_dated_text(models, text, expected):
    assert [fact.iso_from for fact in analyze(text, models).dates] == expected
