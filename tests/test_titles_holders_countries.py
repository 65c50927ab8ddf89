"""A title that names no body nor place, with dependents (``глава президентской администрации``), is of the one
foreign country its holder's other rows state (:func:`nerpipe.titles.attributes.holders.with_holders_countries`);
a bare profession (``журналист``) and a holder who is Russia's envoy abroad (``посол России в Заморье``) are given
none. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Министр иностранных дел Молдавии Олег Рошка прибыл в Москву на переговоры. До этого он занимал пост главы "
     "президентской администрации.",
     ("Олег Рошка", "глава президентской администрации", None, None, "MD")),
])
def test_a_title_of_no_place_is_of_the_holders_own_country(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Олег Пастухов встретился с министром иностранных дел Молдавии Петром Седовым. "
     "Ранее Седов был журналистом.",
     ("Пётр Седов", "журналист", None, None, None)),
    ("Посол России в Молдавии Олег Рошка прибыл в Кишинев. До этого он занимал пост главы президентской "
     "администрации.",
     ("Олег Рошка", "глава президентской администрации", None, None, None)),
])
def test_a_profession_or_an_envoys_title_is_given_no_country(models, text, expected):
    assert expected in rows(text, models)
