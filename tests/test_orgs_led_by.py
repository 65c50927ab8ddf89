"""``под руководством`` says who leads something: no body named ``Руководство …`` before the person's title."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mentions", [
    # a person's title after the phrase: no leadership of a body, the body in the title is found alone
    ("Комиссия направила в край оперативную группу под руководством члена ЦИК Ивана Петрова.", {"ЦИК"}),
    ("Экспедиция прошла под руководством профессора Заречного университета Ивана Петрова.",
     {"Заречного университета"}),
    # the leadership of a body named with no ``под`` before it stays as before
    ("Руководство компании «Вектор» отказалось от сделки.", {"компании «Вектор»"}),
])
def test_led_by_names_no_body(models, text, mentions):
    assert set(org_entity_names(text, models)) == mentions
