"""A decree's formula ``<title in the instrumental> быть <the dative>`` (``Председателем комиссии быть заместителю
губернатора Петру Орлову``): the name in the dative after ``быть`` holds the title. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Председателем комиссии быть заместителю губернатора Петру Орлову.", ("Пётр Орлов", "председатель комиссии")),
    ("Ректором университета быть профессору Анне Котовой.", ("Анна Котова", "ректор университета")),
])
def test_the_dative_after_byt_holds_the_title(models, text, expected):
    assert expected in holder_titles(text, models)
