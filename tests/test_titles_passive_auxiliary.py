"""The auxiliary of a passive (``был освобождён … и назначен …``) is no verb of being that gives a title left out
of its clause: a post it is said to be appointed to is held now; ``был …, затем …`` still gives posts held
before."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Согласно распоряжению премьер-министра, Пётр Орлов был освобожден от должности министра иностранных дел и "
     "назначен министром юстиции, а также заместителем премьер-министра.",
     {("Пётр Орлов", "министр иностранных дел", True), ("Пётр Орлов", "министр юстиции", False),
      ("Пётр Орлов", "заместитель премьер-министра", False)}),
    ("Пётр Орлов был инженером, затем начальником цеха.",
     {("Пётр Орлов", "инженер", True), ("Пётр Орлов", "начальник цеха", True)}),
])
def test_a_passive_auxiliary_is_no_verb_of_being(models, text, expected):
    assert expected <= holder_former_rows(text, models)
