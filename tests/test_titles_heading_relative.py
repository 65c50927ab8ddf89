"""A verb of heading in a relative clause (:mod:`nerpipe.titles.heading`) whose pronoun is its object: the body
the clause follows heads it (``Инспекция, которой руководит Геннадий Осокин``). Not a name another noun
governs before a relative pronoun subject (``Отец Анны Котовой, который возглавляет …``)."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    # the body before the relative pronoun the verb governs
    ("Ранее Роспотребнадзор, которым руководит Геннадий Осокин, был подчинен Минздраву.",
     ("Геннадий Осокин", "руководитель Роспотребнадзора")),
    ("Затем ФМС, которую возглавляет Константин Лаптев, передали МВД.",
     ("Константин Лаптев", "руководитель ФМС")),
    ("В департаменте культуры, который возглавляла Анна Котова, прошли обыски.",
     ("Анна Котова", "руководитель департамента культуры")),
])
def test_heading_in_a_relative_clause(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text", [
    "Отец Анны Котовой, который возглавляет департамент культуры, приехал.",
    "Сын Петра Орлова, который руководит компанией «Вектор», приехал.",
    "Мы поговорили с отцом Петра Орлова, который возглавляет компанию «Вектор».",
    "Компания «Вектор», которую хотел возглавить Пётр Орлов, обанкротилась.",
])
def test_no_heading_for_a_governed_name_or_a_wish(models, text):
    assert holder_titles(text, models) == set()
