"""A sentence that speaks of a visit (``прибыл в``) gives its titles no country and not the region's cabinet: a
visitor is not presumed to be of the text's region's government. Leaving a post is no trip: a sentence whose
visit word goes with ``в отставку`` or ``на пенсию`` (``в отставку отправились министр …``) keeps the whole
scope (:func:`nerpipe.titles.scope.visit_scope`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Правительство Тверской области обновилось наполовину. Вслед за вице-губернатором в отставку "
     "отправились министр спорта Иван Котов и министр культуры Анна Лебедева.",
     {("Иван Котов", "министр спорта", "Министерство спорта Тверской области", "RU-TVE", None),
      ("Анна Лебедева", "министр культуры", "Министерство культуры Тверской области", "RU-TVE", None)}),
    ("Правительство Тверской области обновлено. Министр спорта Иван Котов отправился в отставку.",
     {("Иван Котов", "министр спорта", "Министерство спорта Тверской области", "RU-TVE", None)}),
    ("Губернатор Тверской области сменил состав правительства области. На пенсию отправилась министр "
     "культуры Анна Лебедева.",
     {("Анна Лебедева", "министр культуры", "Министерство культуры Тверской области", "RU-TVE", None)}),
])
def test_leaving_a_post_is_no_visit(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a minister arriving in the region's capital: the federal one
    ("Губернатор Тверской области Олег Пастухов обновил правительство. В Тверь прибыл министр спорта Иван Котов.",
     ("Иван Котов", "министр спорта", "Министерство спорта Российской Федерации", None, None)),
    ("Губернатор Тверской области Олег Пастухов обновил правительство. Министр спорта Иван Котов отправился в "
     "Тверь с рабочим визитом.",
     ("Иван Котов", "министр спорта", "Министерство спорта Российской Федерации", None, None)),
])
def test_a_visitor_keeps_no_cabinet(models, text, expected):
    assert expected in rows(text, models)
