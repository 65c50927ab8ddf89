"""Two titles in the genitive a dash joins after a word of posts (``На посту заместителя председателя
правительства — министра финансов остается Пётр Орлов``) are one post: the holder of the first holds the
second. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("На посту заместителя председателя правительства — министра финансов остается Пётр Орлов.",
     {("Пётр Орлов", "заместитель председателя правительства"), ("Пётр Орлов", "министр финансов")}),
    ("В кресле заместителя председателя правительства края — министра финансов края по-прежнему остается "
     "Пётр Орлов.",
     {("Пётр Орлов", "заместитель председателя правительства края"), ("Пётр Орлов", "министр финансов края")}),
    ("Должность заместителя председателя правительства — министра финансов занял Пётр Орлов.",
     {("Пётр Орлов", "заместитель председателя правительства"), ("Пётр Орлов", "министр финансов")}),
    # near case that stays: a title of a clause of its own after the dash
    ("Пётр Орлов стал министром — директором назначен Глеб Лаптев.",
     {("Пётр Орлов", "министр"), ("Глеб Лаптев", "директор")}),
])
def test_dashed_titles_after_word_of_posts(models, text, expected):
    assert holder_titles(text, models) == expected
