"""A title whose duties a verb before it discharges (``Орлов исполнял обязанности директора в период отпуска
Лаптева``): its subject acts in it; the name after a phrase further on is the one away, not the holder. Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Ранее Пётр Орлов временно исполнял обязанности генерального директора компании в период отпуска Глеба "
     "Ракитина.",
     {("Пётр Орлов", "генеральный директор компании", "исполняющий обязанности генерального директора", True)}),
    ("Пётр Орлов исполнял обязанности директора завода во время болезни Глеба Ракитина.",
     {("Пётр Орлов", "директор завода", "исполняющий обязанности директора", True)}),
    # near cases that stay: the verb after the title, an acting participle before the name
    ("Обязанности директора завода исполняет Пётр Орлов.",
     {("Пётр Орлов", "директор завода", "исполняющий обязанности директора", False)}),
    ("Временно исполняющий обязанности директора завода Пётр Орлов провёл совещание.",
     {("Пётр Орлов", "временно исполняющий обязанности директора завода", "исполняющий обязанности директора",
       False)}),
])
def test_acting_subject_not_the_one_away(models, text, expected):
    assert rows(text, models) == expected
