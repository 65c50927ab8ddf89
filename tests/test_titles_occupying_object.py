"""A participle of occupying a post after a name in an oblique case (``назначил начальником управления Петра
Орлова, ранее занимавшего пост главы УМВД по Тверской области``): the name before the comma held that post. Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор своим указом назначил начальником краевого управления Петра Орлова, ранее занимавшего пост главы "
     "УМВД России по Тверской области.",
     {("Пётр Орлов", "начальник краевого управления", False),
      ("Пётр Орлов", "глава УМВД России по Тверской области", True)}),
    ("Совет поблагодарил Анну Зорину, ранее занимавшую должность директора школы.",
     {("Анна Зорина", "директор школы", True)}),
])
def test_occupying_participle_after_object(models, text, expected):
    assert expected <= holder_former_rows(text, models)
