"""Forms of names fresh news showed wrong (invented names): a woman's declined first name before a surname in
a consonant that does not decline, a regnal number between a monarch's names, a country in the genitive
taken into the name after it, a place after ``в`` natasha tags as a place."""

from __future__ import annotations

import pytest

from .conftest import analyze
from .hand import tagged


def _names(text: str, models) -> dict[str, str]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {m.text: names.get(m.entity_id) for m in result.mentions if m.type == "PER"}


@pytest.mark.parametrize("text, expected", [
    # her first name declines, her surname in a consonant does not: the first name tells the case
    ("Он встречается с моделью Хуаниной Мендес.", {"Хуаниной Мендес": "Хуанина Мендес"}),
    ("Вчера фотограф поссорился с Джульеттой Гонсалес.", {"Джульеттой Гонсалес": "Джульетта Гонсалес"}),
    ("Разговор с Мирандой Куэрвос был долгим.", {"Мирандой Куэрвос": "Миранда Куэрвос"}),
    # a man's name before such a surname stays as it was
    ("Он встречается с Педро Мендес.", {"Педро Мендес": "Педро Мендес"}),
])
def test_womans_first_name_tells_the_case(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a regnal number between the throne name and the family's: kept as written, the names declined
    ("Он сын короля Рагнара II Сверкера.", {"Рагнара II Сверкера": "Рагнар II Сверкер"}),
    ("Страной правил король Эрланд IV Торвальд.", {"Эрланд IV Торвальд": "Эрланд IV Торвальд"}),
    # natasha tags the first name apart from the number and the family name
    ("Она была женой короля Эрланда VIII Торвальда.", {"Эрланда VIII Торвальда": "Эрланд VIII Торвальд"}),
    ("Страной правил Олаф III. Потом правил Олаф IV.", {"Олаф III": "Олаф III", "Олаф IV": "Олаф IV"}),
    # a first name and its number natasha leaves untagged, in any case
    ("Памятник Фридриху IV открыли в центре города.", {"Фридриху IV": "Фридрих IV"}),
    ("Портрет Густава III висит в зале.", {"Густава III": "Густав III"}),
    ("Он был сыном короля Рагнара II Сверкера и его второй жены.", {"Рагнара II Сверкера": "Рагнар II Сверкер"}),
    # a number after no first name is no one's
    ("В 2010 году вышла глава IV книги.", {}),
])
def test_regnal_number_inside_the_name(models, text, expected):
    assert _names(text, models) == expected


def _refined(models, tokens, span):
    from nerpipe.spans import refine_spans

    analysis = tagged(*tokens, spans=[span])
    return [(analysis.text[s.start:s.end], s.type)
            for s in refine_spans(analysis, models.morph, models.orgs, models.gazetteer) if s.type in ("PER", "LOC")]


@pytest.mark.parametrize("tokens, span, expected", [
    # natasha took a country in the genitive into the ruler's name after it
    ([("сын", "NOUN Nom Sing Masc"), ("короля", "NOUN Gen Sing Masc"), ("Руанды", "PROPN Gen Sing Fem"),
      ("Эрланда", "PROPN Gen Sing Masc"), ("Торвальда", "PROPN Gen Sing Masc")], (2, 4, "PER"),
     [("Руанды", "LOC"), ("Эрланда Торвальда", "PER")]),
    ([("посол", "NOUN Nom Sing Masc"), ("Франции", "PROPN Gen Sing Fem"), ("Жак", "PROPN Nom Sing Masc"),
      ("Пьер", "PROPN Nom Sing Masc"), ("Дюваль", "PROPN Nom Sing Masc")], (1, 4, "PER"),
     [("Франции", "LOC"), ("Жак Пьер Дюваль", "PER")]),
    # a first name that is a place's name too stays the name's (``Виктории``)
    ([("визит", "NOUN Nom Sing Masc"), ("Виктории", "PROPN Gen Sing Fem"), ("Анны", "PROPN Gen Sing Fem"),
      ("Бекман", "PROPN Gen Sing Fem")], (1, 3, "PER"),
     [("Виктории Анны Бекман", "PER")]),
])
def test_country_before_a_name_is_no_part_of_it(models, tokens, span, expected):
    assert _refined(models, tokens, span) == expected


@pytest.mark.parametrize("text, person", [
    # a place after ``в`` natasha tags as a place: no person, whatever name pymorphy reads it as
    ("Он умер в Вирджинии после долгой болезни.", None),
    ("Он учился в Астриде, а потом уехал.", None),
])
def test_place_after_v_is_no_person(models, text, person):
    assert list(_names(text, models).values()) == ([person] if person else [])


@pytest.mark.parametrize("text, persons", [
    # a team named after its town natasha tags as a person
    ("Бывший игрок команды Нью-Ривер Фалконс (New River Falcons) завершил карьеру.", []),
    ("Клуб Лос-Пинос Ягуарс выиграл кубок.", []),
    # a person after the team stays one
    ("Защитник команды Нью-Ривер Фалконс Джон Мортимер получил травму.", ["Джон Мортимер"]),
    # a surname with such a part is no town's
    ("Антуан де Сент-Мерис прилетел в Дакар.", ["Антуан де Сент-Мерис"]),
])
def test_team_named_after_town_is_no_person(models, text, persons):
    assert sorted({name for name in _names(text, models).values()}) == persons


@pytest.mark.parametrize("text, expected", [
    # a place after a preposition natasha took into the name of a surname the document names in full
    ("Скончалась Джанет Лантер. После Уэрна Лантер оказалась в центре скандала.",
     {"Джанет Лантер": "Джанет Лантер", "Лантер": "Джанет Лантер"}),
    # a first name pymorphy knows stays the name's: another person of the family
    ("Выступила Джанет Лантер. Потом слово дали Роберту Лантеру.",
     {"Джанет Лантер": "Джанет Лантер", "Роберту Лантеру": "Роберт Лантер"}),
])
def test_place_before_a_known_surname_is_no_first_name(models, text, expected):
    assert _names(text, models) == expected
