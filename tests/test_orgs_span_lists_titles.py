"""ORG spans: a body's first noun again after ``и`` is another body (a list of others in the plural, left
out), and the title of the person named after a body is no word of its name."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, expected", [
    ("Будет представлено творчество Заречного ТЮЗа, Северного областного театра оперетты и театров Прихоперья.",
     {"Заречного ТЮЗа": "Заречный ТЮЗ", "Северного областного театра оперетты": "Северный областной театр оперетты"}),
    ("Гастроли провели артисты Заречного театра оперетты и театра кукол.",
     {"Заречного театра оперетты": "Заречный театр оперетты", "театра кукол": "Театр кукол"}),
    ("Сотрудники Заречного института физики и института химии подписали письмо.",
     {"Заречного института физики": "Заречный институт физики", "института химии": "Институт химии"}),
    # a field after ``и`` stays inside, and so do the adjectives of one noun
    ("Акционером фабрики стал Морской и речной банк Заречья.",
     {"Морской и речной банк Заречья": "Морской и речной банк Заречья"}),
    ("Гастроли провели артисты Заречного театра оперы и балета.",
     {"Заречного театра оперы и балета": "Заречный театр оперы и балета"}),
])
def test_first_noun_again_after_and_is_another_body(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Председатель Отделения академик И.П. Сомов напомнил об итогах года. Заседание Отделения прошло в мае.",
     {"Отделения": "Отделение"}),
    # a plural genitive of people ends a name
    ("Союз писателей выступил с заявлением.", {"Союз писателей": "Союз писателей"}),
])
def test_title_of_the_person_after_a_body_is_left_out(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a span cut at ``им.`` grows over the person's name right after it
    ("Студенты Северного университета им. Ивана Сомова прибыли в город.",
     {"Северного университета им. Ивана Сомова": "Северный университет им. Ивана Сомова"}),
    ("Студенты Северного университета им. Ивана Сомова прибыли в город. Северный университет открыл кафедру.",
     {"Северного университета им. Ивана Сомова": "Северный университет им. Ивана Сомова",
      "Северный университет": "Северный университет им. Ивана Сомова"}),
])
def test_span_cut_at_named_after_grows_over_the_name(models, text, expected):
    assert org_entity_names(text, models) == expected
