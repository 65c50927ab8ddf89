"""Companies named after the word that says what they are: a name in apposition after a descriptor of an oblique
case is written in the nominative (the descriptor declines for it), and a quoted name ends before a ``по`` phrase
of the sentence (how much, by what), which is no part of it."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, org_texts


@pytest.mark.parametrize("text, mention, name", [
    # one capitalised word ending in a consonant after a descriptor of an oblique case: as written
    ("Акции передали компании Агроутех.", "компании Агроутех", "Агроутех"),
    ("Сделку одобрили в холдинге Агроутех.", "холдинге Агроутех", "Агроутех"),
    # a genitive dependent is declined as before
    ("Доклад агентства Рейтер вышел в среду.", "агентства Рейтер", "Рейтер"),
])
def test_undeclined_name_after_a_descriptor(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    ("Пакет акций передадут госкорпорации «Кедратом» по номинальной стоимости бумаг.",
     "госкорпорации «Кедратом»", "Кедратом"),
    ("Завод продали компании «Лорикс» по цене выше рыночной.", "компании «Лорикс»", "Лорикс"),
    # a body named by its field keeps its ``по`` phrase
    ("Решение принял комитет по бюджету Заречной области.", "комитет по бюджету Заречной области",
     "Комитет по бюджету Заречной области"),
])
def test_quoted_name_ends_before_a_po_phrase(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # a legal form before a quoted abbreviation: the company named in full whose initials it is
    ("«Кедровая металлургическая компания» купит завод. Об этом сообщили в ПАО «КМК».", "ПАО «КМК»",
     "Кедровая металлургическая компания"),
    ("Банк «Заречный торговый кредит» открыл офис. Акции АО «ЗТК» выросли.", "АО «ЗТК»", "Заречный торговый кредит"),
    # no body named in full whose initials it is: the company as written
    ("ПАО «КМК» купит завод. Об этом сообщил Петр Кедров.", "ПАО «КМК»", "ПАО «КМК»"),
    # a body of state or of a town with the same initials is another: the company as written
    ("Администрация Заречного заключила договор с ООО «ГДК». Городской дорожный комитет проверит качество работ.",
     "ООО «ГДК»", "ООО «ГДК»"),
    ("Департамент строительства заключил договор с АО «ЗДУ». Заречное дорожное управление приняло работы.",
     "АО «ЗДУ»", "АО «ЗДУ»"),
])
def test_legal_form_before_initials(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mentions", [
    # a capitalised compound ending in a kind of enterprise: an organization however natasha tagged it
    ("ЗАРЕЧНЫЙ, 1 марта. Кедрмашзавод перешел под контроль концерна.", ["Кедрмашзавод"]),
    ("Завершен процесс перехода Кедрмашзавода в новый холдинг.", ["Кедрмашзавода"]),
    ("Акции Пихтокомбината выросли в среду.", ["Пихтокомбината"]),
])
def test_compound_enterprise_names(models, text, mentions):
    assert [m for m in org_texts(text, models) if m in mentions] == mentions


@pytest.mark.parametrize("text, mentions", [
    # ``под управление``, ``под руководством`` before a company: its control or lead, no unit of it
    ("Завод перешел под управление АО «Кедр».", ["АО «Кедр»"]),
    ("Работы идут под руководством ООО «Лорикс».", ["ООО «Лорикс»"]),
    ("Пресс-служба АО «Кедр» сообщила о сделке.", ["Пресс-служба АО «Кедр»", "АО «Кедр»"]),
])
def test_control_of_a_company_is_no_unit(models, text, mentions):
    assert org_texts(text, models) == mentions


@pytest.mark.parametrize("text, mention, name", [
    # one pair of straight quotes: guillemets, as for any other pair
    ('Суд отклонил иск к АО "Кедр". Директор АО "Кедр" Петр Кедров не согласен.', 'АО "Кедр"', "АО «Кедр»"),
])
def test_straight_quotes_as_guillemets(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # a quoted name's ``по`` phrase of a place names the office that serves it
    ("Сотрудники ФГБУ «Земельная палата» по Заречной области проверили участок.",
     "ФГБУ «Земельная палата» по Заречной области", "ФГБУ «Земельная палата» по Заречной области"),
    ("Сотрудники ФГБУ «Кадастровая палата» по Тверской области проверили участок в Торжке.",
     "ФГБУ «Кадастровая палата» по Тверской области", "ФГБУ «Кадастровая палата» по Тверской области"),
    ("Жалобу рассмотрел филиал ППК «Земкадастр» по Омской области.",
     "филиал ППК «Земкадастр» по Омской области", "Филиал ППК «Земкадастр» по Омской области"),
])
def test_quoted_name_keeps_a_po_phrase_of_its_place(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name
