"""A first name in ``-ддин`` in a case form (``Насриддина``) before a surname (invented names): one name,
not two surnames side by side."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Суд рассмотрел дело Насриддина Рахимова. Насриддин сидел в зале.",
     {("Насриддин Рахимов", ("Насриддина Рахимова", "Насриддин"))}),
    ("Слушание по делам Егора Жукова и Камолиддина Сафарова отложено.",
     {("Егор Жуков", ("Егора Жукова",)), ("Камолиддин Сафаров", ("Камолиддина Сафарова",))}),
    # near cases: a surname made of such a name, and two Russian surnames side by side
    ("Тренер Алишер Нуриддинов доволен игрой.", {("Алишер Нуриддинов", ("Алишер Нуриддинов",))}),
])
def test_a_din_name_in_a_case_form_opens_the_name(models, text, expected):
    assert person_mentions(text, models) == expected
