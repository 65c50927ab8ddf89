"""A date between a title in the instrumental and its predicate (``Исполняющим обязанности президента компании с 5
ноября назначен X``, ``Директором школы с 1 сентября 2015 года назначена Y``) is when the post is taken: the title
is still the predicate's, and the name after it holds it. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Исполняющим обязанности президента \"Вектора\" с 5 ноября назначен Олег Лобанов.",
     ("Олег Лобанов", "исполняющий обязанности президента \"Вектора\"")),
    ("Исполняющим обязанности президента \"Вектора\" с 5 ноября назначен Олег Лобанов, вице-президент по финансам.",
     ("Олег Лобанов", "исполняющий обязанности президента \"Вектора\"")),
    ("Директором школы с 1 сентября 2015 года назначена Анна Котова.", ("Анна Котова", "директор школы")),
    ("Директором школы с понедельника стала Анна Котова.", ("Анна Котова", "директор школы")),
])
def test_a_date_between_title_and_predicate(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # an indeclinable surname: the tagger reads the feminine acting word in -ей as a genitive
    ("Назначить Ковальчук Марину Васильевну временно исполняющей обязанности губернатора Озёрной области.",
     ("Марина Васильевна Ковальчук", "временно исполняющая обязанности губернатора Озёрной области")),
    ("Назначить Шевчук Анну Петровну исполняющей обязанности министра культуры Тверской области.",
     ("Анна Петровна Шевчук", "исполняющая обязанности министра культуры Тверской области")),
    ("По словам исполняющей обязанности главы района Анны Котовой, ремонт закончен.",
     ("Анна Котова", "исполняющая обязанности главы района")),
])
def test_a_feminine_acting_title_in_ej_may_be_instrumental(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # a date between an appointing verb and an acting title before the name appointed
    ("Министерство назначило с 1 июля исполняющим обязанности ректора университета Петра Орлова.",
     ("Пётр Орлов", "исполняющий обязанности ректора университета")),
    ("Министерство назначило с 1 июля 2021 года исполняющим обязанности ректора академии Анну Котову.",
     ("Анна Котова", "исполняющий обязанности ректора академии")),
])
def test_date_between_appointing_verb_and_acting_title(models, text, expected):
    assert expected in holder_titles(text, models)
