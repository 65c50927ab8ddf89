"""A title right before a bare surname with a genitive form and then a full name that agrees with it
(``адвокат Орлова Ксения Котова``): the first is whom the title serves, the second holds it. Every sentence
and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Адвокат Орлова Ксения Котова сообщила, что защита обжалует приговор.",
     {("Ксения Котова", "адвокат", "адвокат", False)}),
    ("Пресс-секретарь Лаптева Ксения Котова сообщила о встрече.",
     {("Ксения Котова", "пресс-секретарь", "пресс-секретарь", False)}),
    ("Тренер Лаптева Глеб Ракитин рассказал о подготовке.",
     {("Глеб Ракитин", "тренер", "тренер", False)}),
    # near cases that stay: a full name in the genitive, a name right after the title, a bare surname alone
    ("Адвокат Петра Орлова Ксения Котова обжалует приговор.",
     {("Ксения Котова", "адвокат", "адвокат", False)}),
    ("Министр Анна Котова провела встречу.", {("Анна Котова", "министр", "министр", False)}),
    ("Министр Котова провела встречу с Глебом Ракитиным.", {("Котова", "министр", "министр", False)}),
])
def test_bare_surname_serves_the_title(models, text, expected):
    assert rows(text, models) == expected
