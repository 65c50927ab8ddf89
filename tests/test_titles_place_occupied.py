"""A post taken by its place with no ``на`` (``его место займёт Пётр Орлов``, ``Пётр Орлов займёт её место``):
the one named takes the post the one ``его``/``её`` stands for left, also when that one was last named in the
genitive of a noun of leaving (``решение об увольнении Котова``); a title set right before the successor's name
is their own, not the post taken, and a post named before ``место`` in its sentence is the one left. Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Иван Котов покинул пост министра культуры. Его место займёт Пётр Орлов.",
     {("Иван Котов", "министр культуры", "министр", True),
      ("Пётр Орлов", "министр культуры", "министр", False)}),
    ("Иван Котов уволен с поста директора завода. Пётр Орлов займёт его место.",
     {("Иван Котов", "директор завода", "директор", True),
      ("Пётр Орлов", "директор завода", "директор", False)}),
    ("Анна Котова ушла с поста главы района, её место заняла Мария Орлова.",
     {("Анна Котова", "глава района", "глава", True),
      ("Мария Орлова", "глава района", "глава", False)}),
    ("Посол Норвегии в Италии Иван Котов будет отозван. Решение об увольнении Котова принято в пятницу. "
     "Предполагается, что его место займёт посол Норвегии в Чехии Пётр Орлов.",
     {("Иван Котов", "посол Норвегии в Италии", "посол", True),
      ("Пётр Орлов", "посол Норвегии в Италии", "посол", False),
      ("Пётр Орлов", "посол Норвегии в Чехии", "посол", False)}),
    # near cases that stay: a place that is no post; a place held once, not taken from the one named
    ("Пётр Орлов занял место в очереди.", set()),
    ("Пётр Орлов назначен директором завода. Ранее его место занимал Иван Котов.",
     {("Пётр Орлов", "директор завода", "директор", False)}),
])
def test_place_taken_holds_post_left(models, text, expected):
    assert rows(text, models) == expected
