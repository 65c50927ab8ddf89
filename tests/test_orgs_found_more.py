"""ORG and LOC spans around brackets and quotes natasha gets wrong, and bodies named by a level of
government and the place it governs."""

from __future__ import annotations

import pytest

from .conftest import analyze


def spans_of(text, models, kind) -> list[str]:
    return [m.text for m in analyze(text, models).mentions if m.type == kind]


@pytest.mark.parametrize("text, orgs, places", [
    # a place natasha ran into the abbreviation in brackets after a body: the abbreviation is the body's
    ("Решение принял глава Федеральной налоговой службы РФ (ФНС РФ) Олег Курочкин.",
     ["Федеральной налоговой службы РФ", "ФНС РФ"], ["РФ"]),
    ("Его назначили главой Федеральной таможенной службы России (ФТС России).",
     ["Федеральной таможенной службы России", "ФТС России"], ["России"]),
    # a closing bracket taken in without the opening one is no part of a place
    ("Агентства Эксперт-Рейтинг (ExpertRating) и Рус-Кредит (RusCredit) понизили рейтинг банка.",
     ["ExpertRating"], None),
])
def test_brackets_after_a_place(models, text, orgs, places):
    found = spans_of(text, models, "ORG")
    assert all(org in found for org in orgs)
    located = spans_of(text, models, "LOC")
    assert not any("(" in p or ")" in p for p in located)
    assert places is None or all(p in located for p in places)


@pytest.mark.parametrize("text, expected", [
    # a quoted name after a word of an organization holds a place natasha tagged alone
    ("Она возглавила благотворительный фонд «Друзья музеев Армении».",
     "благотворительный фонд «Друзья музеев Армении»"),
    ("В 2001 году он основал фонд «Память Болгарии».", "фонд «Память Болгарии»"),
    # a level of government and the place it governs make a body of a council
    ("Решение принял городской совет Твери.", "городской совет Твери"),
    ("Глава окружного совета Суррея Питер Блейк открыл сессию.", "окружного совета Суррея"),
    # a body with adjectives of what it does and a phrase of its field
    ("Вопрос обсудила межведомственная комиссия по охране лесов.", "межведомственная комиссия по охране лесов"),
    ("Итоги подвели на заседании межведомственной комиссии по делам несовершеннолетних.",
     "межведомственной комиссии по делам несовершеннолетних"),
    # a place after ``по`` belongs to the body whose field it names
    ("Сотрудники следственного управления по Тверской области возбудили дело.",
     "следственного управления по Тверской области"),
    ("Сотрудники следственного отдела по Центральному району Твери возбудили дело.",
     "следственного отдела по Центральному району Твери"),
    # a common noun opening the sentence before a legal form is no part of the name
    ("Акции ПАО Вектор выросли за неделю.", "ПАО Вектор"),
    ("Сотрудники АО «Ромашка» получили премии.", "АО «Ромашка»"),
])
def test_organizations_natasha_misses(models, text, expected):
    assert expected in spans_of(text, models, "ORG")


@pytest.mark.parametrize("text, absent", [
    # a straight quote right after a word closes a name: no name opens there
    ('"Вымпел" стал третьим в зоне "Центр" первой лиги, "Ротор" - пятым.', 'Центр" первой лиги, "'),
    ('Команда сыграла в зоне "Восток" первой лиги, "Сокол" - в третьей.', 'Восток" первой лиги, "'),
])
def test_no_name_between_two_quoted_names(models, text, absent):
    assert not any(absent in org for org in spans_of(text, models, "ORG"))


@pytest.mark.parametrize("text, absent", [
    # bodies made many by a determiner are none of them
    ("Кандидата поддержали все федерации стран Азии.", "федерации стран Азии"),
    ("Почти все министерства Литвы поддержали проект.", "министерства Литвы"),
    # an airport is a place whatever natasha tags it
    ("Самолёт приземлился в Бостонском аэропорту.", "Бостонском аэропорту"),
])
def test_spans_that_name_no_one_organization(models, text, absent):
    assert absent not in spans_of(text, models, "ORG")


@pytest.mark.parametrize("text, absent, present", [
    # quoted titles natasha tagged fewer than half of in a list of them are titles, wherever they recur
    ("Её романы: «Тихий сад», «Сандро из Тамбова», «Синие горы», «Маринка», «Дом у реки», «Последний снег». "
     "В 2027 году выйдет «Сандро из Тамбова».", "Сандро из Тамбова", None),
    ("Он написал книги «Сад», «Кедр», «Софочка», «Дорога» и «Мост».", "Кедр", None),
    # a list of companies natasha tagged stays
    ("Контракты получили компании «Вектор», «Кедр» и «Рассвет».", None, "Рассвет"),
])
def test_titles_in_lists_of_quoted_names(models, text, absent, present):
    found = spans_of(text, models, "ORG")
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("text, expected", [
    # a quoted name right before its abbreviation in brackets, whatever full stops it holds
    ('В парламент прошли Гражданская партия (ГП), "Право. Честь. Порядок 12" (ПЧП 12) и другие.',
     ["Право. Честь. Порядок 12", "ПЧП 12"]),
    ("В парламент прошли «Союз. Труд. Мир» (СТМ) и «Зелёный берег».", ["Союз. Труд. Мир", "СТМ"]),
])
def test_quoted_names_before_their_abbreviations(models, text, expected):
    found = spans_of(text, models, "ORG")
    assert all(name in found for name in expected)


@pytest.mark.parametrize("text, expected, absent", [
    # an organization named again without the first adjectives of its name
    ("Федеральное дорожное управление сообщило о ремонте. Позже Дорожное управление уточнило сроки.",
     "Дорожное управление", None),
    ("Сотрудники Северного морского агентства прибыли в порт. Представитель морского агентства "
     "рассказал о планах.", "морского агентства", None),
    # not one of many of its kind, nor before the full name
    ("Московский государственный университет открыл курс. Другой государственный университет отказался.",
     None, "государственный университет"),
    ("Дорожное управление района закрыто. Федеральное дорожное управление сообщило о ремонте.",
     None, "Дорожное управление"),
])
def test_names_shortened_when_repeated(models, text, expected, absent):
    found = spans_of(text, models, "ORG")
    assert expected is None or expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize("text, orgs, places", [
    # a name the gazetteer does not know joined to an organization's is an organization's, and so is its
    # Latin spelling in brackets
    ("Контракты получили компании «Вектор» и Кедр-Инвест.", ["Кедр-Инвест"], []),
    ("Агентства ZETA (Зета Рейтинг) и Рус-Кредит (RusCredit) в понедельник понизили рейтинг банка.",
     ["Рус-Кредит", "RusCredit"], []),
    # a place joined to the place an organization's name ends with stays a place
    ("Матч между сборными командами Англии и Северной Ирландии пройдёт в мае.", [], ["Северной Ирландии"]),
])
def test_names_joined_to_organizations(models, text, orgs, places):
    found = spans_of(text, models, "ORG")
    assert all(org in found for org in orgs)
    located = spans_of(text, models, "LOC")
    assert all(place in located for place in places)


@pytest.mark.parametrize("text, absent, present", [
    # an abbreviation spelled out in lower case in brackets is a term, wherever it recurs
    ("Появится здание ПЭТ (позитронно-эмиссионная томография). Стоимость ПЭТ составит 40 тысяч рублей.",
     "ПЭТ", None),
    ("В клинике установят аппарат КЛТ (конусно-лучевой томографии).", "КЛТ", None),
    # a body spelled out, or a bracket that spells nothing out, leaves the abbreviation an organization
    ("Заявление сделала ФНС (федеральная налоговая служба).", None, "ФНС"),
    ("Он выиграл Кубок УЕФА (в 2003 году) и Лигу чемпионов.", None, "УЕФА"),
])
def test_abbreviations_of_terms(models, text, absent, present):
    found = spans_of(text, models, "ORG")
    assert absent is None or absent not in found
    assert present is None or present in found


def test_a_place_named_with_brackets_stays_whole(models):
    text = "Делегация Республики Саха (Якутия) прибыла в Тверь."
    assert "Республики Саха (Якутия)" in spans_of(text, models, "LOC")

