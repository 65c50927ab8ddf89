"""After a head in the instrumental or dative (``стал главой митрополии и …``), a name whose first word cannot be a
genitive (``Преосвященным Кедровским``) is no dependent of the title but a second one coordinated with its
head: the first title ends before ``и``. A body in the genitive after ``и`` still goes on the title.
Every see and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Епископ Игнатий получил повышение и стал главой Северной митрополии и Преосвященным Псковским и Кедровским.",
     ("Игнатий", "глава Северной митрополии")),
    ("Пётр Орлов назначен директором департамента и Управления делами.",
     ("Пётр Орлов", "директор департамента и Управления делами")),
])
def test_a_second_title_after_and(models, text, expected):
    assert expected in holder_titles(text, models)
