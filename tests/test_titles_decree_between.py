"""A document in the instrumental between an acting title and its predicate (``Исполняющим обязанности главы
ведомства приказом министра назначен …``), with a date after it or not: the one the predicate names acts in the
title; the minister whose order it is holds nothing here."""

from __future__ import annotations

import pytest

from .conftest import holder_role_rows


@pytest.mark.parametrize("text, expected", [
    ("Исполняющим обязанности главы ведомства приказом министра назначен Игорь Валов.",
     ("Игорь Валов", "исполняющий обязанности главы ведомства", "исполняющий обязанности главы")),
    ("Временно исполняющим обязанности начальника управления приказом министра с 25 февраля назначен полковник "
     "Игорь Валов.",
     ("Игорь Валов", "временно исполняющий обязанности начальника управления",
      "исполняющий обязанности начальника управления")),
    ("Исполняющим обязанности директора решением совета назначена Анна Зорина.",
     ("Анна Зорина", "исполняющий обязанности директора", "исполняющий обязанности директора")),
])
def test_decree_between(models, text, expected):
    assert expected in holder_role_rows(text, models)


def test_minister_of_the_order_holds_nothing(models):
    rows = holder_role_rows("Исполняющим обязанности главы ведомства приказом министра назначен Игорь Валов.", models)
    assert not {r for r in rows if r[1] == "министр"}


@pytest.mark.parametrize("text, expected", [
    # a noun of governing takes a decree noun that governs an instrumental of its own: what the body manages
    ("Заместитель начальника управления распоряжением имуществом Пётр Орлов подписал договор.",
     ("Пётр Орлов", "заместитель начальника управления распоряжением имуществом", "заместитель начальника")),
    ("Начальник отдела управления распоряжением муниципальной собственностью Анна Зорина подписала договор.",
     ("Анна Зорина", "начальник отдела управления распоряжением муниципальной собственностью", "начальник отдела")),
    # with a genitive after it, the same noun names whose order it is
    ("Начальником управления распоряжением губернатора назначен Игорь Валов.",
     ("Игорь Валов", "начальник управления", "начальник управления")),
])
def test_decree_noun_governed(models, text, expected):
    assert expected in holder_role_rows(text, models)
