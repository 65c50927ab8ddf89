"""A text that names no place but a foreign state's body named with its state (``Верховная Рада``) is about that
state: its bare bodies and titles are that state's. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from nerpipe.pipeline import process_text

from .conftest import holder_country_rows, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("В Верховной Раде обсудили бюджет. Депутаты считают, что правительство не представило программу.",
     "правительство", "Правительство Украины"),
    # a body of Russia named beside it: no one country
    ("В Верховной Раде и в Госдуме обсудили бюджет. Депутаты считают, что правительство не представило программу.",
     "правительство", "Правительство"),
])
def test_bodies_of_the_state_a_text_names_no_place_of(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, expected", [
    ("Фракция поддержала отставку премьера Тараса Коваленко, заявил в Верховной Раде Олесь Бондар.",
     {("Тарас Коваленко", "премьер", "UA")}),
    # a company of a country named: no state's text
    ("Компания Toyota сообщила, что президент Иван Орлов покинет пост.", {("Иван Орлов", "президент", None)}),
])
def test_titles_of_the_state_a_text_names_no_place_of(models, text, expected):
    assert holder_country_rows(text, models) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a news agency of the dictionary reports from many countries: not the text's country's
    ("ТИРАСПОЛЬ, 3 мая — Sputnik. Парламент Заречной Молдавии принял закон. В Молдавии ждут выборов.",
     "Sputnik", None),
    # a body the dictionary does not know is the country's
    ("В Молдавии партия «Светлый путь» приняла закон. В Молдавии ждут выборов.", "партия «Светлый путь»", "MD"),
])
def test_the_country_of_an_agency(models, text, mention, expected):
    result = process_text(text, models)
    countries = {o.org_id: o.country for o in result.organizations}
    assert {m.text: countries.get(m.entity_id) for m in result.mentions if m.type == "ORG"}[mention] == expected
