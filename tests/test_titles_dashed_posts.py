"""One post of two titles joined by a dash after a post word (``на пост вице-премьера — министра финансов назначен
X``): both titles are the appointee's. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("На позицию вице-премьера - министра культуры назначен Иван Сидоров.", ("Иван Сидоров", "вице-премьер")),
    ("На позицию вице-премьера - министра культуры назначен Иван Сидоров.", ("Иван Сидоров", "министр культуры")),
    ("На пост вице-премьера — министра финансов назначен Иван Сидоров.", ("Иван Сидоров", "министр финансов")),
])
def test_a_post_of_two_dashed_titles(models, text, expected):
    assert expected in holder_titles(text, models)
