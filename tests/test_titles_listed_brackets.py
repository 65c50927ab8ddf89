"""The names of a list a plural title is given to, each with words in brackets after it (``в качестве
вице-губернаторов утвердил Анну Зорину (культура), Петра Орлова (спорт) и Глеба Лаптева (финансы)``): the brackets
do not end the list. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("В качестве вице-губернаторов губернатор утвердил Анну Зорину (культура и спорт), Петра Орлова (финансы) и "
     "Глеба Лаптева (строительство).",
     {("Анна Зорина", "вице-губернатор"), ("Пётр Орлов", "вице-губернатор"), ("Глеб Лаптев", "вице-губернатор")}),
    ("Заместителями мэра назначены Анна Зорина (образование), Пётр Орлов (транспорт).",
     {("Анна Зорина", "заместитель мэра"), ("Пётр Орлов", "заместитель мэра")}),
])
def test_listed_names_with_brackets(models, text, expected):
    assert expected <= holder_titles(text, models)
