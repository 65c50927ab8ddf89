"""A body named by its head and an abbreviation (``Омской ОКБ``): the adjective in the gender its written
form shows, and the one body named in full with the same head before the words of those initials."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    # ``Омской`` is feminine only: the hospital, not a neuter bureau
    ("Жители Заречья пожаловались на очереди в Омской ОКБ.", "Омской ОКБ", "Омская ОКБ"),
    ("Врачи Заречной ЦРБ приняли за неделю сто пациентов.", "Заречной ЦРБ", "Заречная ЦРБ"),
])
def test_adjective_keeps_its_written_gender(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    ("Анна Зорина лечилась в Заречной областной клинической больнице. Позже врачи Заречной ОКБ её выписали.",
     "Заречной ОКБ", "Заречная областная клиническая больница"),
    ("Врачи Омской ОКБ приняли Петра Зорина. Он лечился в Омской областной клинической больнице и раньше.",
     "Омской ОКБ", "Омская областная клиническая больница"),
])
def test_head_and_abbreviation_join_the_body_in_full(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # another head: another body
    ("Врачи Омской ОКБ приняли Петра Зорина. Раньше он лечился в Курской областной клинической больнице.",
     "Омской ОКБ", "Омская ОКБ"),
])
def test_other_head_stays_apart(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
