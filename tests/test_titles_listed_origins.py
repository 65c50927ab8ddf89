"""A plural title before a list of names each with where it comes from (``нападающие Глеб Лаптев из «Атланта»,
Пётр Орлов из «Металлурга» и …``): every name of the list holds the title. Every sentence and name is
invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows

_FORWARD = ("Глеб Ракитин", "нападающий", "нападающий", False)
_SECOND = ("Пётр Орлов", "нападающий", "нападающий", False)


@pytest.mark.parametrize("text, expected", [
    ("В клуб перешли нападающие Глеб Ракитин из «Атланта», Пётр Орлов из магнитогорского «Металлурга» и Иван "
     "Лаптев из «Торпедо».", {_FORWARD, _SECOND, ("Иван Лаптев", "нападающий", "нападающий", False)}),
    ("В клуб перешли нападающие Глеб Ракитин из Твери, Пётр Орлов из Перми и Иван Лаптев из Омска.",
     {_FORWARD, _SECOND, ("Иван Лаптев", "нападающий", "нападающий", False)}),
    ("Клуб подписал нападающих Глеба Ракитина из «Атланта» и Петра Орлова из «Металлурга».", {_FORWARD, _SECOND}),
    # near cases: a list closed by another title keeps that title's holder apart; names with no title, no rows
    ("В клубе будут выступать нападающие Глеб Ракитин из «Атланта», Пётр Орлов из «Металлурга», а также "
     "защитник «Барыса» Олег Котов.",
     {_FORWARD, _SECOND, ("Олег Котов", "защитник «Барыса»", "защитник", False)}),
    ("На встречу пришли Глеб Ракитин из «Атланта» и Пётр Орлов.", set()),
])
def test_listed_names_with_origins(models, text, expected):
    assert rows(text, models) == expected
