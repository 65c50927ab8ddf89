"""A woman's full name read as a man's where both fit (invented names): another span of the document shows
hers, by an ending only a woman's surname has or by her verb, and the man's reading goes to hers."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Партия выдвинула кандидатом Мирославу Корнееву. Согласие Мирославы Корнеевой получено.",
     [("Мирослава Корнеева", 2)]),
    ("Партия выдвинула кандидатом Мирославу Корнееву. Об этом сообщила Мирослава Корнеева.",
     [("Мирослава Корнеева", 2)]),
    # a man's name in the genitive read as a woman's stays his
    ("Встреча с Веселином Дражевым прошла вчера. Интервью Веселина Дражева вышло сегодня.",
     [("Веселин Дражев", 2)]),
])
def test_womans_reading_shown_elsewhere(models, text, expected):
    result = analyze(text, models)
    assert [(p.name, sum(m.entity_id == p.person_id for m in result.mentions)) for p in result.persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a first name pymorphy does not know: her verb and a surname in ``-ова`` show a woman's name, which the
    # man's reading of another span goes to, and the surname alone in her oblique case is hers
    ("Фонд принял в правление Севиль Гасымову. Севиль Гасымова работала врачом в Твери. "
     "Опыт Гасымовой пригодится фонду.",
     [("Севиль Гасымова", 3)]),
    ("Гюнель Алекперова приехала в город в мае. По словам Алекперовой, проект окупится.",
     [("Гюнель Алекперова", 2)]),
    # beside a man of the family, each keeps their own
    ("Тренер Тахир Рустамов привёз на сборы дочь Мехрибан Рустамову. Мехрибан Рустамова выиграла забег. "
     "Команда Рустамова заняла второе место.",
     [("Тахир Рустамов", 2), ("Мехрибан Рустамова", 2)]),
    # a Spanish man's surname in ``-ина`` is no woman's
    ("Эрнан Медина приехал в город в мае. Позже Медина рассказал о планах.",
     [("Эрнан Медина", 2)]),
])
def test_womans_surname_of_unknown_first_name(models, text, expected):
    result = analyze(text, models)
    assert [(p.name, sum(m.entity_id == p.person_id for m in result.mentions)) for p in result.persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a woman's first name that does not decline, or one pymorphy does not know that ends in a consonant: a
    # man's would decline with his surname, so the surname is hers in a case it can be in
    ("Журналисты видели Севиль Гасымову у входа в здание суда.", ["Севиль Гасымова"]),
    ("Севиль Гасымову назначили руководителем проекта.", ["Севиль Гасымова"]),
    ("По словам главного редактора Зульхумор Юсуповой, номер выйдет в срок.", ["Зульхумор Юсупова"]),
    ("В жюри вошли: Мехрибан Рустамова Севиль Гасымова Гюнель Алекперова.",
     ["Мехрибан Рустамова", "Севиль Гасымова", "Гюнель Алекперова"]),
    ("Айсель Гусейнова и Гюнель Алекперова подписали соглашение.", ["Айсель Гусейнова", "Гюнель Алекперова"]),
    # a name a line of its own is in the nominative, when its first word can be
    ("В жюри вошли:\nМехрибан Рустамова\nСитора Назарова\nОни оценят работы.",
     ["Мехрибан Рустамова", "Ситора Назарова"]),
    ("Памяти друга\nОлега Кравцова\nОн ушёл от нас в мае.", ["Олег Кравцов"]),
    # a man's name declines with his surname
    ("Премию вручили Ильгару Гусейнову. Позже с Ильгаром Гусейновым встретились журналисты.", ["Ильгар Гусейнов"]),
    # a first name pymorphy knows as a man's, before a woman's surname and her verb
    ("Гюльнар Кадырова выиграла турнир по шахматам.", ["Гюльнар Кадырова"]),
    # a first name natasha leaves out before her surname, tagged a man's genitive
    ("По словам министра Назаровой, проект окупится. Ситора Назарова приехала в город в мае.", ["Ситора Назарова"]),
])
def test_womans_name_of_undeclined_first_name(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected
