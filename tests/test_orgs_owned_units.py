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
    # the unit's own noun names another body than the one the text names with a quoted name: it keeps its name
    ("Холдинг «Вектор» построит завод. Об этом сообщила пресс-служба Концерна.", "пресс-служба Концерна",
     "Пресс-служба Концерна"),
    # the owner named by the same noun, but with no quoted name
    ("Концерн Вектор построит завод. Об этом сообщила пресс-служба концерна.", "пресс-служба концерна",
     "Пресс-служба концерна"),
    # the unit's owner has a quoted name of its own: that one, not the body named before
    ("Концерн «Вектор» построит завод. Об этом сообщила пресс-служба холдинга «Заря».",
     "пресс-служба холдинга «Заря»", "Пресс-служба холдинга «Заря»"),
])
def test_unit_without_quoted_owner(models, text, mention, expected):
    names = org_entity_names(text, models)
    assert mention in names
    assert names[mention] == expected
