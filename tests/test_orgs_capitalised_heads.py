"""A capitalised noun of a kind alone inside a sentence (``Службы``) is the one body of the document whose
canonical name it heads, however the text named that body (an abbreviation, a short name)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names

_SERVICE = "Федеральная служба по надзору в сфере природопользования"


@pytest.mark.parametrize("text, mention, name", [
    ("Инспекторы Службы нашли нарушения на заводе в Кашине. Позже Росприроднадзор оштрафовал завод.", "Службы",
     _SERVICE),
    ("Росприроднадзор оштрафовал завод в Кашине. Жалобу на завод инспекторы Службы получили ещё весной.", "Службы",
     _SERVICE),
    ("Минздрав открыл в Кашине новую больницу. Представители Министерства пообещали врачам жильё.", "Министерства",
     "Министерство здравоохранения Российской Федерации"),
])
def test_capitalised_head_is_the_one_body_it_heads(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # two bodies headed by the noun: neither, the mention keeps its own name
    ("Минздрав и Минфин открыли в Кашине новую больницу. Представители Министерства пообещали врачам жильё.",
     "Министерства", "Министерство"),
    ("Росприроднадзор и Роспотребнадзор проверили завод в Кашине. Инспекторы Службы нашли нарушения.",
     "Службы", "Служба"),
])
def test_capitalised_head_of_two_bodies_is_neither(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
