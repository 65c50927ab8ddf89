"""Bodies named beside a meeting they hold, working groups and subcommittees with the field they
work in, and units named with the organization they belong to."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_texts


def spans_of(text, models, kind) -> list[str]:
    return [m.text for m in analyze(text, models).mentions if m.type == kind]


@pytest.mark.parametrize("text, expected, absent", [
    # an event noun opening natasha's span is no part of the body that holds the event
    ("Заседание комитета по бюджету и налогам прошло во вторник.", "комитета по бюджету и налогам",
     "Заседание комитета по бюджету и налогам"),
    ("Съезд партии «Зелёный союз» прошёл в Казани.", "партии «Зелёный союз»", "Съезд партии «Зелёный союз»"),
    ("Совещание комиссии по транспорту перенесли на май.", "комиссии по транспорту",
     "Совещание комиссии по транспорту"),
    # an event noun alone is no organization
    ("Слушания провёл подкомитет сената по разведке.", "подкомитет сената по разведке", "Слушания"),
])
def test_event_nouns_are_no_part_of_bodies(models, text, expected, absent):
    found = spans_of(text, models, "ORG")
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    # a quoted name that is an event's word is a name
    ("Акции компании «Форум» выросли.", "Форум"),
    ("Сотрудники агентства «Визит» отказались от комментариев.", "Визит"),
])
def test_quoted_names_of_event_words(models, text, expected):
    assert any(expected in span for span in spans_of(text, models, "ORG"))


@pytest.mark.parametrize("text, expected", [
    # a working group with its adjectives and the field it works in
    ("Он вошёл в состав российско-индийской рабочей группы по торговле.",
     "российско-индийской рабочей группы по торговле"),
    ("Доклад подготовила рабочая группа по реформе образования.", "рабочая группа по реформе образования"),
    ("Он возглавил межведомственную рабочую группу по миграции.", "межведомственную рабочую группу по миграции"),
    # a subcommittee with the body it belongs to and its field
    ("Слушания провёл подкомитет сената по разведке.", "подкомитет сената по разведке"),
])
def test_groups_and_subcommittees(models, text, expected):
    assert expected in spans_of(text, models, "ORG")


@pytest.mark.parametrize("text", [
    "Рабочая группа соберётся в мае.",
    "Для этого создадут рабочие группы по каждому направлению.",
    "В рабочую группу вошли пять экспертов.",
])
def test_groups_without_a_field_are_no_bodies(models, text):
    assert not any("групп" in span for span in spans_of(text, models, "ORG"))


@pytest.mark.parametrize("text, unit, body", [
    # the field after a body in the genitive is the unit's before it, not the body's
    ("Депутат обратился в комитет Законодательного собрания по здравоохранению.",
     "комитет Законодательного собрания по здравоохранению", "Законодательного собрания"),
    ("Письмо направили в комиссию Народного хурала по бюджету.",
     "комиссию Народного хурала по бюджету", "Народного хурала"),
])
def test_field_of_a_unit(models, text, unit, body):
    found = spans_of(text, models, "ORG")
    assert unit in found
    assert body in found
    assert not any(span.startswith(body + " по") for span in found)


@pytest.mark.parametrize("text, expected", [
    # a unit before a quoted name closes the quotes the name opened
    ("Сделку одобрил совет директоров «Северной верфи» в понедельник.", "совет директоров «Северной верфи»"),
    ("Вопрос рассмотрит правление «Южного порта» на этой неделе.", "правление «Южного порта»"),
])
def test_unit_closes_the_quotes(models, text, expected):
    assert expected in spans_of(text, models, "ORG")


@pytest.mark.parametrize("text, expected", [
    # an abbreviation of a unit takes the word of the body it belongs to
    ("Решение принял ЦК партии.", "ЦК партии"),
    ("Секретарь ЦК компартии выступил с докладом.", "ЦК компартии"),
])
def test_unit_abbreviation_with_its_body(models, text, expected):
    assert expected in spans_of(text, models, "ORG")


@pytest.mark.parametrize("text, name, found", [
    # a quoted name after a noun of an operation or exercise names no organization
    ("Служба объявила о спецоперации «Лесной щит» против контрабанды.", "Лесной щит", False),
    ("Войска провели учения «Северный вал-2019» у границы.", "Северный вал-2019", False),
    # a company's name after a noun of no operation stays
    ("Операция завершилась, сообщила компания «Лесной щит».", "компания «Лесной щит»", True),
    # a quoted name in a case of its own is the owner of the operation, a body (not in apposition to the noun)
    ("Эксперты оценили итоги рекламной кампании «Кедрбанка» в регионах.", "Кедрбанка", True),
])
def test_operation_name_no_body(models, text, name, found):
    assert (name in org_texts(text, models)) is found
