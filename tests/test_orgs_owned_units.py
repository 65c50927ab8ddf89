"""A unit named by its noun and its owner's common noun, where the text names the owner by that noun and a quoted
name, is named with the owner's quoted name (nerpipe.resolve.owned_units)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Концерн «Вектор» построит завод. Об этом сообщила пресс-служба концерна.", "пресс-служба концерна",
     "Пресс-служба концерна «Вектор»"),
    ("Газета «Заречный вестник» опубликовала расследование. Редакция газеты получила иск от мэрии.",
     "Редакция газеты", "Редакция газеты «Заречный вестник»"),
])
def test_unit_named_with_owner(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the owner named by another noun: the unit keeps its own name
    ("Холдинг «Вектор» построит завод. Об этом сообщила пресс-служба концерна.", "пресс-служба концерна",
     "Пресс-служба концерна"),
])
def test_unit_without_quoted_owner(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention, expected) == expected
