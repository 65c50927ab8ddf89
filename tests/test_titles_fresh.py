"""Titles in constructions of news found short on unseen articles: occupations the lexicon lacked, the
definition of a biography after a bracket of dates and places, and more. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # occupations of news the lexicon lacked, after a relative clause, "в качестве" and a list of predicates
    ("Победительницей стала Анна Котова, которая станет рейнджером в национальном парке.",
     {("Анна Котова", "рейнджер", "рейнджер", False)}),
    ("Глеб Ракитин, который стал смотрителем маяка, приехал на остров.",
     {("Глеб Ракитин", "смотритель маяка", "смотритель", False)}),
    ("Пётр Смирнов попробует себя в качестве дегустатора.", {("Пётр Смирнов", "дегустатор", "дегустатор", False)}),
    ("В юности Игнат Лорский трудился официантом, разносчиком газет, сборщиком мебели.",
     {("Игнат Лорский", "официант", "официант", True), ("Игнат Лорский", "разносчик газет", "разносчик", True),
      ("Игнат Лорский", "сборщик мебели", "сборщик", True)}),
    ("Рокер Глеб Ракитин выпустил новый альбом.", {("Глеб Ракитин", "рокер", "рокер", False)}),
    ("Хранитель музея Анна Котова открыла выставку.", {("Анна Котова", "хранитель музея", "хранитель", False)}),
])
def test_occupations_of_news(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket of the dates and places of a life between the name and the dash of its definition
    ("Игнат Лорский (12 мая 1950 года, Тверь — 3 июня 2010 года, Москва) — русский драматург, режиссёр, живописец.",
     {("Игнат Лорский", "русский драматург", "драматург", False), ("Игнат Лорский", "режиссёр", "режиссер", False),
      ("Игнат Лорский", "живописец", "живописец", False)}),
    # ... cut by the segmenter at its semicolon
    ("Пётр Смирнов (Петруша; 2 марта 1970 года, Тверь) — композитор.",
     {("Пётр Смирнов", "композитор", "композитор", False)}),
    # a definition that opens with a noun of no post goes on after a comma with the title
    ("Пётр Смирнов — участник экспедиции, командир отряда спасателей.",
     {("Пётр Смирнов", "командир отряда спасателей", "командир", False)}),
    ("Пётр Смирнов (2 марта 1970 года, Тверь) — участник экспедиции, командир отряда спасателей.",
     {("Пётр Смирнов", "командир отряда спасателей", "командир", False)}),
    # no definition: a dash of a speech or of a clause with a verb
    ("Пётр Смирнов — мы ждём, директор школы Анна Котова опоздала.",
     {("Анна Котова", "директор школы", "директор", False)}),
])
def test_definition_after_a_bracket(models, text, expected):
    assert rows(text, models) == expected
