"""Centuries: DATE mentions with their words as ``normal`` and no row, on any publication date."""

from __future__ import annotations

from datetime import date

import pytest

from nerpipe.dates import read_dates
from nerpipe.dates.centuries import latin_numerals, roman_number, roman_words

from .conftest import TODAY, analyze


def read(models, text: str, published: date | None):
    return read_dates(text, models.dates.find_raw(text), published, today=TODAY)


@pytest.mark.parametrize("text, expected", [
    ("Курган насыпали в XII веке.", [("в XII веке", "XII век")]),
    ("К XV веку крепость обветшала.", [("К XV веку", "XV век")]),
    ("Летопись составили в конце XVII века.", [("в конце XVII века", "конец XVII века")]),
    ("К концу XVI века посад опустел.", [("К концу XVI века", "конец XVI века")]),
    ("Во второй половине XIX века здесь проложили тракт.",
     [("Во второй половине XIX века", "вторая половина XIX века")]),
    ("В начале 20 века мельницу закрыли.", [("В начале 20 века", "начало XX века")]),
    ("Храм ХVIII века отреставрируют.", [("ХVIII века", "XVIII век")]),  # with the Cyrillic Х
    ("В прошлом веке здесь стояла школа.", [("В прошлом веке", "прошлый век")]),
    ("Проект завершат к концу текущего столетия.", [("к концу текущего столетия", "конец этого века")]),
    # durations stay out
    ("Обычай держался несколько веков.", []),
    ("В течение веков обычай держался.", []),
])
def test_centuries_are_words_without_rows(models, text, expected):
    for published in (None, date(2024, 3, 13)):
        found = read(models, text, published)
        assert found.facts == ()
        assert [(u.text, u.normal) for u in found.unresolved] == expected


def test_a_century_is_a_date_mention(models):
    text = "Курган насыпали в XII веке, а раскопали в 1987 году."
    assert [(m.text, m.normal) for m in analyze(text, models).mentions if m.type == "DATE"] == [
        ("в XII веке", "XII век"), ("1987 году", "1987")]


@pytest.mark.parametrize("word, number", [("XIV", 14), ("XIX", 19), ("IX", 9), ("XXI", 21), ("ХIХ", 19), ("век", 0)])
def test_roman_numbers(word, number):
    assert roman_number(word) == number
    if number:
        assert roman_words(number) == word.replace("Х", "X")


def test_latin_numerals_keep_the_length():
    assert latin_numerals("в ХIХ веке, Хабаровск") == "в XIX веке, Хабаровск"
