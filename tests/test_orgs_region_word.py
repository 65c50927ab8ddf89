"""A body named with ``региона`` after it (:mod:`nerpipe.resolve.place_words`): the body of the one region the
text is about, whatever its type; Russia's federal body elsewhere."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Жителей Омской области позвали на прививки. Об этом сообщают в минздраве региона.", "минздраве",
     "Министерство здравоохранения Омской области"),
    ("В Пермском крае открыли новые школы. Министерство образования региона выделило на них деньги.",
     "Министерство образования региона", "Министерство образования Пермского края"),
    ("В Республике Алтай открыли новые больницы. Минздрав региона выделил на них деньги.", "Минздрав",
     "Министерство здравоохранения Республики Алтай"),
    # the word inside the mention
    ("В Республике Алтай открыли новые школы. Об этом сообщили в министерстве образования региона.",
     "министерстве образования региона", "Министерство образования Республики Алтай"),
])
def test_a_body_of_the_region(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # no word for the region: Russia's ministry
    ("Жителей Омской области позвали на прививки. Об этом сообщил минздрав.", "минздрав",
     "Министерство здравоохранения Российской Федерации"),
    # a federal city: not named so
    ("В Москве прошло совещание. Минздрав региона сообщил о прививках.", "Минздрав",
     "Министерство здравоохранения Российской Федерации"),
    # two regions: neither
    ("Жителей Омской области и Тверской области позвали на прививки. Об этом сообщают в минздраве региона.",
     "минздраве", "Министерство здравоохранения Российской Федерации"),
])
def test_a_body_not_made_a_regions(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
