"""Bodies named by a district of a town, in every case: one ORG span of the body with its district and
town (a noun that is also a vehicle's form in another number, ``суда``, stays a body in the number the
sentence gives it), and the town's region; ships named after a company are no organization."""

from __future__ import annotations

import pytest

from .conftest import analyze


def org_texts(text, models) -> list[str]:
    return [m.text for m in analyze(text, models).mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, expected", [
    ("Представители суда Заречного района города Омска приехали на встречу.",
     "суда Заречного района города Омска"),
    ("Суд Ленинского района города Перми вынес решение.", "Суд Ленинского района города Перми"),
    ("Журналисты направили запрос суду Кировского района города Твери.", "суду Кировского района города Твери"),
    ("Переговоры с судом Октябрьского района продолжатся завтра.", "судом Октябрьского района"),
    ("Жалобу подали в суд Советского района города Омска.", "суд Советского района города Омска"),
    ("Сотрудники прокуратуры Центрального района города Перми проверили школу.",
     "прокуратуры Центрального района города Перми"),
    ("Глава администрации Кировского района уехал в отпуск.", "администрации Кировского района"),
    ("Письмо отправили в администрацию Заводского района города Твери.",
     "администрацию Заводского района города Твери"),
])
def test_a_body_of_a_district_is_one_span(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, region", [
    ("Представители суда Ленинского района города Омска приехали на встречу.", "RU-OMS"),
    ("Сотрудники прокуратуры Октябрьского района города Твери проверили школу.", "RU-TVE"),
])
def test_a_body_of_a_district_is_of_the_town_region(models, text, region):
    result = analyze(text, models)
    assert [org.region_code for org in result.organizations] == [region]


@pytest.mark.parametrize("text, absent", [
    ("В порт вошли суда компании «Северный путь».", "суда"),
    ("Компания продала суда компании «Северный путь».", "суда"),
    ("Два судна компании «Северный путь» вышли в море.", "судна"),
])
def test_ships_are_no_body(models, text, absent):
    assert not any(found.startswith(absent) for found in org_texts(text, models))
