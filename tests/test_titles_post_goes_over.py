"""A post, its seat or its powers going over to someone (``Кресло мэра досталось Петру Орлову``, ``Полномочия
главы района переданы Петру Орлову``, ``Пост министра перешёл к Петру Орлову``): the one in the dative holds
it. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Кресло мэра досталось Петру Орлову.", {("Пётр Орлов", "мэр", False)}),
    ("Полномочия главы района достались Петру Орлову.", {("Пётр Орлов", "глава района", False)}),
    ("Полномочия главы района переданы Петру Орлову.", {("Пётр Орлов", "глава района", False)}),
    ("Пост министра перешёл к Петру Орлову.", {("Пётр Орлов", "министр", False)}),
    ("Губернатор отправил в отставку главу района Ивана Котова. Полномочия главы района достались Петру Орлову.",
     {("Иван Котов", "глава района", True), ("Пётр Орлов", "глава района", False)}),
    # near cases that stay
    ("Кресло мэра Петру Орлову не досталось.", set()),
    ("Анна Котова передала пост директора Петру Орлову.",
     {("Пётр Орлов", "директор", False), ("Анна Котова", "директор", True)}),
])
def test_post_going_over_to_the_one_in_the_dative(models, text, expected):
    assert holder_former_rows(text, models) == expected
