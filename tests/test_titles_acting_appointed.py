"""An acting title an appointing verb gives in a relative clause whose pronoun the parser takes for the verb's
object (``указ, которым назначил исполняющим обязанности министра Петра Котова``): the one appointed is the name
after the title; one ``выбрали`` to a title (``выбрали Орлова президентом``). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор подписал указ, которым назначил исполняющим обязанности министра финансов Котова Петра Ивановича.",
     {("Пётр Иванович Котов", "исполняющий обязанности министра финансов", "исполняющий обязанности министра",
       False)}),
    # near case: the one appointed is no name
    ("Губернатор подписал указ, которым назначил исполняющим обязанности министра финансов своего сына.", set()),
])
def test_acting_appointee_in_relative_clause(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # "выбрать" names someone to a title as "избрать" does
    ("Акционеры банка снова выбрали Орлова президентом.", {("Орлов", "президент", "президент", False)}),
    ("Президентом клуба выбран Пётр Орлов.", {("Пётр Орлов", "президент клуба", "президент", False)}),
    # near case: no title chosen
    ("Директор школы Пётр Орлов выбрал лучшего ученика.", {("Пётр Орлов", "директор школы", "директор", False)}),
])
def test_chosen_for_title(models, text, expected):
    assert rows(text, models) == expected
