"""A body whose name ends with its country spelt two ways in one text (``Беларуси`` / ``Белоруссии``) is one body;
bodies of two countries stay two."""

from __future__ import annotations

import pytest

from nerpipe.models import get_models
from nerpipe.resolve.same_names import respell_country

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Посольство Беларуси открылось в Заречье. Посольство Белоруссии работает по субботам.",
     [("Посольство Беларуси", "BY")]),
    ("Министерство иностранных дел Белоруссии выразило протест. Позже МИД Беларуси опубликовал заявление.",
     [("Министерство иностранных дел Белоруссии", "BY")]),
    ("МИД Молдовы выступил с заявлением. Министерство иностранных дел Молдавии уточнило его.",
     [("Министерство иностранных дел Молдавии", "MD")]),
    # two countries: two bodies
    ("Посольство Беларуси открылось в Заречье. Посольство Франции работает по субботам.",
     [("Посольство Беларуси", "BY"), ("Посольство Франции", "FR")]),
])
def test_one_body_of_a_country_spelt_two_ways(models, text, expected):
    assert [(o.name, o.country) for o in analyze(text, models).organizations] == expected


@pytest.mark.parametrize("name, country, expected", [
    ("МИД Беларуси", "BY", "МИД Белоруссии"),
    ("Посольство Кыргызстана", "KG", "Посольство Киргизии"),
    ("МИД Беларуси", "FR", None),  # not the body's own country
    ("Беларуси", "BY", None),  # one word
    ("Посольство Беларуси в Заречье", "BY", None),  # the country not at the end
    ("Посольство Франции", None, None),
    ("Посольство России", "RU", None),  # a body of Russia: its names are the dictionary's
])
def test_respell_country(name, country, expected):
    assert respell_country(name, country, get_models().gazetteer) == expected
