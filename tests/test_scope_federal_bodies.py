"""A ministry a title names federal (``глава федерального минздрава``, ``министр российского Минпросвещения``)
stays Russia's in a text about a region's cabinet, where a bare ministry is the region's. Every sentence and
person is invented."""

from __future__ import annotations

import pytest

from .conftest import minister_rows


@pytest.mark.parametrize("text, expected", [
    ("Правительство Тверской области познакомилось с главой регионального минздрава. Его кандидатуру утвердил "
     "глава федерального минздрава Пётр Орлов.",
     {("Пётр Орлов", "Министерство здравоохранения Российской Федерации", None)}),
    ("В правительстве Тверской области обсудили ремонт школ. Как отметил глава российского Минпросвещения "
     "Пётр Орлов, деньги выделят до осени.",
     {("Пётр Орлов", "Министерство просвещения Российской Федерации", None)}),
    # no federal word: the region's own ministry
    ("Правительство Тверской области познакомилось с новым руководителем. Его кандидатуру одобрил глава "
     "минздрава Пётр Орлов.",
     {("Пётр Орлов", "Министерство здравоохранения Тверской области", "RU-TVE")}),
])
def test_a_ministry_named_federal_in_a_regional_text(models, text, expected):
    assert minister_rows(text, models) == expected
