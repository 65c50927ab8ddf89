"""Organizations of the sixty-sixth round: a legal form's abbreviation in brackets (``предприятия (ФГУП) «…»``) is
no abbreviation of the body, which the initials of its quoted name name instead; an indeclinable noun between an
adjective and the head it qualifies (``Северной медиа группы``) leaves the head and its adjective in the nominative;
a body named again without the adjective of its place (``Фонд ремёсел`` after ``Тверской фонд ремёсел``) is the one
named with it; a capitalised noun the tagger reads as an adjective (``Дирекции радиовещания``) heads the name."""

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
    assert [org.abbr for org in analyze(text, models).organizations] == [None]  # one body, not its legal form's


@pytest.mark.parametrize("text, mention, name", [
    ("Генеральный директор Северной медиа группы Иван Петров подписал договор.", "Северной медиа группы",
     "Северная медиа группа"),
    ("Директор Заречного шоу театра Анна Петрова дала интервью.", "Заречного шоу театра", "Заречный шоу театр"),
])
def test_undeclined_noun_before_head(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # the body named again without the adjective of its place
    ("Тверской фонд ремёсел отмечает юбилей. За год в Фонде ремёсел прошло пять выставок.", "Фонде ремёсел",
     "Тверской фонд ремёсел"),
    ("Самарский союз резчиков открыл выставку. Председатель Союза резчиков Иван Сомов выступил на открытии.",
     "Союза резчиков", "Самарский союз резчиков"),
])
def test_body_named_again_without_its_place(models, text, mention, name):
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
