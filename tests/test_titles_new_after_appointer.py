"""A title with ``новый`` and no name after a sentence whose subject appoints someone (``Пётр Орлов назначил
начальником управления Глеба Лаптева. Представляя нового главу управления, …``): the new holder is the one
appointed, not who appoints. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Пётр Орлов назначил начальником краевого управления Глеба Лаптева. Представляя нового главу "
     "управления по Заречному краю, министр Иван Зорин сказал, что новому руководителю предстоит многое.",
     {("Пётр Орлов", "губернатор"), ("Глеб Лаптев", "начальник краевого управления"), ("Иван Зорин", "министр")}),
    # near case: the one named before holds the post itself, the new title is his
    ("Пётр Орлов назначен министром спорта. Новый министр спорта заявил, что займётся стадионами.",
     {("Пётр Орлов", "министр спорта")}),
])
def test_new_title_after_appointer(models, text, expected):
    assert holder_titles(text, models) == expected
