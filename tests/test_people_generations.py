"""A surname alone beside a full name whose surname bears the word that tells a father from his son (invented
names): that person's, unless the document names one of that surname without the word."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Послом назначен Дэвид Кортленд-младший. Кортленд вручил верительные грамоты.",
     {("Дэвид Кортленд-младший", ("Дэвид Кортленд-младший", "Кортленд"))}),
    ("Контракт подписал Маркус Хольмберг-старший. Через год Хольмберг продал компанию.",
     {("Маркус Хольмберг-старший", ("Маркус Хольмберг-старший", "Хольмберг"))}),
    # one named without the word: the surname alone is his
    ("Дэвид Кортленд-младший сменил отца Дэвида Кортленда. Кортленд вручил грамоты.",
     {("Дэвид Кортленд-младший", ("Дэвид Кортленд-младший",)),
      ("Дэвид Кортленд", ("Дэвида Кортленда", "Кортленд"))}),
])
def test_surname_of_generation_names(models, text, expected):
    assert person_mentions(text, models) == expected
