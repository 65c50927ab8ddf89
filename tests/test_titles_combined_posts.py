"""Posts a person combined in the past (``совмещал пост министра с должностью вице-премьера``) are held no more, as
those one ``занимал``; in the present (``совмещает``) they are held. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("В 2005-2010 годах Глеб Лаптев совмещал пост министра финансов с должностью вице-премьера.",
     {("Глеб Лаптев", "министр финансов", True), ("Глеб Лаптев", "вице-премьер", True)}),
    ("С 2002 по 2011 год Пётр Орлов совмещал работу в театре с должностью худрука Заречного театра драмы.",
     {("Пётр Орлов", "худрук Заречного театра драмы", True)}),
    # near case: the present, both posts held now
    ("Глеб Лаптев совмещает должность министра с постом вице-премьера.",
     {("Глеб Лаптев", "министр", False), ("Глеб Лаптев", "вице-премьер", False)}),
])
def test_posts_combined(models, text, expected):
    assert holder_former_rows(text, models) == expected
