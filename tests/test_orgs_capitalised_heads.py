"""A capitalised noun of a kind alone inside a sentence (``Службы``) is the one body of the document whose
canonical name it heads, however the text named that body (an abbreviation, a short name)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names

_SERVICE = "Федеральная служба по надзору в сфере природопользования"


@pytest.mark.parametrize("text, mention, name", [
    ("Специалисты Службы рассчитали ущерб. Росприроднадзор обратился в суд.", "Службы", _SERVICE),
    ("Росприроднадзор провёл проверку в Заречье. Специалисты Службы рассчитали ущерб.", "Службы", _SERVICE),
    ("Минздрав провёл проверку. Специалисты Министерства рассчитали ущерб.", "Министерства",
     "Министерство здравоохранения Российской Федерации"),
])
def test_capitalised_head_is_the_one_body_it_heads(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention", [
    # two bodies headed by the noun: neither
    ("Минздрав и Минфин провели проверку. Специалисты Министерства рассчитали ущерб.", "Министерства"),
])
def test_capitalised_head_of_two_bodies_is_neither(models, text, mention):
    names = org_entity_names(text, models)
    assert names.get(mention) not in ("Министерство здравоохранения Российской Федерации",
                                      "Министерство финансов Российской Федерации")
