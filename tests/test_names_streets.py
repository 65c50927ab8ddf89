"""A street or a square named after a person is no person of the news (invented people and streets)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Акция прошла на улице Петра Кормилова. Жители улицы Семёна Ветлугина пришли на митинг.", set()),
    ("Дом стоит на площади Анны Лисицыной.", set()),
    # a person in the nominative after the noun of a street's sentence is a person
    ("Губернатор Олег Ветлугин осмотрел улицу. Ветлугин остался доволен.", {"Олег Ветлугин"}),
    # a person in the genitive or the accusative after the noun of a street: listed with people, or the object
    # of the verb
    ("Сотрудники полиции встретили на площади Ивана Котова и его брата. Котов рассказал, что шёл на рынок.",
     {"Иван Котов"}),
    ("Полицейские задержали на улице Ивана Котова.", {"Иван Котов"}),
    ("Открыли проспект имени Семёна Ветлугина.", set()),
    ("Пробки образовались на улице Петра Кормилова.", set()),
])
def test_streets_named_after_people(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
