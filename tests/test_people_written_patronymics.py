"""A person named by initials, by first name and surname, and by first name and patronymic: the patronymic written
out is the middle name kept, not its initial (invented people)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Почётным гостем был профессор Генрих Кормилов. Со словами напутствия обратился Г.А. Кормилов. "
     "Генрих Авдеевич пошутил.", {"Генрих Авдеевич Кормилов"}),
    ("Слово взял Г. А. Кормилов. Генрих Авдеевич пошутил. Профессор Генрих Кормилов ушёл.",
     {"Генрих Авдеевич Кормилов"}),
    # another patronymic's initial is no spelling of it
    ("Слово взял Г. А. Кормилов, затем Генрих Кормилов. Генрих Павлович пошутил.", {"Генрих А. Кормилов"}),
])
def test_written_patronymic_kept(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
