"""A full name whose first name in ``-а`` the document writes in an oblique case once, before a surname that
does not decline (``сменила … Ёсирасу Намики``), and in the nominative elsewhere, is one person
named in the nominative (invented names)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Министр сменила на посту г-на Ёсирасу Намики. Ёсираса Намики уехал в Осаку.",
     {("Ёсираса Намики", ("Ёсирасу Намики", "Ёсираса Намики"))}),
    ("Пресс-секретарь Тадамаса Окуни заявил о планах. Журналисты спросили Тадамасу Окуни о визите.",
     {("Тадамаса Окуни", ("Тадамаса Окуни", "Тадамасу Окуни"))}),
    # another surname: two people
    ("Пресс-секретарь Тадамаса Окуни заявил о планах. Журналисты спросили Тадамасу Ямаги о визите.",
     {("Тадамаса Окуни", ("Тадамаса Окуни",)), ("Тадамасу Ямаги", ("Тадамасу Ямаги",))}),
])
def test_first_name_in_a_declined(models, text, expected):
    assert person_mentions(text, models) == expected
