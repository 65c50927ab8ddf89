"""A rank conferred in a relative clause (``начальник управления Глеб Лаптев, которому присвоено звание
генерал-лейтенант милиции, а также начальник отдела Пётр Орлов``): the rank is the name's the clause qualifies,
never shared forward to the next titled name. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Среди получивших очередные звания - начальник управления Глеб Лаптев, которому присвоено звание "
     "генерал-лейтенант милиции, а также начальник отдела информации Пётр Орлов.",
     {("Глеб Лаптев", "начальник управления"), ("Глеб Лаптев", "генерал-лейтенант милиции"),
      ("Пётр Орлов", "начальник отдела информации")}),
    ("Награды вручены ветеранам, а также полковнику Ивану Котову, которому присвоено звание генерал-майора.",
     {("Иван Котов", "генерал-майор")}),
])
def test_rank_of_relative_clause(models, text, expected):
    found = holder_titles(text, models)
    assert expected <= found and not {row for row in found - expected if "генерал" in row[1]}
