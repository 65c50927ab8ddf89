"""A name that opens an item of a numbered list is in the nominative (invented names): not the genitive
of a man's name it may be read as."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


def _names(text, models) -> set[str]:
    return {name for name, _texts in person_mentions(text, models)}


@pytest.mark.parametrize("text, expected", [
    ("Итоги:\n3. Руслана Зимина – 200 очков\n4. Олег Букин – 190 очков", {"Руслана Зимина", "Олег Букин"}),
    ("Призеры:\n12. Мирослава Кравцова\n13. Игорь Лапин", {"Мирослава Кравцова", "Игорь Лапин"}),
    ("Список:\n2) Ярослава Котова (Россия)", {"Ярослава Котова"}),
    ("1.Иван Орлов\n2)Анна Котова", {"Иван Орлов", "Анна Котова"}),
    # near cases: a name inside the item's sentence keeps its case; a number that is no item's
    ("Итоги:\n3. Награду получил брат Руслана Зимина.", {"Руслан Зимин"}),
    ("В 2019 году дом Мирослава Кравцова сгорел.", {"Мирослав Кравцов"}),
])
def test_a_numbered_item_names_its_person_in_the_nominative(models, text, expected):
    assert _names(text, models) == expected
