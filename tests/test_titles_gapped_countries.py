"""A title of a country said once for a list of countries and holders (``посол Чехии Пётр Орлов, Польши — Глеб
Ракитин``): each listed name holds the title of its country, the country's name indeclinable too (``Перу``). Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows

_CZECH = ("Пётр Орлов", "посол Чехии", "CZ")


@pytest.mark.parametrize("text, expected", [
    ("В церемонии участвовали посол Чехии Пётр Орлов, Польши — Глеб Ракитин.",
     {_CZECH, ("Глеб Ракитин", "посол Польши", "PL")}),
    ("В церемонии участвовали посол Чехии Пётр Орлов, Польши — Глеб Ракитин, Перу - Антонио Вальдес и Венгрии — "
     "Иштван Балог.",
     {_CZECH, ("Глеб Ракитин", "посол Польши", "PL"), ("Антонио Вальдес", "посол Перу", "PE"),
      ("Иштван Балог", "посол Венгрии", "HU")}),
    # near case: no dash after the country, no other row
    ("В церемонии участвовали посол Чехии Пётр Орлов, Польша и Глеб Ракитин.", {_CZECH}),
])
def test_countries_listed_after_holder(models, text, expected):
    assert holder_country_rows(text, models) == expected
