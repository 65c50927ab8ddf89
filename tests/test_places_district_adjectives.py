"""An adjective the tagger took as a place of its own right before a district's noun (``Дзержинский`` of
``Дзержинский район``, ``Октябрьского`` of ``Октябрьского района``) is that district of no region, as when the
span holds the noun (:func:`nerpipe.resolve.unknown_places.name_districts`): not the town of the adjective's name,
so a governor of the text is not given that town's region. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze, places_of
from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Иван Кедров возглавил Дзержинский район\nМестные депутаты единогласно избрали его главой муниципального округа, "
     "сообщил губернатор Олег Пастухов.",
     ("Олег Пастухов", "губернатор", None, None, None)),
])
def test_a_district_adjective_is_no_town_of_its_name(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, surface, expected", [
    ("Иван Кедров возглавил Дзержинский район\nМестные депутаты единогласно избрали его главой муниципального "
     "округа, сообщил губернатор Олег Пастухов.",
     "Дзержинский", ("Дзержинский район", None, None)),
])
def test_a_district_adjective_is_the_district(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("Художник Олег Ветров родился в московском районе Бирюлево. Позже он переехал в Тверь, где основал студию.",
     "московском", ("Москва", "RU-MOW", "RU")),
    ("Британский гитарист Том Грейвз родился в лондонском районе Фулхэм. В 1980 году он переехал в Лондон.",
     "лондонском", ("Лондон", None, "GB")),
])
def test_a_lower_case_adjective_before_a_district_is_its_town(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, expected", [
    ("Британский гитарист Том Грейвз родился в лондонском районе Фулхэм. В 1980 году он переехал в Лондон, где "
     "основал группу The Lanterns. Группа записала в Harbor Records свой первый сингл.",
     {("The Lanterns", "GB"), ("Harbor Records", "GB")}),
])
def test_bodies_of_a_text_on_a_towns_district_keep_its_country(models, text, expected):
    result = analyze(text, models)
    assert expected <= {(org.name, org.country) for org in result.organizations}
