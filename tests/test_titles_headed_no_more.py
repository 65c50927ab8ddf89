"""A verb of heading in the infinitive that says the post is left (``перестал руководить министерством``,
``не будет больше руководить``): the subject headed the body before, a former post. Every sentence and name is
invented."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов перестал руководить министерством финансов.", {("Пётр Орлов", "министр финансов", True)}),
    ("Пётр Орлов не будет больше руководить министерством финансов.",
     {("Пётр Орлов", "министр финансов", True)}),
    ("Пётр Орлов больше не будет руководить министерством финансов.",
     {("Пётр Орлов", "министр финансов", True)}),
    # near cases that stay
    ("Пётр Орлов будет руководить министерством финансов.", {("Пётр Орлов", "министр финансов", False)}),
    ("Пётр Орлов не будет руководить министерством финансов.", set()),
    # a negated verb of ceasing: the post is not left
    ("Пётр Орлов не перестал руководить министерством финансов, заявил губернатор.", set()),
    ("Анна Зорина не прекратила руководить департаментом культуры.", set()),
])
def test_heading_no_more_is_former(models, text, expected):
    assert holder_former_rows(text, models) == expected
