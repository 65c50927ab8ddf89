"""A patronymic alone, as people are called familiarly, is the person the document names in full with it
(invented names)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Герой книги Алексей Лукич Петухов – сказитель. Лукич – верный слуга народа. О Лукиче написано много.",
     {("Алексей Лукич Петухов", ("Алексей Лукич Петухов", "Лукич", "Лукиче"))}),
    ("Старый мастер Иван Кузьмич Зотов открыл мастерскую. Кузьмич работает там с утра.",
     {("Иван Кузьмич Зотов", ("Иван Кузьмич Зотов", "Кузьмич"))}),
])
def test_a_patronymic_alone_is_the_person(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # two people of that patronymic: no telling whose
    ("Иван Кузьмич Зотов и Олег Кузьмич Лапин открыли мастерскую. Кузьмич работает там с утра.", 3),
    # a surname that is a patronymic in form stays the person's surname
    ("Драган Петрович забил гол. Петрович доволен игрой.", 1),
])
def test_a_patronymic_alone_near_cases(models, text, expected):
    assert len(person_mentions(text, models)) == expected
