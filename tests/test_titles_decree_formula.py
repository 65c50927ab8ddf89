"""A decree's formula ``<title in the instrumental> быть <the dative>`` (``Председателем комиссии быть заместителю
губернатора Петру Орлову``): the name in the dative after ``быть`` holds the title. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Председателем комиссии быть заместителю губернатора Петру Орлову.", ("Пётр Орлов", "председатель комиссии")),
    ("Ректором университета быть профессору Анне Котовой.", ("Анна Котова", "ректор университета")),
])
def test_the_dative_after_byt_holds_the_title(models, text, expected):
    assert expected in rows(text, models)
