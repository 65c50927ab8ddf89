"""A body named by its head and an abbreviation (``Рязанской ОКБ``): the adjective in the gender its written
form shows, and the one body named in full with the same head before the words of those initials."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    # ``Омской`` is feminine only: the hospital, not a neuter bureau
    ("Пётр Зорин назначен главврачом Омской ОКБ.", "Омской ОКБ", "Омская ОКБ"),
    ("Иван Зорин стал главврачом Заречной ЦРБ.", "Заречной ЦРБ", "Заречная ЦРБ"),
])
def test_adjective_keeps_its_written_gender(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    ("Пётр Зорин назначен главврачом Рязанской ОКБ. Он работал в Рязанской областной клинической больнице.",
     "Рязанской ОКБ", "Рязанская областная клиническая больница"),
    ("Зорина приняли в Омскую областную клиническую больницу. Главврач Омской ОКБ Иван Петров доволен.",
     "Омской ОКБ", "Омская областная клиническая больница"),
])
def test_head_and_abbreviation_join_the_body_in_full(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # another head: another body
    ("Пётр Зорин назначен главврачом Омской ОКБ. Он работал в Рязанской областной клинической больнице.",
     "Омской ОКБ", "Омская ОКБ"),
])
def test_other_head_stays_apart(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
