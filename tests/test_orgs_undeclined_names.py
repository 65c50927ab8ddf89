"""One-word names of organizations kept as written where pymorphy reads them as another name's case form."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    # a quoted name in ``-а`` the tagger reads as a feminine: the name as written, not a masculine's genitive
    ("«Зорса» получила право летать в Кашин.", "Зорса", "Зорса"),
    ("Весной «Гремса» открыла рейсы в Кашин.", "Гремса", "Гремса"),
    # a genitive the tagger reads as a masculine's: the name pymorphy guesses
    ("Сотрудники «Зорса» получили премии.", "Зорса", "Зорс"),
])
def test_feminine_quoted_name_stays_as_written(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
