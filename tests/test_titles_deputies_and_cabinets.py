"""A title's country and region where the title names neither:

- a deputy's or an aide's title of a state's title (``первый заместитель министра образования``, ``помощник
  президента``) in a text about one foreign country is that country's, as the chief's title is, and never
  links to Russia's ministry of the same name (:func:`nerpipe.titles.attributes.region._deputy_of_national`);
- a bare title of a cabinet (``первый вице-премьер``) or of a bare ``ведомство`` (``руководитель ведомства``)
  in a text about one region's cabinet is the region's
  (:func:`nerpipe.titles.attributes.region.title_region`), and a premier of the region is a sign of that cabinet;
- a text about one region whose only sign of the region's cabinet is a former minister of it (``экс-министр
  здравоохранения области``) speaks of that cabinet, so ``глава Минздрава`` there is the region's
  (:func:`nerpipe.resolve.cabinet.cabinet_word`).
"""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str | None, str | None, str | None]]:
    """``(person, position, organization, region, country)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], f.position, orgs.get(f.org_id), f.region_code, f.country)
            for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Кабинет министров Киргизии обновлён. Иван Петров назначен первым заместителем министра образования и науки.",
     ("Иван Петров", "первый заместитель министра образования и науки",
      "Министерство образования и науки Киргизии", None, "KG")),
    ("Власти Армении сменили часть кабинета. Заместителем министра юстиции стала Анна Карапетян, сообщают СМИ Армении.",
     ("Анна Карапетян", "заместитель министра юстиции", "Министерство юстиции Армении", None, "AM")),
    ("Правительство Молдавии ушло в отставку. Помощник президента Олег Рошка назвал это ожидаемым.",
     ("Олег Рошка", "помощник президента", None, None, "MD")),
])
def test_a_deputy_of_a_states_title_is_of_the_country_the_text_is_about(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a text about Russia: Russia's ministry, no country
    ("Правительство России обновлено. Иван Петров назначен первым заместителем министра образования и науки.",
     ("Иван Петров", "первый заместитель министра образования и науки",
      "Министерство образования и науки Российской Федерации", None, None)),
    # a deputy of Russia's minister in a text about Kyrgyzstan: Russia's, as stated
    ("Кабинет министров Киргизии обновлён. В Бишкек прибыл заместитель министра юстиции России Иван Петров.",
     ("Иван Петров", "заместитель министра юстиции России", "Министерство юстиции Российской Федерации", None, None)),
])
def test_a_deputy_keeps_the_country_stated_or_russias(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Новый глава Минздрава пока остается исполняющим обязанности. Об этом сообщил врио главы Минздрава Пётр Орлов. "
     "Ранее экс-министр здравоохранения Тверской области Иван Сидоров покинул пост.",
     ("Пётр Орлов", "врио главы Минздрава", "Министерство здравоохранения Тверской области", "RU-TVE", None)),
    ("Новым главой Минкультуры стал Олег Рябов. Его предшественница, экс-министр культуры Калужской области "
     "Анна Белова, ушла в отставку в мае.",
     ("Олег Рябов", "новый глава Минкультуры", "Министерство культуры Калужской области", "RU-KLU", None)),
])
def test_a_former_regional_minister_shows_the_regions_cabinet(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a governor alone is no sign of the region's cabinet: the ministry is Russia's
    ("Новый глава Минздрава пока остается исполняющим обязанности. Об этом сообщил врио главы Минздрава Пётр Орлов. "
     "Ранее губернатор Тверской области Иван Сидоров покинул пост.",
     ("Пётр Орлов", "врио главы Минздрава", "Министерство здравоохранения Российской Федерации", None, None)),
])
def test_a_governor_alone_shows_no_cabinet(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Правительство Тверской области обновлено. Первым вице-премьером стал Иван Петров.",
     ("Иван Петров", "первый вице-премьер", None, "RU-TVE", None)),
    ("Депутаты согласуют кандидатуру на пост премьер-министра Калужской области. Первый вице-премьер Олег Рябов "
     "может получить этот пост.",
     ("Олег Рябов", "первый вице-премьер", None, "RU-KLU", None)),
])
def test_a_bare_cabinet_title_in_a_text_about_the_regions_cabinet_is_the_regions(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # no sign of the region's cabinet: a vice-premier stays of no region
    ("Губернатор Тверской области Олег Рябов встретился с вице-премьером Иваном Петровым в Москве.",
     ("Иван Петров", "вице-премьер", None, None, None)),
    # a meeting's partners in a text about the region's cabinet: maybe the country's, no region
    ("Правительство Тверской области обновлено. Губернатор провел встречи с вице-премьером Иваном Петровым и "
     "министром Олегом Рябовым в Москве.", ("Олег Рябов", "министр", None, None, None)),
])
def test_a_bare_cabinet_title_without_the_regions_cabinet_has_no_region(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Министр культуры Тверской области Иван Петров ушел в отставку. Руководитель ведомства Олег Рябов назначен "
     "вчера.", ("Олег Рябов", "руководитель ведомства", None, "RU-TVE", None)),
    ("Исполняющим обязанности министра строительства Калужской области назначен Иван Петров. Ранее он был первым "
     "заместителем главы ведомства.", ("Иван Петров", "первый заместитель главы ведомства", None, "RU-KLU", None)),
])
def test_a_head_of_the_department_in_a_text_about_the_regions_cabinet_is_the_regions(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # no cabinet of the region: no region
    ("В Твери открыли школу. Руководитель ведомства Олег Рябов выступил.",
     ("Олег Рябов", "руководитель ведомства", None, None, None)),
    # a described ministry is the federal one it describes
    ("Губернатор Тверской области встретился с министрами. Глава внешнеполитического ведомства Иван Петров прибыл "
     "в Тверь.", ("Иван Петров", "глава внешнеполитического ведомства",
                  "Министерство иностранных дел Российской Федерации", None, None)),
])
def test_a_head_of_a_department_of_no_cabinet_or_described_stays(models, text, expected):
    assert expected in rows(text, models)
