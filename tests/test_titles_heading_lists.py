"""Verbs of heading with an adverb between the body and the verb (``Министерство по-прежнему возглавляет …``)
and said once for a list of bodies and holders (``…, Министерство юстиции — Пётр Орлов``); a verb of heading a
federal subject (``Тверскую область возглавил …``): its head. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Министерство обороны по-прежнему возглавляет Пётр Орлов.",
     {("Пётр Орлов", "министр обороны", "министр", False)}),
    ("Министерство здравоохранения возглавила Анна Котова, Министерство юстиции — Пётр Орлов, "
     "а Министерство финансов — Иван Лаптев.",
     {("Анна Котова", "министр здравоохранения", "министр", False),
      ("Пётр Орлов", "министр юстиции", "министр", False),
      ("Иван Лаптев", "министр финансов", "министр", False)}),
    # near case: a body with no name after its dash
    ("Министерство здравоохранения возглавила Анна Котова, Министерство юстиции — пока никто.",
     {("Анна Котова", "министр здравоохранения", "министр", False)}),
])
def test_heading_lists(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # an item of a list of appointments whose name has a title of its own before it
    ("Мэр Твери Пётр Орлов назначен министром финансов, глава Ржева Иван Лаптев — министром спорта.",
     {("Пётр Орлов", "мэр Твери", "мэр", False), ("Пётр Орлов", "министр финансов", "министр", False),
      ("Иван Лаптев", "глава Ржева", "глава", False), ("Иван Лаптев", "министр спорта", "министр", False)}),
])
def test_gapped_item_after_own_title(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of heading a federal subject: its head
    ("Тверскую область возглавил Иван Котов.", {("Иван Котов", "глава Тверской области", "глава", False)}),
    ("Иван Котов возглавлял Тверскую область десять лет.",
     {("Иван Котов", "глава Тверской области", "глава", True)}),
    # near cases: a city; a holder the region's title already gives
    ("Иван Котов возглавил Тверь.", set()),
    ("Губернатор Тверской области Иван Котов возглавил область в 2016 году.",
     {("Иван Котов", "губернатор Тверской области", "губернатор", False)}),
    ("Тверской областью руководил Иван Котов.", {("Иван Котов", "глава Тверской области", "глава", True)}),
    ("Иван Котов, возглавлявший Тверскую область, выступил.",
     {("Иван Котов", "глава Тверской области", "глава", True)}),
    # near cases: a place after a preposition, which another noun governs, is not what the verb heads
    ("Делегацию в Тверскую область возглавил Иван Котов.", set()),
    ("Поездку в Тверскую область возглавила Анна Котова.", set()),
])
def test_region_headed(models, text, expected):
    assert rows(text, models) == expected
