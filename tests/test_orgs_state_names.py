"""A state school named without ``государственный`` is the one the text names with it
(:mod:`nerpipe.resolve.state_names`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Студенты Тверского университета победили в олимпиаде. Тверской государственный университет наградил их.",
     "Тверского университета", "Тверской государственный университет"),
    ("Делегация посетила Заречный институт. Заречный государственный институт подписал соглашение.",
     "Заречный институт", "Заречный государственный институт"),
    # one of two bodies the text names with ``государственный``: the one whose name it is without it
    ("Студенты Тверского университета победили. Тверской государственный университет и Тверской государственный "
     "медицинский университет наградили их.", "Тверского университета", "Тверской государственный университет"),
])
def test_a_school_named_without_state(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # more than ``государственный`` left out: another school
    ("Студенты Тверского университета победили. Тверской государственный технический университет наградил их.",
     "Тверского университета", "Тверской университет"),
    # no school
    ("Сотрудники Тверского театра выступили. Тверской государственный театр наградил их.", "Тверского театра",
     "Тверской театр"),
])
def test_a_school_named_without_state_near_cases(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention, mention) == expected
