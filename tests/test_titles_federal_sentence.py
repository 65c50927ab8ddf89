"""In a text about a region's government, a minister's title in a sentence that names Russia after a state's title
or its government (``Премьер-министр России … назначил …``) is of Russia's ministry, not the region's."""

from __future__ import annotations

import pytest

from .conftest import orgs_of

REGION = ("Губернатор Тверской области Иван Котов назначил Петра Орлова министром культуры. В правительстве "
          "области сменились три министра. ")


@pytest.mark.parametrize("text, expected", [
    (REGION + "Премьер-министр России Глеб Лаптев назначил Анну Зорину заместителем министра транспорта.",
     {("Анна Зорина", "Министерство транспорта Российской Федерации"),
      ("Пётр Орлов", "Министерство культуры Тверской области")}),
    (REGION + "Указом Президента России Анна Зорина назначена заместителем министра транспорта.",
     {("Анна Зорина", "Министерство транспорта Российской Федерации")}),
    # a national title of Russia that only greets a minister makes no federal minister of them
    (REGION + "Президент России Глеб Лаптев поздравил с наградой министра здравоохранения Анну Зорину.",
     {("Анна Зорина", "Министерство здравоохранения Тверской области")}),
    (REGION + "Правительство России обсудило доклад министра здравоохранения Анны Зориной.",
     {("Анна Зорина", "Министерство здравоохранения Тверской области")}),
    (REGION + "Анна Зорина назначена заместителем министра транспорта.",
     {("Анна Зорина", "Министерство транспорта Тверской области")}),
])
def test_a_federal_appointment_in_a_regional_text(models, text, expected):
    assert expected <= orgs_of(text, models)
