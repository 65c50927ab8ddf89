"""A body named with ``страны`` or ``государства`` in a text about no one foreign country
(:mod:`nerpipe.resolve.place_words`): the body of the country its sentence names last before it; Russia's where
the sentence names Russia or no country."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Россия и Канада обсудили санкции. Пётр Кедров был назначен главой МИД Чехии в мае, а его предшественник "
     "Иван Сосна стал спикером парламента страны.", "парламента страны", "Парламент Чехии"),
    ("Россия, Канада и США обсудили санкции. Посол Бельгии заявил, что правительство страны против.",
     "правительство страны", "Правительство Бельгии"),
    # a town of Russia in another sentence: the country named before, still
    ("Москва ответит на санкции. Посол Бельгии заявил, что правительство страны против.",
     "правительство страны", "Правительство Бельгии"),
    # the sentence names Russia last, or no country: as before
    ("Канада и США обсудили санкции. Посол Бельгии приехал в Россию, где парламент страны принял закон.",
     "парламент страны", "Парламент страны"),
    ("Россия и Канада обсудили санкции. Спикер парламента страны Иван Сосна прилетел в Берлин.",
     "парламента страны", "Парламент страны"),
    # a sentence naming a town of Russia too: as before
    ("Министр Иван Сосна прилетел в Москву из Германии и заявил, что правительство страны выделит средства "
     "регионам.", "правительство страны", "Правительство страны"),
])
def test_a_body_of_the_country_named_before(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a text about one foreign country: the body of that country
    ("В Кении прошли выборы. Власти Кении усилили охрану. Кения ждёт помощи. Кедровый союз обратился к "
     "правительству страны.", "правительству страны", "Правительство Кении"),
    # after a neighbour's adjective: the neighbour's, not the country the text is about
    ("В Кении прошли выборы. Власти Кении усилили охрану. Кения ждёт помощи. Армия Кении помогает "
     "правительству соседней страны.", "правительству соседней страны", "Правительство соседней страны"),
])
def test_a_body_of_a_neighbour_is_not_the_countrys(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
