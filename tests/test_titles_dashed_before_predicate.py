"""Two titles joined by a dash before the predicate and the name they are given to (``Первым заместителем
председателя правительства – министром финансов назначен Пётр Орлов``): both are the name's posts. Every sentence
and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Первым заместителем председателя правительства – министром финансов назначен Пётр Орлов.",
     {("Пётр Орлов", "первый заместитель председателя правительства"), ("Пётр Орлов", "министр финансов")}),
    ("Заместителем председателя правительства – руководителем аппарата назначен Пётр Орлов.",
     {("Пётр Орлов", "заместитель председателя правительства"), ("Пётр Орлов", "руководитель аппарата")}),
    # near case: the title after the dash opens a clause of its own
    ("Пётр Орлов стал министром финансов — директором назначен Глеб Лаптев.",
     {("Пётр Орлов", "министр финансов"), ("Глеб Лаптев", "директор")}),
])
def test_dashed_titles_before_predicate(models, text, expected):
    assert holder_titles(text, models) == expected
