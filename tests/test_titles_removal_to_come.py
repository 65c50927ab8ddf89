"""A removal still to come (``будет снят с поста министра``): the post is held till then, a current one; an
appointment still to come gives none, a removal done a former one. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Иван Сомов будет снят с поста министра транспорта.",
     {("Иван Сомов", "министр транспорта", "министр", False)}),
    ("Иван Сомов будет освобождён от должности министра транспорта.",
     {("Иван Сомов", "министр транспорта", "министр", False)}),
    ("По данным источника, с поста министра транспорта будет снят Иван Сомов.",
     {("Иван Сомов", "министр транспорта", "министр", False)}),
    # near cases that stay: a removal done, an appointment to come
    ("Иван Сомов снят с поста министра транспорта.", {("Иван Сомов", "министр транспорта", "министр", True)}),
    ("Иван Сомов будет назначен министром транспорта.", set()),
])
def test_removal_to_come(models, text, expected):
    assert rows(text, models) == expected
