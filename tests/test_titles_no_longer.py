"""A title held no longer: ``больше не``/``уже не`` before it or its verb of being (``больше не директор``,
``больше не является директором``), ``перестал быть директором``: a row of its holder, former; a plain negation
(``не является``, ``никогда не был``) gives none. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов больше не президент компании «Вектор».",
     {("Пётр Орлов", "президент компании «Вектор»", "президент", True)}),
    ("Анна Котова — уже не директор школы.", {("Анна Котова", "директор школы", "директор", True)}),
    ("Пётр Орлов перестал быть президентом компании «Вектор».",
     {("Пётр Орлов", "президент компании «Вектор»", "президент", True)}),
    ("Глеб Лаптев больше не является президентом компании.",
     {("Глеб Лаптев", "президент компании", "президент", True)}),
    ("Анна Котова уже не работает директором школы.", {("Анна Котова", "директор школы", "директор", True)}),
    # still held until then
    ("Пётр Орлов перестанет быть президентом компании.",
     {("Пётр Орлов", "президент компании", "президент", False)}),
    # never held
    ("Глеб Лаптев никогда не был президентом компании.", set()),
    ("Глеб Лаптев не является президентом компании.", set()),
])
def test_no_longer_held(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a post only possible to take: no row
    ("Пётр Орлов может занять пост министра финансов.", set()),
    ("Анна Котова хочет получить пост директора школы.", set()),
    # a post one may leave is held still
    ("Пётр Орлов может покинуть пост министра финансов.", {("Пётр Орлов", "министр финансов", "министр", False)}),
    # a post taken, or to be taken, stays
    ("Пётр Орлов займёт пост министра финансов.", {("Пётр Орлов", "министр финансов", "министр", False)}),
])
def test_post_only_possible(models, text, expected):
    assert rows(text, models) == expected
