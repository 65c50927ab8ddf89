"""A title in the instrumental, a phrase of a preposition, then the predicate and its subject (``Главным тренером
клуба до конца сезона будет директор клуба Пётр Орлов``): the phrase does not part the title from its predicate.
Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Главным тренером ХК \"Заря\" до конца сезона будет директор клуба Пётр Орлов, сообщает сайт клуба.",
     {("Пётр Орлов", "главный тренер ХК \"Заря\""), ("Пётр Орлов", "директор клуба")}),
    ("Главой района на время отпуска назначена Анна Зорина.", {("Анна Зорина", "глава района")}),
])
def test_phrase_between_title_and_predicate(models, text, expected):
    assert holder_titles(text, models) == expected
