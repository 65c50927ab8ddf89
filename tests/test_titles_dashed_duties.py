"""Two titles of one post joined by a dash after ``на`` of a verb of laying duties, and in the genitive and the
accusative the parser reads one form of them as (``назначил заместителя главы — руководителя аппарата …``).
Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Обязанности главы района возложены на заместителя главы района — руководителя аппарата Петра Орлова.",
     {("Пётр Орлов", "глава района", "исполняющий обязанности главы", False),
      ("Пётр Орлов", "заместитель главы района", "заместитель главы", False),
      ("Пётр Орлов", "руководитель аппарата", "руководитель аппарата", False)}),
    ("Губернатор назначил заместителя главы района — руководителя аппарата Петра Орлова.",
     {("Пётр Орлов", "заместитель главы района", "заместитель главы", False),
      ("Пётр Орлов", "руководитель аппарата", "руководитель аппарата", False)}),
    # near case that stays: a title whose name is another's, after "на" with no dash
    ("Обязанности главы района возложены на заместителя главы района Петра Орлова.",
     {("Пётр Орлов", "глава района", "исполняющий обязанности главы", False),
      ("Пётр Орлов", "заместитель главы района", "заместитель главы", False)}),
])
def test_dashed_titles_of_one_post(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the words between "на" and the name are its own titles, however many
    ("Обязанности министра возложены на первого заместителя министра здравоохранения и социального развития "
     "Заречной области Петра Орлова.",
     {("Пётр Орлов", "министр", "исполняющий обязанности министра", False),
      ("Пётр Орлов", "первый заместитель министра здравоохранения и социального развития Заречной области",
       "первый заместитель министра", False)}),
    ("Обязанности министра финансов возложены на первого заместителя министра — Петра Орлова, а не на Анну Котову.",
     {("Пётр Орлов", "министр финансов", "исполняющий обязанности министра", False),
      ("Пётр Орлов", "первый заместитель министра", "первый заместитель министра", False)}),
    # near cases: a body between, whose name in the genitive is its owner's, not the one the duties are laid on
    ("Обязанности директора завода возложены на аппарат управления холдинга Петра Орлова.", set()),
    ("Обязанности директора завода возложены на бухгалтерию фирмы Петра Орлова.", set()),
])
def test_only_titles_before_the_name(models, text, expected):
    assert rows(text, models) == expected
