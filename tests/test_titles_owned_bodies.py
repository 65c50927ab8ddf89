"""A body named after a title past a noun of another kind of body (``директор центра оценки качества министерства
образования``) owns the body the title is of: it is not the title's organization. A unit of the body (``начальник
отдела министерства``) and a quoted name of the body itself (``директор фонда «Вектор»``) keep it. Every
sentence, name and body is invented."""

from __future__ import annotations

import pytest

from .conftest import orgs_of


@pytest.mark.parametrize("text, expected", [
    ("Директор центра оценки качества министерства образования Пётр Орлов выступил.", ("Пётр Орлов", None)),
    ("Директор института прикладной химии министерства промышленности Анна Котова выступила.",
     ("Анна Котова", None)),
    # a unit of the ministry: the ministry's
    ("Начальник отдела министерства образования Пётр Орлов выступил.", ("Пётр Орлов", "Министерство образования")),
    # the quoted name of the fund itself
    ("Директор фонда «Вектор» Глеб Лаптев выступил.", ("Глеб Лаптев", "Вектор")),
])
def test_owner_of_the_titles_body(models, text, expected):
    assert expected in orgs_of(text, models)
