"""Bodies of the dictionary (``resources/orgs.csv``) however a text names them: a state's intelligence service
by its abbreviation and by a description of it with the abbreviation (one body, of its state), and Russia's
government in a text of before 1992 by the name it had then, without the later name's abbreviation; a club by its
nickname."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    ("Глава МИ-6 тайно посетил Тверь. Глава службы внешней разведки Великобритании МИ-6 встретился с Петром "
     "Заречным.", "МИ-6", "Секретная разведывательная служба Великобритании"),
    ("Глава МИ-6 тайно посетил Тверь. Глава службы внешней разведки Великобритании МИ-6 встретился с Петром "
     "Заречным.", "службы внешней разведки Великобритании", "Секретная разведывательная служба Великобритании"),
])
def test_a_service_named_two_ways_is_one_body(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention", [
    # a general staff named without Russia in a text about another state is not Russia's
    ("Министр обороны Украины и начальник Генерального штаба посетили позиции. Начальник Генштаба Украины Пётр "
     "Заречный выступил.", "Генерального штаба"),
])
def test_a_staff_abroad_is_not_russias(models, text, mention):
    assert org_entity_names(text, models).get(mention) != "Генеральный штаб Вооружённых сил Российской Федерации"


@pytest.mark.parametrize("text, mention", [
    # a description of an intelligence service that names no state is not Britain's
    ("Во Франции Секретная разведывательная служба раскрыла заговор.", "Секретная разведывательная служба"),
    ("В Заречии секретная разведывательная служба раскрыла заговор. Секретная разведывательная служба молчит.",
     "Секретная разведывательная служба"),
])
def test_a_service_of_no_state_is_not_britains(models, text, mention):
    assert org_entity_names(text, models).get(mention) != "Секретная разведывательная служба Великобритании"


@pytest.mark.parametrize("text, name, country", [
    ("Глава «Моссада» Пётр Заречный выступил на заседании.", "Моссад", "IL"),
    ("Глава МИ-6 Пётр Заречный выступил на заседании.", "Секретная разведывательная служба Великобритании", "GB"),
])
def test_a_service_is_its_states(models, text, name, country):
    assert {org.name: org.country for org in analyze(text, models).organizations}[name] == country


@pytest.mark.parametrize("text, mention, expected", [
    ("В мае 1983 года Правительство России одобрило план. В 1983 году план был исполнен.", "Правительство России",
     "Совет министров РСФСР"),
    ("В мае 2015 года Правительство России одобрило план.", "Правительство России",
     "Правительство Российской Федерации"),
])
def test_russias_government_by_its_name_of_the_time(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, name, abbr", [
    # a body by its former name has no abbreviation of its later name
    ("В мае 1983 года Правительство России одобрило план. В 1983 году план был исполнен.", "Совет министров РСФСР",
     None),
    ("В мае 1991 года Правительство России одобрило план. В 1991 году план был исполнен.", "Совет министров РСФСР",
     None),
    ("В мае 2010 года Минкомсвязь одобрила план. В 2010 году план был исполнен.",
     "Министерство связи и массовых коммуникаций Российской Федерации", "Минкомсвязь России"),
    ("В мае 2015 года Правительство России одобрило план.", "Правительство Российской Федерации", "Правительство РФ"),
])
def test_a_body_by_its_name_of_the_time_has_that_names_abbreviation(models, text, name, abbr):
    assert {org.name: org.abbr for org in analyze(text, models).organizations}[name] == abbr


@pytest.mark.parametrize("text, mention, expected", [
    # a club by its nickname: the club of the dictionary, of its country
    ("Каталонская \"Барселона\" объявила о трансфере. В футболке \"Барсы\" Пётр Заречный провёл 71 матч.", "Барсы",
     "Барселона"),
])
def test_a_club_by_its_nickname(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
