"""A verb of heading in the second clause of a sentence, its subject a titled name after ``а`` (``Пётр Орлов будет
министром по делам молодёжи, а профессор экономики Глеб Лаптев возглавит Министерство финансов``): the parser may
give the verb the first clause's subject; the post is the second name's. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Кроме того экономист Пётр Орлов будет министром по европейским делам, а профессор экономики Глеб Лаптев "
     "возглавит Министерство экономики и финансов.",
     ("Глеб Лаптев", "министр экономики и финансов")),
    ("Профессор экономики Глеб Лаптев возглавит Министерство экономики и финансов.",
     ("Глеб Лаптев", "министр экономики и финансов")),
])
def test_heading_of_second_clause(models, text, expected):
    found = holder_titles(text, models)
    assert expected in found and not {row for row in found if row[1] == expected[1] and row != expected}
