"""A title that names its place only generically takes the place the text is about:

- a regional title followed by a state's division noun alone (``губернатор штата``, ``аким области``) in a text
  about one foreign country is that country's (:func:`nerpipe.titles.attributes.region.document_country`);
- a title of a town named by no place (``глава города``, ``председатель городской думы``) in a text about one
  Russian region is of that region, as ``глава района`` is.
"""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str | None, str | None]]:
    """``(person, position, region, country)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.region_code, f.country) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Власти США объявили о новых пошлинах. Губернатор штата Джон Миллер назвал это решение ошибкой. "
     "В США протесты продолжаются, сообщают СМИ США.",
     ("Джон Миллер", "губернатор штата", None, "US")),
    ("Власти Франции ввели новые правила. Мэр города Жан Дюваль выступил против, сообщают СМИ Франции.",
     ("Жан Дюваль", "мэр города", None, "FR")),
    ("Правительство Канады утвердило бюджет. Премьер провинции Дэвид Кларк выступил против, сообщают СМИ Канады.",
     ("Дэвид Кларк", "премьер провинции", None, "CA")),
])
def test_a_regional_title_with_a_generic_division_is_the_countrys(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a regional title naming another country's place keeps that place's country
    ("Власти США объявили о новых пошлинах. Губернатор штата Огайо Джон Миллер назвал это ошибкой. "
     "В США протесты продолжаются.",
     ("Джон Миллер", "губернатор штата Огайо", None, "US")),
    # a title naming a body is no generic division's
    ("Власти США объявили о новых пошлинах. Губернатор Джон Миллер назвал это ошибкой. В США протесты.",
     ("Джон Миллер", "губернатор", None, "US")),
])
def test_a_regional_title_naming_its_place_keeps_it(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("В Кургане прошла сессия. Новым главой города стал Пётр Орлов. Курганская область выделит средства.",
     ("Пётр Орлов", "новый глава города", "RU-KGN", None)),
    ("В Омске состоялось заседание думы. Председатель городской думы Анна Лебедева рассказала о бюджете Омска.",
     ("Анна Лебедева", "председатель городской думы", "RU-OMS", None)),
])
def test_a_town_title_of_no_place_is_the_texts_region(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, person", [
    # a union of towns of many regions is no town's
    ("В Омске прошло заседание. В нём участвовал заместитель директора Союза малых городов Пётр Орлов. "
     "Омская область выделит средства.", "Пётр Орлов"),
    # a text about no one region gives no region
    ("В Кургане и Омске прошли сессии. Новым главой города стал Пётр Орлов. Омская и Курганская области спорят.",
     "Пётр Орлов"),
])
def test_a_town_title_of_no_one_town_has_no_region(models, text, person):
    assert all(region is None for name, _, region, _ in rows(text, models) if name == person)
