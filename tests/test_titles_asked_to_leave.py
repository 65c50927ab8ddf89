"""The post an infinitive under a verb of asking or proposing names is its object's, not its subject's
(``предложил Ивану Сомову покинуть пост министра``). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Пётр Орлов предложил Ивану Сомову покинуть пост министра транспорта.",
     {("Пётр Орлов", "губернатор", "губернатор", False), ("Иван Сомов", "министр транспорта", "министр", False)}),
    # a pronoun object: the man named before, not the one who proposed
    ("Министр Иван Сомов заявил, что губернатор Пётр Орлов не предлагал ему покинуть пост главы ведомства.",
     {("Иван Сомов", "министр", "министр", False), ("Пётр Орлов", "губернатор", "губернатор", False),
      ("Иван Сомов", "глава ведомства", "глава", False)}),
    # near case that stays: a verb whose own subject does what the infinitive says
    ("Пётр Орлов согласился занять пост министра транспорта.",
     {("Пётр Орлов", "министр транспорта", "министр", False)}),
])
def test_asked_to_leave(models, text, expected):
    assert rows(text, models) == expected
