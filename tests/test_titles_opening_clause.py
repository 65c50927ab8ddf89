"""A title that is the subject of the main clause after a clause a conjunction opens (``Как сообщил Пётр Орлов,
губернатор подписал указ``) is not said of that clause's subject; a title set off between commas after it still
is. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Как сообщил Иван Котов, губернатор подписал указ.", set()),
    ("Как рассказала Анна Котова, министр обещал помочь.", set()),
    ("Как сообщил Иван Котов, мэр уехал в отпуск.", set()),
    ("Когда Иван Котов уехал, губернатор подписал указ.", set()),
    # near cases that stay
    ("Как сообщил Иван Котов, губернатор области, указ подписан.", {("Иван Котов", "губернатор области")}),
    ("Как сообщил Иван Котов, министр финансов Пётр Орлов подписал приказ.",
     {("Пётр Орлов", "министр финансов")}),
    ("Иван Котов, губернатор области, подписал указ.", {("Иван Котов", "губернатор области")}),
])
def test_title_of_main_clause_after_opening_clause(models, text, expected):
    assert holder_titles(text, models) == expected
