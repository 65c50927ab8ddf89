"""A verb of leaving that says a death (``ушёл из жизни``) leaves no post: the titles after it were held to the
end. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Ушёл из жизни художественный руководитель Тверского драматического театра Пётр Орлов.",
     {("Пётр Орлов", "художественный руководитель Тверского драматического театра", "художественный руководитель",
       False)}),
    ("Вчера ушла из жизни главный дирижёр городского оркестра Анна Котова.",
     {("Анна Котова", "главный дирижёр городского оркестра", "главный дирижер", False)}),
    # near cases that stay former: a post left
    ("Ушёл с поста художественный руководитель Тверского драматического театра Пётр Орлов.",
     {("Пётр Орлов", "художественный руководитель Тверского драматического театра", "художественный руководитель",
       True)}),
    ("Ушла в отставку главный дирижёр городского оркестра Анна Котова.",
     {("Анна Котова", "главный дирижёр городского оркестра", "главный дирижер", True)}),
])
def test_death_is_no_post_left(models, text, expected):
    assert rows(text, models) == expected
