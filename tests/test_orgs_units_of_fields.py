"""Units of an organization named by the field they cover: a unit noun, a genitive of the field with its adjectives,
and the organization (``отделения химических наук Академии``), found however long the list they stand in."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    ("Решение поддержали отделение лесных наук ЗАН и отделение водных наук ЗАН.",
     "отделение водных наук ЗАН", "Отделение водных наук ЗАН"),
    ("Решение поддержали бюро отделения лесных наук ЗАН, отделения водных наук ЗАН и отделения горных наук ЗАН.",
     "отделения горных наук ЗАН", "Отделение горных наук ЗАН"),
    # a genitive without adjectives, as before
    ("Сотрудники службы прессы АО «Кедр» молчат.", "службы прессы АО «Кедр»", "Служба прессы АО «Кедр»"),
])
def test_unit_named_by_its_field(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name
