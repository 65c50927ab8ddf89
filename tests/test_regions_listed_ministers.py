"""A minister's title with no place listed after a deputy of the governor (``приняли участие заместитель
губернатора … и министр здравоохранения …``) in a text about one region is the region's minister: the governor's
team is his cabinet (:func:`nerpipe.resolve.cabinet.speaks_of_cabinet`). A minister the deputy meets, not listed
with him, stays federal. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Олег Пастухов провел совещание. В нем приняли участие заместитель губернатора "
     "Иван Котов и министр здравоохранения Анна Лебедева.",
     ("Анна Лебедева", "министр здравоохранения", "Министерство здравоохранения Тверской области", "RU-TVE",
      None)),
    ("Губернатор Тверской области Олег Пастухов провел совещание. В нем приняли участие вице-губернатор Иван "
     "Котов, министр спорта Петр Седов и министр культуры Анна Лебедева.",
     ("Петр Седов", "министр спорта", "Министерство спорта Тверской области", "RU-TVE", None)),
])
def test_a_minister_listed_with_the_governors_deputy_is_the_regions(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Олег Пастухов провел совещание. Заместитель губернатора Иван Котов встретился "
     "с министром здравоохранения Анной Лебедевой.",
     ("Анна Лебедева", "министр здравоохранения", "Министерство здравоохранения Российской Федерации", None,
      None)),
])
def test_a_minister_met_by_the_governors_deputy_stays_federal(models, text, expected):
    assert expected in rows(text, models)
