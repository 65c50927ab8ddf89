"""A name of China or Korea whose family name shows no case but whose last syllable Russian declines
(invented names): the syllable loses the ending, and the name is the person named in the nominative."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Ли Цзиньхуан избран председателем. Это третий срок Ли Цзиньхуана.",
     {("Ли Цзиньхуан", ("Ли Цзиньхуан", "Ли Цзиньхуана"))}),
    ("Президент Пак Мин Сок прибыл в Токио. Премьер встретится с Пак Мин Соком.",
     {("Пак Мин Сок", ("Пак Мин Сок", "Пак Мин Соком"))}),
    ("Министр передал послание президента Юн Тэ Ёля.", {("Юн Тэ Ёль", ("Юн Тэ Ёля",))}),
    ("Визит Ван Вэньминя в Москву завершился.", {("Ван Вэньминь", ("Ван Вэньминя",))}),
])
def test_a_declined_last_syllable_loses_its_ending(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a syllable that ends so in the nominative, and names that are no such names
    ("Профессор Ли Вэй прочитал лекцию.", {"Ли Вэй"}),
    ("Чемпион Ким Ки Дук приехал в Сеул.", {"Ким Ки Дук"}),
    ("Министр Чжао Лэцзи выступил с речью.", {"Чжао Лэцзи"}),
    ("Актер Брюс Ли сыграл главную роль.", {"Брюс Ли"}),
])
def test_nominative_syllables_stay(models, text, expected):
    assert {name for name, _texts in person_mentions(text, models)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Президент Юн Тэ Ёль прибыл в Токио. Послание президента Юна передано. Министр встретился с Юном.",
     {("Юн Тэ Ёль", ("Юн Тэ Ёль", "Юна", "Юном"))}),
    ("Министр Чон Мин Хо прибыл в Москву. Визит Чона продлится два дня.",
     {("Чон Мин Хо", ("Чон Мин Хо", "Чона"))}),
    # near case: a woman's first name of those letters, with no such family name in the document
    ("Юна Орлова выступила на концерте. Юна спела три песни.", {("Юна Орлова", ("Юна Орлова", "Юна"))}),
])
def test_a_short_family_name_alone_in_a_case_form(models, text, expected):
    assert person_mentions(text, models) == expected
