"""A place the gazetteer does not know written as capitals (``ЗНР``) is no small place of the foreign country a
text is about: initials name a state or a region (:func:`nerpipe.resolve.locations.placed_abroad`); and a body
named with a place of no country (``МИД ЗНР``) is not given the text's country
(:func:`nerpipe.resolve.countries_of_bodies.bodies_of_the_country`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze, places_of

_TEXT = ("В МИД ЗНР прошла встреча с послом Франции Пьером Дюраном. Французская сторона рассказала о проектах "
         "во Франции.")


@pytest.mark.parametrize("text, surface, expected", [
    (_TEXT, "ЗНР", ("ЗНР", None, None)),
])
def test_initials_are_no_place_of_the_texts_country(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, name, expected", [
    (_TEXT, "МИД ЗНР", None),
])
def test_a_body_of_an_unknown_place_takes_no_country_of_the_text(models, text, name, expected):
    result = analyze(text, models)
    assert {org.country for org in result.organizations if org.name == name} == {expected}


@pytest.mark.parametrize("text, name, expected", [
    ('В Бамако лидер партии "Народный союз за единство Африки" Мамаду Кейта заявил о поддержке правительства '
     "Мали. Выборы в Мали пройдут в июле.", "Народный союз за единство Африки", "ML"),
    ("В Катманду прошёл съезд партии «Союз народов Азии». Лидер партии Рам Тапа призвал правительство Непала к "
     "реформам. Выборы в Непале пройдут весной.", "Союз народов Азии", "NP"),
])
def test_a_body_named_with_a_continent_keeps_the_texts_country(models, text, name, expected):
    result = analyze(text, models)
    assert {org.country for org in result.organizations if org.name == name} == {expected}
