"""A common noun that refers back to the organization named with it is an ORG; counted or made generic
by the words before it, it is any or many of its kind and no ORG."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, expected", [
    ("Компания «Лотос» расширяется. Руководство компании довольно итогами года.", True),
    ("Компания «Лотос» расширяется. Аналитики назвали две быстрорастущие компании с сильной культурой.", False),
    ("Компания «Лотос» расширяется. В отрасли работают 3 компании с иностранным капиталом.", False),
    ("Компания «Лотос» расширяется. Инвесторы вложились в две компании из Сибири.", False),
    ("Компания «Лотос» расширяется. Инвестор купил обе компании весной.", False),
    ("Компания «Лотос» расширяется. Каждая компания отрасли платит взносы.", False),
])
def test_a_counted_noun_is_no_organization(models, text, expected):
    second = text.split(". ", 1)[1]
    offset = text.index(second)
    found = [m for m in analyze(text, models).mentions if m.type == "ORG" and m.start >= offset]
    assert bool(found) == expected


NATO = "Организация Североатлантического договора"
INTERPOL = "Международная организация уголовной полиции"


@pytest.mark.parametrize("text, expected", [
    # a body named by its abbreviation is referred back to by the noun of its dictionary names
    ("Встреча министров НАТО прошла в Осло. Страны — члены альянса обсудили бюджет.",
     {"НАТО": NATO, "альянса": NATO}),
    ("Интерпол провёл операцию в трёх странах. Организация потратит на неё десять миллионов.",
     {"Интерпол": INTERPOL, "Организация": INTERPOL}),
    # a noun of another kind refers to nothing
    ("Встреча министров НАТО прошла в Осло. Страны — члены союза обсудили бюджет.", {"НАТО": NATO}),
])
def test_a_noun_of_a_dictionary_name_refers_back_to_its_abbreviation(models, text, expected):
    assert org_entity_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # another of its kind, or one ranked among its kind, is not the one named before
    ("Команда «Кедр» выиграла. Новая команда соберётся в мае.", {"Команда «Кедр»": "Кедр"}),
    ("Компания «Лотос» растёт. Она стала крупнейшей компанией региона.", {"Компания «Лотос»": "Лотос"}),
    ("Компания «Лотос» растёт. Акции компании подорожали.", {"Компания «Лотос»": "Лотос", "компании": "Лотос"}),
])
def test_another_of_its_kind_refers_to_none(models, text, expected):
    assert org_entity_names(text, models) == expected
