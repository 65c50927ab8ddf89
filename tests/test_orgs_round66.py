"""Organizations of the sixty-sixth round: a legal form's abbreviation in brackets (``предприятия (ФГУП) «…»``) is
no abbreviation of the body, which the initials of its quoted name name instead; an indeclinable noun between an
adjective and the head it qualifies (``Северной медиа группы``) leaves the head and its adjective in the nominative;
the plural ``власти`` of a place (``турецкие власти``, ``власти Таиланда``) is one body; a body named again without the
adjective of its place (``Фонд ремёсел`` after ``Тверской фонд ремёсел``) is the one named with it."""

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
    # a place's adjective before the plural noun
    ("Турецкие власти задержали двоих моряков.", "Турецкие власти", "Турецкие власти"),
    ("Склад открыли с ведома киргизских властей, сказал Иван Сомов.", "киргизских властей", "Киргизские власти"),
    # a place in the genitive after it, a sentence opening with it too
    ("Власти Таиланда отменили комендантский час.", "Власти Таиланда", "Власти Таиланда"),
    ("В июне власти Тамбова объявили конкурс.", "власти Тамбова", "Власти Тамбова"),
])
def test_authorities_of_a_place(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, expected", [
    # no place (``местные``), the singular (power), a person's: no body; the place's beside them is
    ("Местные власти промолчали, а турецкие власти задержали судно.", ["Турецкие власти"]),
    ("Он пришёл к власти в 1990 году, и власти Тамбова его поддержали.", ["Власти Тамбова"]),
    ("Власти Петрова боялись все, кроме властей Таиланда.", ["Власти Таиланда"]),
])
def test_authorities_only_of_a_place(models, text, expected):
    assert sorted(name for mention, name in org_entity_names(text, models).items() if "власт" in mention.lower()) \
        == expected


@pytest.mark.parametrize("text, mention, name", [
    # the body named again without the adjective of its place
    ("Тверской фонд ремёсел отмечает юбилей. За год в Фонде ремёсел прошло пять выставок.", "Фонде ремёсел",
     "Тверской фонд ремёсел"),
    ("Самарский союз резчиков открыл выставку. Председатель Союза резчиков Иван Сомов выступил на открытии.",
     "Союза резчиков", "Самарский союз резчиков"),
])
def test_body_named_again_without_its_place(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
