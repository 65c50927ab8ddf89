"""A ministry named by what it does (``внешнеполитическое ведомство``) is the ministry the text names for its
country, or that ministry named in full (nerpipe.resolve.described_ministries)."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # the ministry the text names by its name, for the same country
    ("МИД Великобритании сообщил о переговорах. Глава британского внешнеполитического ведомства Джон Кервуд "
     "прибыл в Осло.", "британского внешнеполитического ведомства", "МИД Великобритании"),
    ("Минобороны Франции опровергло сообщение. Об этом сказал глава французского военного ведомства Пьер Лакур.",
     "французского военного ведомства", "Минобороны Франции"),
    ("МИД РФ выразил протест. В российском внешнеполитическом ведомстве назвали решение ошибкой.",
     "российском внешнеполитическом ведомстве", "Министерство иностранных дел Российской Федерации"),
    # none named: the ministry named in full
    ("Финансовое ведомство Германии опубликовало отчёт о расходах.", "Финансовое ведомство Германии",
     "Министерство финансов Германии"),
    ("В российском внешнеполитическом ведомстве назвали решение ошибкой.",
     "российском внешнеполитическом ведомстве", "Министерство иностранных дел Российской Федерации"),
    # the ministry of another country stays apart
    ("МИД Франции сообщил о переговорах. В британском внешнеполитическом ведомстве от комментариев отказались.",
     "британском внешнеполитическом ведомстве", "Министерство иностранных дел Великобритании"),
])
def test_described_ministry(text, mention, expected, models):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a ministry of a name of its own is not the described one
    ("Министерство вооружённых сил Франции сообщило об учениях. Глава французского военного ведомства "
     "Пьер Лакур выступил в парламенте.", "Министерство вооружённых сил Франции",
     "Министерство вооружённых сил Франции"),
])
def test_named_ministry_kept(text, mention, expected, models):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the mention keeps the words it names the ministry by, in the nominative
    ("МИД Японии сообщил о переговорах. Представитель японского дипломатического ведомства Кэндзи Арата "
     "вернулся в Москву.", "японского дипломатического ведомства", "Японское дипломатическое ведомство"),
    ("Глава внешнеполитического ведомства России Иван Дорин выступил.", "внешнеполитического ведомства России",
     "Внешнеполитическое ведомство России"),
])
def test_described_mention_as_written(text, mention, expected, models):
    result = analyze(text, models)
    assert {m.text: m.normal for m in result.mentions if m.type == "ORG"}[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a country's adjective and ``ведомство`` alone: the state body of that country named last before it
    ("Служба внешней разведки России сообщила о подготовке. В заявлении российского ведомства отмечается иное.",
     "российского ведомства", "Служба внешней разведки Российской Федерации"),
    # a company is no state body
    ("Компания «Кедр» сообщила о подготовке. В заявлении российского ведомства отмечается иное.",
     "российского ведомства", "Ведомство России"),
    # nor a company of the dictionary
    ("Сбербанк повысил ставки. В заявлении российского ведомства отмечается иное.",
     "российского ведомства", "Ведомство России"),
])
def test_bare_department_of_a_country(text, mention, expected, models):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("written, name, expected", [
    # an adjective and ``ведомство``: a way to write a state body only
    ("Российское ведомство", "Служба внешней разведки Российской Федерации", True),
    ("Российское ведомство", "Министерство обороны Российской Федерации", True),
    ("Российское ведомство", "Сбербанк", False),
    ("Российское ведомство", "Компания Кедр", False),
])
def test_department_spells_a_state_body(written, name, expected, models):
    assert models.orgs.spells(written, name) is expected
