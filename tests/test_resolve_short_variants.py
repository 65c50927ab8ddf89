"""A one-word dictionary name that starts a longer dictionary name of a body the document named
before is that body, not the one the dictionary reads the word alone as."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names

UN_COUNCIL = "Совет Безопасности ООН"
RU_COUNCIL = "Совет Безопасности Российской Федерации"


@pytest.mark.parametrize("text, expected", [
    # the council of the body named before, in any case
    ("Совет безопасности ООН собрался в пятницу. Совбез принял резолюцию.",
     {"Совет безопасности ООН": UN_COUNCIL, "ООН": "Организация Объединённых Наций", "Совбез": UN_COUNCIL}),
    ("Совет безопасности ООН собрался в пятницу. Решение Совбеза поддержали все.",
     {"Совет безопасности ООН": UN_COUNCIL, "ООН": "Организация Объединённых Наций", "Совбеза": UN_COUNCIL}),
    # alone, the dictionary's own reading
    ("Совбез собрался в пятницу.", {"Совбез": RU_COUNCIL}),
])
def test_a_short_dictionary_name_is_the_body_named_before(models, text, expected):
    assert org_entity_names(text, models) == expected
