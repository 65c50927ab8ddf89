"""The one post a holder was stated to hold before resigning in a later sentence (``Директор Пётр Орлов … Вечером
Орлов ушёл в отставку``) is held no more; not when he held two posts then, nor a post taken after, nor when the
resignation is denied. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Генеральный директор АО «Заречье» Глеб Лаптев провёл собрание акционеров. Вечером Лаптев ушел в отставку.",
     {("Глеб Лаптев", "генеральный директор АО «Заречье»", True)}),
    ("Пресса узнала детали увольнения мэра Заречья Петра Орлова. Орлов сложил полномочия, так как получил новую "
     "должность.",
     {("Пётр Орлов", "мэр Заречья", True)}),
    # near cases: a denied resignation, two posts held at once, a post taken after it
    ("Генеральный директор АО «Заречье» Глеб Лаптев провёл собрание акционеров. Лаптев не ушел в отставку.",
     {("Глеб Лаптев", "генеральный директор АО «Заречье»", False)}),
    ("Министр финансов Заречной области Глеб Лаптев выступил на форуме. Вечером Лаптев ушел в отставку. Новым "
     "министром финансов стал Пётр Орлов. В мае Лаптев был назначен ректором Заречного университета.",
     {("Глеб Лаптев", "министр финансов Заречной области", True), ("Пётр Орлов", "новый министр финансов", False),
      ("Глеб Лаптев", "ректор Заречного университета", False)}),
])
def test_post_left_later(models, text, expected):
    assert holder_former_rows(text, models) == expected


def test_two_posts_before_a_resignation_stay_held(models):
    text = ("Вице-губернатор Заречной области и председатель совета директоров АО «Заречье» Глеб Лаптев выступил на "
            "форуме. Вечером Лаптев ушел в отставку.")
    assert all(not former for _, _, former in holder_former_rows(text, models))
