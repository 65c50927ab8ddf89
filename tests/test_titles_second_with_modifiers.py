"""A second title after ``и`` that opens with its modifiers (``и первого замначальника …``) is a title of its own,
not a dependent of the first: two rows, each cut at its own words."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Им стал Игорь Валов, ранее занимавший должности замначальника ГУ МЧС по Тверской области и первого "
     "замначальника аналогичного ведомства в Псковской области.",
     {("Игорь Валов", "замначальника ГУ МЧС по Тверской области", True),
      ("Игорь Валов", "первый замначальника аналогичного ведомства в Псковской области", True)}),
    ("Игорь Валов, ранее занимавший должности советника директора завода и старшего советника мэра Лесногорска, "
     "возглавил фонд.",
     {("Игорь Валов", "советник директора завода", True), ("Игорь Валов", "старший советник мэра Лесногорска", True)}),
])
def test_second_title_with_modifiers(models, text, expected):
    assert expected <= holder_former_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # adjectives that lead to no title are the first title's dependents still
    ("Игорь Валов, директор департамента внутренней и кадровой политики, выступил на форуме.",
     ("Игорь Валов", "директор департамента внутренней и кадровой политики", False)),
])
def test_adjectives_of_a_dependent(models, text, expected):
    assert expected in holder_former_rows(text, models)
