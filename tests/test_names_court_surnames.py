"""People of court news the pipeline lost: a surname after ``суда`` (a court's genitive, not the plural of
``судно``: no ship's name), and a woman's surname tagged alone once and written alone in another case elsewhere."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Об этом сообщил председатель суда Журавлёв.", {("Журавлёв", ("Журавлёв",))}),
    ("Об этом сообщила пресс-секретарь суда Лапина.", {("Лапина", ("Лапина",))}),
    ("Об этом сообщила пресс-секретарь суда Е. Лапина.", {("Е. Лапина", ("Е. Лапина",))}),
    ("Об этом сообщил пресс-секретарь суда Е.Журавлёв.", {("Е. Журавлёв", ("Е.Журавлёв",))}),
])
def test_surname_after_court_genitive(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text", [
    "На борту судна Эсмеральда находились десять человек.",
    "Экипаж яхты Эсмеральда вернулся в порт.",
    "В порт Заречья вошли суда Сокол и Буревестник.",
    "Пограничники задержали суда Сокол и Буревестник.",
])
def test_vessel_names_stay_no_people(models, text):
    assert person_mentions(text, models) == set()


@pytest.mark.parametrize("text, expected", [
    ("Обвиняемая Лапина задержана. Лапину отпустили под подписку.", {("Лапина", ("Лапина", "Лапину"))}),
    ("Свидетельница Мирошкина выступила в суде. Показания Мирошкиной приобщили к делу.",
     {("Мирошкина", ("Мирошкина", "Мирошкиной"))}),
])
def test_lone_surname_in_another_case(models, text, expected):
    assert person_mentions(text, models) == expected
