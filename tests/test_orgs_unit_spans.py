"""Spans of units and kinds of bodies: a unit's span that took the first adjective of the body after it
gives way, a unit's words alone give way to the unit named with its organization, and a kind's abbreviation
joins the quoted name apposed to it."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, expected", [
    # ``пресс-службе Амурской`` took the first adjective of the prosecutor's office after it for a region
    ("Предприятие заплатило штраф — 560 тысяч рублей, сообщили в пресс-службе Амурской бассейновой "
     "природоохранной прокуратуры.",
     {"пресс-службе Амурской бассейновой природоохранной прокуратуры",
      "Амурской бассейновой природоохранной прокуратуры"}),
])
def test_unit_crossing_the_body_after_it_gives_way(models, text, expected):
    assert set(org_entity_names(text, models)) == expected


@pytest.mark.parametrize("text, expected", [
    # the branch named with its company: no second body of the branch's words alone
    ("«Регион непростой», – рассказал директор Тверского отделения «Звездофона» Пётр Зорин.",
     {"Тверского отделения «Звездофона»": "Тверское отделение «Звездофона»", "Звездофона": "Звездофон"}),
])
def test_unit_words_alone_give_way_to_the_unit_with_its_body(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, mention, name", [
    # ``ЧВК`` apposed to a quoted name: one company, not a kind and a name apart
    ("Бойцы ЧВК «Зорянка» покинули город.", "ЧВК «Зорянка»", "ЧВК «Зорянка»"),
    # a legal form tagged apart joins it as well
    ("Договор с ООО «Зорянка» подписан.", "ООО «Зорянка»", "ООО «Зорянка»"),
])
def test_kind_abbreviation_joins_its_quoted_name(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, absent", [
    ("Бойцы ЧВК «Зорянка» покинули город.", "ЧВК"),
    ("Сотрудники ЧВК охраняют объект. Компания «Зорянка» молчит.", "ЧВК «Зорянка»"),
])
def test_kind_abbreviation_alone(models, text, absent):
    assert absent not in org_entity_names(text, models)
