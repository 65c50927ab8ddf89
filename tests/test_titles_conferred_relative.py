"""A rank conferred in a relative clause, however the clause is phrased (``начальник управления Глеб Лаптев,
которому присвоено звание генерал-лейтенант милиции, а также начальник отдела Пётр Орлов``): the rank is the
name's the clause qualifies, never shared forward to the next titled name. Every sentence and name is invented."""

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


@pytest.mark.parametrize("text, expected", [
    # an auxiliary, an adverb, a subject or a phrase between the relative and its verb
    ("Среди награждённых - полковник Иван Котов, которому было присвоено звание генерал-майора.",
     {("Иван Котов", "генерал-майор")}),
    ("Отличился майор Глеб Лаптев, которому досрочно присвоено очередное звание подполковника.",
     {("Глеб Лаптев", "подполковник")}),
    ("Среди гостей был Пётр Орлов, которому президент присвоил звание генерал-полковника.",
     {("Пётр Орлов", "генерал-полковник")}),
    ("Награды вручены ветеранам, а также полковнику Ивану Котову, которому указом президента присвоено звание "
     "генерал-майора.", {("Иван Котов", "генерал-майор")}),
    # the name before the comma in the accusative; the verb of conferring joined to another verb of the clause
    ("Вчера в управлении чествовали Петра Орлова, которому на днях присвоили звание генерал-лейтенанта.",
     {("Пётр Орлов", "генерал-лейтенант")}),
    ("Губернатор поздравил Глеба Лаптева, которому вчера вручили погоны и присвоили звание полковника.",
     {("Глеб Лаптев", "полковник")}),
    # the relative clause the parser makes the sentence's own: the name before its comma, of the pronoun's gender
    ("В зале была Анна Зорина, которой в прошлом году было присвоено звание народной артистки.",
     {("Анна Зорина", "народная артистка")}),
])
def test_rank_of_relative_clause_any_phrasing(models, text, expected):
    assert expected <= holder_titles(text, models)


@pytest.mark.parametrize("text, unexpected", [
    # the relative in the nominative is who confers the rank, not who receives it
    ("Командующий Пётр Орлов, который присвоил звание генерал-майора Ивану Котову, выступил с речью.",
     ("Пётр Орлов", "генерал-майор")),
])
def test_rank_not_of_relative_conferring(models, text, unexpected):
    assert unexpected not in holder_titles(text, models)
