"""``Россия`` quoted as a body's own name (``банк «Россия»``) is no way of naming Russia
(:func:`nerpipe.orgs.words.org_key`): not the dictionary's ``Банк России``."""

from __future__ import annotations

import pytest

from nerpipe.orgs.words import org_key

from .conftest import org_entity_names


@pytest.mark.parametrize("name, other, same", [
    ("банк «Россия»", "Банк России", False),
    ("Банк «Россия»", "банк России", False),
    ("«Банк России»", "Банк России", True),
    ("Банк РФ", "Банк России", True),
    ("«Единая Россия»", "Единая Россия", True),
])
def test_a_quoted_russia_is_a_name(name, other, same):
    assert (org_key(name) == org_key(other)) is same


@pytest.mark.parametrize("text, mention, expected", [
    ("Санкции наложили на банки: банк «Россия», Заречбанк и Сомбанк.", "банк «Россия»", "Россия"),
    ("Бумаги купил банк «Заря», а банк «Россия» продал их. Банк России отозвал лицензию.", "Банк России",
     "Центральный банк Российской Федерации"),
])
def test_a_bank_named_russia(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
