"""First names whose case or gender pymorphy's readings mislead (invented names): the genitive ``-ы`` of a
name it knows only as an indeclinable one or as no name, a woman's indeclinable name in ``-и`` it also
reads as the genitive of another, a woman's name it does not know in the dative ``-е`` before a surname
that does not decline, a man's in the locative ``-ле`` of one in ``-ль``, and a name right before another
and their verb in the case its words agree in."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    # the genitive ``-ы`` of a name in ``-а``: pymorphy knows the word as an indeclinable name or a noun only
    ("Письмо от Аны Торребланки пришло в пятницу.", "Ана Торребланка"),
    ("Для Ивы Кармоны это была первая поездка.", "Ива Кармона"),
    # not a name pymorphy knows declined
    ("Для Никиты Мединцева это была первая поездка.", "Никита Мединцев"),
    # a woman's indeclinable name in ``-и``, likelier than the genitive of a name in ``-я``
    ("У Натали Гарнье нет претензий к подрядчику.", "Натали Гарнье"),
    ("По словам Нелли Бозонне, работы завершатся в срок.", "Нелли Бозонне"),
    # the dative of a name pymorphy knows stays its declined form, not a foreign name written alike
    ("Премию вручили Анне Гарнье в понедельник.", "Анна Гарнье"),
    # a woman's name pymorphy does not know, in the dative ``-е``, before a surname that does not decline
    ("Премию вручили Дальмире Россетти в понедельник.", "Дальмира Россетти"),
    ("Вечером мэр позвонил Ливьяре Скарпетти и поблагодарил за работу.", "Ливьяра Скарпетти"),
    # not a man's name that does not decline, in ``-пе``, ``-ле``, ``-оре``
    ("Премию вручили Фелипе Скарпетти в понедельник.", "Фелипе Скарпетти"),
    ("Премию вручили Микеле Россетти в понедельник.", "Микеле Россетти"),
    ("Премию вручили Этторе Россетти в понедельник.", "Этторе Россетти"),
    # a man's name in the locative ``-ле`` that pymorphy knows as an oblique form of a noun: one in ``-ль``,
    # the case the first name's tag, the surname untagged
    ("Мы говорили о Жиле Дюкурнье весь вечер.", "Жиль Дюкурнье"),
    ("При Жиле Лавуазье компания открыла три завода.", "Жиль Лавуазье"),
    # not a name pymorphy does not know, which may not decline
    ("При Микеле Скарпетти компания открыла три завода.", "Микеле Скарпетти"),
])
def test_first_name(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # the first of two names before their verb, tagged a genitive: the accusative its surname shows
    ("Глеба Бурдыгу Сергей Орлов встретил у входа.", {"Глеб Бурдыга", "Сергей Орлов"}),
    ("Павла Ступу Анна Орлова встретила у входа.", {"Павел Ступа", "Анна Орлова"}),
    # a surname in ``-у`` hung on a word alone keeps it (a Portuguese one that does not decline)
    ("У Жуана Пинту нет претензий к подрядчику.", {"Жуан Пинту"}),
])
def test_adjacent_case(models, text, expected):
    persons = analyze(text, models).persons
    assert {p.name for p in persons} == expected and len(persons) == len(expected)


@pytest.mark.parametrize("text, expected", [
    # a woman's first name of the Caucasus or Central Asia pymorphy reads as a man's, and her surname in
    # ``-ы``, ``-и`` kept as written in every case
    ("По словам Нигар Гасанлы, работы завершатся в срок.", "Нигар Гасанлы"),
    ("Выставка художницы Гюльшан Рахими открылась в Твери.", "Гюльшан Рахими"),
    ("Премию вручили Наргиз Мамедли в понедельник.", "Наргиз Мамедли"),
    ("Награду получила Лейсан Гарипова. Поздравления Лейсан Гариповой пришли вчера.", "Лейсан Гарипова"),
    # a surname in ``-а`` after a name that declines keeps its case ending apart
    ("По словам Паолы Эстрады, работы завершатся в срок.", "Паола Эстрада"),
])
def test_womans_first_names_pymorphy_reads_as_mens(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a name in ``-а`` pymorphy knows only as a man's genitive, before a foreign surname in a consonant written
    # as in the nominative: a woman's name in the nominative (a man's surname would decline with it)
    ("Отчёт представила глава отдела Себастьяна Вейсбергер, сообщили в мэрии.", "Себастьяна Вейсбергер"),
    ("Отчёт представила глава отдела Дорина Вейсбергер, сообщили в мэрии.", "Дорина Вейсбергер"),
    ("В совет вошла супруга посла Мартина Кольбрехт и её сестра.", "Мартина Кольбрехт"),
    # the man's genitive, his surname declined with it
    ("Мы встретили Мартина Кольбрехта у входа.", "Мартин Кольбрехт"),
    ("Письмо от Мартина Кольбрехта пришло вчера.", "Мартин Кольбрехт"),
])
def test_womans_name_before_undeclined_surname(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # one word alone pymorphy does not know is a surname, not a first name its guesses read it as
    ("Встреча с Тоскано прошла вчера.", (None, "Тоскано")),
    ("Полузащитник Джеррард забил гол.", (None, "Джеррард")),
    # a first name it knows, or a woman's of the Caucasus, alone stays one
    ("Вчера Айрат пришёл на работу.", ("Айрат", None)),
    ("Вчера Лейсан пришла на работу.", ("Лейсан", None)),
    # and one the document names in full is that person
    ("Об этом рассказала Лейсан Хасанова. Позже Лейсан уточнила сроки.", ("Лейсан", "Хасанова")),
])
def test_one_unknown_word_is_a_surname(models, text, expected):
    persons = analyze(text, models).persons
    assert (persons[0].first, persons[0].last) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name pymorphy knows and the initial of a surname withheld
    ("Задержанный Мохаммед А. дал показания.", [("Мохаммед А.", "Мохаммед", "А.")]),
    ("Анна К. рассказала о себе.", [("Анна К.", "Анна", "К.")]),
    # in an oblique case: the first name in the nominative, of the case and gender pymorphy reads it in
    ("Суд вынес приговор Тимуру Л. в пятницу.", [("Тимур Л.", "Тимур", "Л.")]),
    ("Соседи Гульнары Р. рассказали о пожаре.", [("Гульнара Р.", "Гульнара", "Р.")]),
    ("Следователи побеседовали с Фаридом Н. в четверг.", [("Фарид Н.", "Фарид", "Н.")]),
    # a first name pymorphy does not know, in the nominative and in an oblique case
    ("Зайнуддин Х. сообщил журналистам, что суд отложен.", [("Зайнуддин Х.", "Зайнуддин", "Х.")]),
    ("Суд вынес приговор Зайнуддину Х. в пятницу.", [("Зайнуддин Х.", "Зайнуддин", "Х.")]),
    # a word pymorphy knows as a first name as likely as a surname
    ("Показания в суде дал Гога Б., сосед пострадавшего.", [("Гога Б.", "Гога", "Б.")]),
    # a capital letter alone after a first name, no family name of China or Korea: an initial
    ("Подозреваемым оказался Зайнуддин Х, житель города.", [("Зайнуддин Х.", "Зайнуддин", "Х.")]),
    # a surname pymorphy reads as a first name, before an initial, of a person the document names in full
    ("Выступил Джейсон Уолдрон. Документ подписал Уолдрон Д.", [("Джейсон Уолдрон", "Джейсон", "Уолдрон")]),
    # a surname and an initial stay so
    ("Статью написал Петров А.", [("А. Петров", "А.", "Петров")]),
    ("Документ подписал Кормилов П.", [("П. Кормилов", "П.", "Кормилов")]),
    ("Приказ подписал Гейдаров А.", [("А. Гейдаров", "А.", "Гейдаров")]),
    ("Статью написал Ковальчук С. для журнала.", [("С. Ковальчук", "С.", "Ковальчук")]),
])
def test_first_name_and_initial_of_surname(models, text, expected):
    assert [(p.name, p.first, p.last) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a patronymic of two words, the father's name that does not decline and ``оглы`` or ``кызы``: the middle name,
    # no surname; the first name in the nominative of the gender the patronymic tells
    ("Задержан Ровшан Эльман оглы, житель села.", [("Ровшан", "Эльман оглы", None)]),
    ("Суд арестовал Ровшана Эльман оглы в пятницу.", [("Ровшан", "Эльман оглы", None)]),
    ("Суд назначил Нурлане Вагиф кызы штраф.", [("Нурлана", "Вагиф кызы", None)]),
    ("Делегацию возглавил Ровшан Эльман оглы Гасанов.", [("Ровшан", "Эльман оглы", "Гасанов")]),
    # ``кызы`` the span leaves out, right after it
    ("Награду получила Нурлана Вагиф кызы.", [("Нурлана", "Вагиф кызы", None)]),
])
def test_turkic_patronymic(models, text, expected):
    assert [(p.first, p.middle, p.last) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a first name alone after the document's only person of that first name and a patronymic, no surname
    ("Задержан Ринат Фаилевич, житель села. Ринат пояснил, что невиновен.", [("Ринат Фаилевич", 2)]),
    ("Задержан Ровшан Эльман оглы, житель села. Ровшан пояснил, что невиновен.", [("Ровшан Эльман оглы", 2)]),
    # not when two people have that first name
    ("Выступили Ольга Петровна и Ольга Сергеевна. Ольга поблагодарила гостей.",
     [("Ольга Петровна", 1), ("Ольга Сергеевна", 1), ("Ольга", 1)]),
])
def test_first_name_of_first_name_and_patronymic(models, text, expected):
    assert [(p.name, p.n_mentions) for p in analyze(text, models).persons] == expected
