"""Organizations of the sixty-sixth round: a legal form's abbreviation in brackets (``предприятия (ФГУП) «…»``) is
no abbreviation of the body, which the initials of its quoted name name instead (never over an abbreviation the
dictionary knows: ``ЕС`` beside ``ООО «Европейская сеть»``); an indeclinable noun between an adjective and the head it
qualifies (``Северной медиа группы``) leaves the head and its adjective in the nominative, unless the adjective agrees
with the indeclinable noun itself (``Московского бюро журнала``); a body named without the adjective of its place is
not joined to the one named with it (``Союз звонарей`` is most often the national one); a capitalised noun the tagger
reads as an adjective (``Дирекции радиовещания``) heads the name."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    # the legal form's abbreviation is no body's; the initials of the quoted name are
    ("Директором Федерального государственного унитарного предприятия (ФГУП) «Заречная энергетическая сеть» "
     "назначен Иван Петров. ФГУП «ЗЭС» обслуживает три района.", "ФГУП «ЗЭС»",
     "Федеральное государственное унитарное предприятие «Заречная энергетическая сеть»"),
    ("Акционерное общество (АО) «Кедровская торговая компания» купило склад. Выручка КТК выросла.", "КТК",
     "Акционерное общество «Кедровская торговая компания»"),
])
def test_legal_form_in_brackets_is_no_abbreviation(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name
    # one body, whose abbreviation is the one the text names it by, not its legal form's
    assert [org.abbr for org in analyze(text, models).organizations] == [mention.split("«")[-1].strip("»")]


@pytest.mark.parametrize("text, mention, name", [
    # initials of a company's quoted name never take over an abbreviation the dictionary knows
    ("ООО «Европейская сеть» открыло офис. Санкции ЕС ударили по компании.", "ЕС", "Европейский союз"),
    ("ЗАО «Всемирная организация» подала иск. Представители ВОЗ прибыли в Кедровск.", "ВОЗ",
     "Всемирная организация здравоохранения"),
    # letters no dictionary gives are the company's, and its abbreviation
    ("АО «Заречный сервис» начало работу. Директор ЗС Иван Котов доволен.", "ЗС", "АО «Заречный сервис»"),
])
def test_quoted_initials_yield_to_the_dictionary(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


def test_quoted_initials_are_the_body_abbreviation(models):
    text = "ООО «Балтийская служба» открыло филиал. Решение БС одобрил совет директоров."
    assert [(org.name, org.abbr) for org in analyze(text, models).organizations] == [("ООО «Балтийская служба»", "БС")]


@pytest.mark.parametrize("text, mention, name", [
    ("Генеральный директор Северной медиа группы Иван Петров подписал договор.", "Северной медиа группы",
     "Северная медиа группа"),
    ("Директор Заречной медиа компании Анна Петрова дала интервью.", "Заречной медиа компании",
     "Заречная медиа компания"),
    # the adjective agrees with the indeclinable noun itself: that noun is the head
    ("Глава Северного бюро телеканала «Заря» Олег Зотов выступил.", "Северного бюро телеканала «Заря»",
     "Северное бюро телеканала «Заря»"),
    ("Начальник Южного депо завода Игорь Лямин уволился.", "Южного депо завода", "Южное депо завода"),
    ("Заместитель директора Кедровского бюро перевода Игорь Лямин выступил.", "Кедровского бюро перевода",
     "Кедровское бюро перевода"),
    ("Корреспондент Заречного бюро агентства Анна Котова уехала.", "Заречного бюро агентства",
     "Заречное бюро агентства"),
])
def test_undeclined_noun_before_head(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a body named without the adjective of its place is not the one named with it: most often the national one
    ("Российский союз звонарей провёл съезд. В Союзе звонарей пятьсот членов.", "Союзе звонарей", "Союз звонарей"),
    ("Заречный фонд ремёсел отмечает юбилей. Грант Фонда ремёсел получили пять мастеров.", "Фонда ремёсел",
     "Фонд ремёсел"),
])
def test_body_named_without_its_place_stays(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a capitalised noun the tagger reads as an adjective heads the name still
    ("Отныне Сомов будет занимать пост первого заместителя директора Редакции радиовещания ГТРК.",
     "Редакции радиовещания ГТРК", "Редакция радиовещания ГТРК"),
    ("Отныне Сомов будет занимать пост первого заместителя директора Дирекции радиовещания ГТРК.",
     "Дирекции радиовещания ГТРК", "Дирекция радиовещания ГТРК"),
])
def test_capitalised_noun_read_as_adjective_heads_the_name(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
