"""A word after a title's noun in the dative, instrumental or locative that no surname reading puts in that case: the
town the title heads in the genitive, no person (``мэру Заречья``), while a surname in the title's case stays one."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Штраф присудили Игнату Сухорецкому, мэру Покрова.", {("Игнат Сухорецкий", ("Игнату Сухорецкому",))}),
    ("Вопрос задали мэру Котельников.", set()),
    ("Награду вручили губернатору Орлову.", {("Орлов", ("Орлову",))}),
    ("Грамоту вручили главе Ершову.", {("Ершов", ("Ершову",))}),
])
def test_town_after_title_in_another_case(models, text, expected):
    assert person_mentions(text, models) == expected
