"""After a head in the instrumental or dative (``стал главой митрополии и …``), a name whose first word cannot be a
genitive (``Преосвященным Архангельским``) is no dependent of the title but a second one coordinated with its
head: the first title ends before ``и``. A body in the genitive after ``и`` still goes on the title."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Так, 50-летний епископ Лаврентий, восемь лет возглавлявший Озёрскую епархию, пошел на повышение и стал главой "
     "Архангельской митрополии и Преосвященным Архангельским и Холмогорским.",
     ("Лаврентий", "глава Архангельской митрополии")),
    ("Пётр Орлов назначен директором департамента и Управления делами.",
     ("Пётр Орлов", "директор департамента и Управления делами")),
])
def test_a_second_title_after_and(models, text, expected):
    assert expected in rows(text, models)
