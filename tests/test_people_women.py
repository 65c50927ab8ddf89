"""A woman's full name read as a man's where both fit (invented names): another span of the document shows
hers, by an ending only a woman's surname has or by her verb, and the man's reading goes to hers."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Партия выдвинула кандидатом Мирославу Корнееву. Согласие Мирославы Корнеевой получено.",
     [("Мирослава Корнеева", 2)]),
    ("Партия выдвинула кандидатом Мирославу Корнееву. Об этом сообщила Мирослава Корнеева.",
     [("Мирослава Корнеева", 2)]),
    # a man's name in the genitive read as a woman's stays his
    ("Встреча с Веселином Дражевым прошла вчера. Интервью Веселина Дражева вышло сегодня.",
     [("Веселин Дражев", 2)]),
])
def test_womans_reading_shown_elsewhere(models, text, expected):
    result = analyze(text, models)
    assert [(p.name, sum(m.entity_id == p.person_id for m in result.mentions)) for p in result.persons] == expected
