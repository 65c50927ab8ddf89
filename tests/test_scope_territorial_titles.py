"""A title of a body's office in a region (``директор территориального фонда``) in a text about one region is that
region's; in a text about none it names no region. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Иван Зорин назначил нового министра. Пётр Орлов ранее работал директором "
     "территориального фонда обязательного медицинского страхования.",
     {("Иван Зорин", "губернатор Тверской области", "RU-TVE"),
      ("Пётр Орлов", "директор территориального фонда обязательного медицинского страхования", "RU-TVE")}),
    ("Пётр Орлов ранее работал директором территориального фонда обязательного медицинского страхования.",
     {("Пётр Орлов", "директор территориального фонда обязательного медицинского страхования", None)}),
])
def test_a_territorial_office_of_the_texts_region(models, text, expected):
    assert holder_region_rows(text, models) == expected
