"""A body named by its level and the place's genitive and by the place's adjective and its level is one body
(:func:`nerpipe.resolve.regional.join_place_namings`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Форум прошёл при поддержке Омской городской думы. Городская дума Омска довольна итогами.",
     "Городская дума Омска", "Омская городская дума"),
    ("Краевая дума Пермского края довольна итогами. Пермская краевая дума провела сессию.",
     "Краевая дума Пермского края", "Пермская краевая дума"),
])
def test_the_level_in_both_names(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # another body of the town
    ("Омская городская дума провела сессию. Городская администрация Омска довольна итогами.",
     "Городская администрация Омска", "Городская администрация Омска"),
    # another town's body
    ("Омская городская дума провела сессию. Городская дума Тюмени довольна итогами.",
     "Городская дума Тюмени", "Городская дума Тюмени"),
])
def test_another_body_not_joined(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
