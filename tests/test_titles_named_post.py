"""A post named again by a demonstrative (``На эту должность назначен Пётр Орлов``, ``На этом посту его сменил
Пётр Орлов``): the one the verb of taking or replacing names takes the last post named before, and its holder
held it before; ``Ранее эту должность занимал Иван Котов``: the one named held it before. Every sentence and
name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Иван Котов покинул пост министра культуры. На этом посту его сменил Пётр Орлов.",
     {("Иван Котов", "министр культуры", "министр", True),
      ("Пётр Орлов", "министр культуры", "министр", False)}),
    ("Иван Котов покинул пост министра культуры. На эту должность назначен Пётр Орлов.",
     {("Иван Котов", "министр культуры", "министр", True),
      ("Пётр Орлов", "министр культуры", "министр", False)}),
    ("Иван Котов покинул пост министра финансов. Губернатор назначил на эту должность Петра Орлова.",
     {("Иван Котов", "министр финансов", "министр", True),
      ("Пётр Орлов", "министр финансов", "министр", False)}),
    # an imperfective in the past: the one named held the post before, its holder now keeps it
    ("Пётр Орлов назначен министром культуры. Ранее эту должность занимал Иван Котов.",
     {("Пётр Орлов", "министр культуры", "министр", False),
      ("Иван Котов", "министр культуры", "министр", True)}),
    # near cases that stay: a post only sought, none appointed
    ("Министр финансов пока не назначен. На эту должность претендует Пётр Орлов.", set()),
    ("Иван Котов покинул пост министра. На эту должность не назначен никто, сообщил Пётр Орлов.",
     {("Иван Котов", "министр", "министр", True)}),
])
def test_demonstrative_post_goes_to_the_one_named(models, text, expected):
    assert rows(text, models) == expected
