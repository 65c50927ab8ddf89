"""A hyphenated word of common nouns opening a sentence (``Вратарь-новичок``) is no person's name; a surname with
the word that tells father from son (``Орлов-младший``) and names before it are left to the other rules."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Вратарь-герой так прокомментировал свой гол.", set()),
    ("Судья-стажёр Олег Мирохин отклонил иск.", {("Олег Мирохин", ("Олег Мирохин",))}),
    ("Мать-одиночка Алина Сомова обратилась в суд.", {("Алина Сомова", ("Алина Сомова",))}),
])
def test_common_compound_no_person(models, text, expected):
    assert person_mentions(text, models) == expected
