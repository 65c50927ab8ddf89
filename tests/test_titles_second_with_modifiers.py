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
    # a plural noun of an occupation in the genitive of a dependent is part of the body's name, not a second title
    ("Председатель совета ветеранов и молодых педагогов Анна Лебедева открыла встречу.",
     ("Анна Лебедева", "председатель совета ветеранов и молодых педагогов", False)),
    ("Анну Лебедеву избрали председателем комитета ветеранов и молодых учителей.",
     ("Анна Лебедева", "председатель комитета ветеранов и молодых учителей", False)),
    ("Анна Лебедева, занимавшая должность председателя совета ветеранов и молодых педагогов, открыла встречу.",
     ("Анна Лебедева", "председатель совета ветеранов и молодых педагогов", True)),
    # a title in a case other than the head's is whom the body is of
    ("Директор музея первого мэра и первого губернатора области Анна Лебедева провела экскурсию.",
     ("Анна Лебедева", "директор музея первого мэра и первого губернатора области", False)),
])
def test_adjectives_of_a_dependent(models, text, expected):
    assert expected in holder_former_rows(text, models)
