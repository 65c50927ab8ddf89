"""A bare skill praised at no body (``является опытным руководителем``) holds no post
(:func:`nerpipe.titles.generic.holds_no_post`)."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, absent", [
    ("По словам министра Петра Орлова, новый командующий Иван Зорин является опытным руководителем и умелым "
     "организатором.", {("Иван Зорин", "руководитель"), ("Иван Зорин", "умелый организатор"),
                        ("Иван Зорин", "организатор")}),
])
def test_praised_skill_is_no_post(models, text, absent):
    assert not absent & holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # a body after it: the post
    ("Иван Зорин является опытным руководителем отдела продаж.", ("Иван Зорин", "руководитель отдела продаж")),
    # no praise: a rank of the post
    ("Ведущий специалист Иван Зорин рассказал о проекте.", ("Иван Зорин", "ведущий специалист")),
])
def test_post_stays(models, text, expected):
    assert expected in holder_titles(text, models)
