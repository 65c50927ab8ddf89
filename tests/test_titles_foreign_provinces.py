"""Regions abroad and the titles of their bodies: a province of China, a region of Uzbekistan or Ukraine the
gazetteer knows (``resources/places.csv``), a foreign region's adjective (``гродненского облисполкома``), the
head of a group a text names before ``во главе с`` (``делегация из китайского города … во главе с мэром``),
a text about a foreign province that names one region of Russia near a bare governor, and a municipal district
placed by the region named after it."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows, holder_region_rows, org_countries


@pytest.mark.parametrize("text, expected", [
    ("Председатель правительства провинции Хэнань Ли Мин прибыл в Тверь.",
     ("Ли Мин", "председатель правительства провинции Хэнань", "CN")),
    ("Губернатор провинции Шэньси Ван Лян встретился с коллегами.",
     ("Ван Лян", "губернатор провинции Шэньси", "CN")),
    ("Председатель Гродненского облисполкома Иван Сидорук подписал соглашение.",
     ("Иван Сидорук", "председатель Гродненского облисполкома", "BY")),
    ("Хоким Наманганской области Алишер Каримов посетил выставку.",
     ("Алишер Каримов", "хоким Наманганской области", "UZ")),
    # a region's adjective before a body of its level names the region, not a Russian town of its stem
    ("Глава Николаевской облгосадминистрации Пётр Гнатюк подписал соглашение.",
     ("Пётр Гнатюк", "глава Николаевской облгосадминистрации", "UA")),
    ("Глава Николаевской ОГА Пётр Гнатюк подписал соглашение.", ("Пётр Гнатюк", "глава Николаевской ОГА", "UA")),
])
def test_a_body_of_a_foreign_region_is_of_its_country(models, text, expected):
    assert expected in holder_country_rows(text, models)


@pytest.mark.parametrize("text, surface, expected", [
    ("Соглашение подписали с Народным правительством провинции Аньхой.",
     "Народным правительством провинции Аньхой", "CN"),
    ("Соглашение подписал председатель Гродненского облисполкома.", "Гродненского облисполкома", "BY"),
])
def test_an_organization_of_a_foreign_region(models, text, surface, expected):
    assert org_countries(text, models)[surface] == expected


@pytest.mark.parametrize("text, expected", [
    ("В среду в Тверскую область приедет делегация из китайского города Хэйхэ во главе с мэром Ли Мином. "
     "Гости посетят перинатальный центр.", ("Ли Мин", "мэр", "CN")),
    ("Тверь принимала делегацию Народного правительства Шэньси во главе с губернатором Ван Ляном. "
     "Гостей заинтересовали заводы Тверской области.", ("Ван Лян", "губернатор", "CN")),
])
def test_the_head_of_a_foreign_delegation_is_of_its_country(models, text, expected):
    assert expected in holder_country_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Тверь принимала делегацию Народного правительства Шэньси во главе с губернатором Ван Ляном. "
     "Гостей заинтересовали заводы Тверской области.", ("Ван Лян", "губернатор", None)),
    ("В Казань прибыла делегация Тверской области во главе с губернатором Петром Котовым.",
     ("Пётр Котов", "губернатор", "RU-TVE")),
    # a text about a Chinese province that names one region of Russia: the bare governor is the region's
    ("Тверскую область посетила делегация правительства провинции Хэнань. На встрече губернатор Пётр Котов и "
     "председатель правительства провинции Хэнань Ли Мин обсудили сотрудничество. Хэнань - провинция "
     "центрального Китая. Занимает два процента территории Китая. Провинциальный центр – Чжэнчжоу.",
     ("Пётр Котов", "губернатор", "RU-TVE")),
    # a municipal district named after a town of its own region, not the town of that stem elsewhere
    ("Глава Печорского муниципального округа Псковской области Иван Сидоров подписал соглашение.",
     ("Иван Сидоров", "глава Печорского муниципального округа Псковской области", "RU-PSK")),
])
def test_the_region_of_a_title(models, text, expected):
    assert expected in holder_region_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a foreign text that names one region of Russia but no province nor state: no partner's head
    ("Украина. Губернатор области Иван Сидорук заявил в Киеве, что ночью из Курской области были запущены "
     "беспилотники.", ("Иван Сидорук", "губернатор области", "UA")),
    # a town's title is never a Russian partner's
    ("Во Франции прошли дни Тверской области. Мэр Анна Дюбуа открыла в Лионе выставку народных промыслов.",
     ("Анна Дюбуа", "мэр", "FR")),
])
def test_a_foreign_title_is_not_of_an_unrelated_russian_region(models, text, expected):
    assert expected in holder_country_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # the place the group visits is not the group's
    ("В Твери побывала делегация во главе с министром торговли Чжаном Вэем.",
     ("Чжан Вэй", "министр торговли", None)),
    ("В Казань прибыла делегация во главе с министром торговли Чжаном Вэем.", ("Чжан Вэй", "министр торговли", None)),
    ("Делегация прибыла в Тверскую область во главе с министром торговли Чжаном Вэем.",
     ("Чжан Вэй", "министр торговли", None)),
])
def test_the_head_of_a_visiting_group_is_not_of_the_host(models, text, expected):
    assert expected in holder_region_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Вице-консул в Твери Ито Кэн встретился со студентами. Он посетил университет.",
     ("Ито Кэн", "вице-консул в Твери", None)),
    ("Генконсул Японии в Кедровске Ито Кэн прибыл в Читу. Генконсул в Чите Ито Кэн встретился со студентами.",
     ("Ито Кэн", "генконсул в Чите", None)),
])
def test_an_envoy_in_a_russian_town_has_no_russian_region(models, text, expected):
    assert expected in holder_region_rows(text, models)


@pytest.mark.parametrize("text, surface, expected", [
    ("Соглашение заключат правительство Тверской области и администрация Ферганской области.",
     "администрация Ферганской области", ("Администрация Ферганской области", None, "UZ")),
])
def test_a_body_of_a_region_abroad_is_not_the_texts_region(models, text, surface, expected):
    from .conftest import analyze

    result = analyze(text, models)
    orgs = {o.org_id: o for o in result.organizations}
    found = {m.text: orgs[m.entity_id] for m in result.mentions if m.type == "ORG" and m.entity_id in orgs}
    org = found[surface]
    assert (org.name, org.region_code, org.country) == expected
