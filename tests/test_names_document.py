"""People of one document: names natasha leaves untagged, spans that name a place, one person
written in two alphabets (invented names)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from nerpipe.spans.people.recast import _family_plural

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    # a capitalised word after a form of address is a person, whatever natasha tags
    ("Её героини: мадам Трулинская и мадам Фрули-Пулли.", {"Трулинская", "Фрули-Пулли"}),
    ("Вошёл мистер Вокс и сел.", {"Вокс"}),
    # a surname in Cyrillic alone is the person of a full name the document writes in Latin letters
    ("Выступил Peter Wallace. Уоллес рассказал о планах.", {"Peter Wallace"}),
    ("Выступил Peter Wallace. С Уоллесом говорили.", {"Peter Wallace"}),
    ("Выступил Peter Wallace. По словам Уоллеса, всё хорошо.", {"Peter Wallace"}),
    # the streets of a corner are no people
    ("Магазин открыли на углу Лескова и Садовой.", set()),
    ("Кафе на углу Садовой и Лескова закрыли.", set()),
])
def test_people_of_a_document(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign surname written undeclined after a first name in an oblique case is a woman's:
    # the first name is a woman's, even one pymorphy knows only as a man's
    ("Письмо отправили Камале Уортон.", "Камала Уортон"),
    ("Письмо Камалы Уортон прочитали.", "Камала Уортон"),
    ("Встреча с Камалой Уортон прошла.", "Камала Уортон"),
    ("Письмо отправили Марте Уортон.", "Марта Уортон"),
    # a man's surname declines; a first name that shows no case stays as written
    ("Я видел Никиту Уортона.", "Никита Уортон"),
    ("Слово дали Хосе Уортону.", "Хосе Уортон"),
    ("Хосе Уортон выступил.", "Хосе Уортон"),
    ("Письмо отправили Рене Уортон.", "Рене Уортон"),
    # a surname with a man's dative ending is no nominative, whatever the syntax
    ("Слово предоставили Джо Бернсу.", "Джо Бернс"),
])
def test_gender_and_case_told_by_the_surname(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


def test_names_of_a_list_in_an_oblique_case(models):
    persons = analyze("Слово предоставили Джо Бернсу и Камале Уортон.", models).persons
    assert {p.name for p in persons} == {"Джо Бернс", "Камала Уортон"}


@pytest.mark.parametrize("text, surname_of", [
    # the gender of a verb form pymorphy reads in one gender only settles who a surname alone is
    ("Игорь Вальченко выступил. Осенью 2018 года Вальченко развёлся с бывшей супругой Еленой Вальченко.",
     "Игорь Вальченко"),
    ("Игорь Вальченко выступил. Позже Вальченко рассказала о бывшем супруге. Елена Вальченко живёт в Туле.",
     "Елена Вальченко"),
])
def test_a_surname_alone_is_the_person_of_the_verbs_gender(models, text, surname_of):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    alone = [m for m in result.mentions if m.type == "PER" and text[m.start:m.end] == "Вальченко"]
    assert [names[m.entity_id] for m in alone] == [surname_of]


@pytest.mark.parametrize("text, expected", [
    # a name natasha tags in part grows to the word before it in its case: a surname before a first
    # name, a first name before a surname
    ("Вратарь Котов Игорь пропустил гол.", {"Игорь Котов"}),
    ("Вратарь Котов Игорь Петрович пропустил гол.", {"Игорь Петрович Котов"}),
    ("В списке: Анна Котова\nПётр Смирнов\nИльдар Хайруллин", {"Анна Котова", "Пётр Смирнов", "Ильдар Хайруллин"}),
    # a first name runs on across a line break into its surname, a full name into no heading
    ("Отчёт представил директор Пётр\nСмирнов.", {"Пётр Смирнов"}),
    ("Сделку одобрил Пётр Смирнов\nНовости компании", {"Пётр Смирнов"}),
    # and into a surname that does not decline, one pymorphy does not know, a patronymic
    ("Об этом сообщил министр Гордей\nЛысенко, добавив, что сроки не изменятся.", {"Гордей Лысенко"}),
    ("Соглашение подписал Хорхе\nМантеро в пятницу.", {"Хорхе Мантеро"}),
    ("Вчера с Тимуром\nРуслановичем встретились журналисты.", {"Тимур Русланович"}),
    ("Вчера с Тимуром Руслановичем\nКовальчуком встретились журналисты.", {"Тимур Русланович Ковальчук"}),
    ("Интервью дала Анна\nМосква встретила её цветами.", {"Анна"}),
])
def test_parts_of_a_name_natasha_tags_apart(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # a surname the tagger reads as a plural names a family, no one person
    ("Выступил Пётр Черных.", {"Пётр Черных"}),
    ("Он видел Бернса.", {"Бернс"}),
])
def test_a_family_in_the_plural_is_no_person(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("word, number, expected", [
    # a word in -ей the tagger reads as a plural names a family; the singular endings never do
    ("Журавелей", "Plur", True),
    ("Журавелей", "Sing", False),
    ("Петровых", "Plur", False),
    ("Черных", "Plur", False),
])
def test_a_plural_in_ей_is_a_family(word, number, expected):
    assert _family_plural(SimpleNamespace(text=word, feat={"Number": number})) is expected


@pytest.mark.parametrize("text, expected", [
    # a patronymic the document writes alone is a surname (of the Serbian families)
    ("Матч выиграл Милан Петрович. Петровичу вручили кубок.", {"Милан Петрович"}),
    ("Выступил Никола Петрович. Петрович рассказал о планах.", {"Никола Петрович"}),
    ("Встреча с Миланом Петровичем прошла. Петрович рассказал о планах.", {"Милан Петрович"}),
    # a word of no name's part of speech opening a span is no part of the name
    ("Вчера Марко Иванович забил гол. Ивановича признали лучшим.", {"Марко Иванович"}),
    ("Также Анна Котова выступила.", {"Анна Котова"}),
    # a place before a surname stays a place
    ("Матч в Милане Петрович пропустил.", {"Петрович"}),
])
def test_patronymics_and_places_beside_a_name(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


def test_a_patronymic_as_a_surname_is_the_last_name(models):
    [person] = analyze("Матч выиграл Милан Петрович. Петровичу вручили кубок.", models).persons
    assert (person.first, person.middle, person.last) == ("Милан", None, "Петрович")


@pytest.mark.parametrize("text, expected", [
    # a woman's first name pymorphy does not know, or knows only as a man's plural, in every case
    ("Встреча с Джорджей Ферони прошла.", "Джорджа Ферони"),
    ("Письмо Джорджи Ферони прочитали.", "Джорджа Ферони"),
    ("Письмо Кайи Ваарас прочитали.", "Кайя Ваарас"),
    ("Встреча с Кайей Ваарас прошла.", "Кайя Ваарас"),
    ("Слово дали Кайе Ваарас.", "Кайя Ваарас"),
])
def test_a_womans_foreign_first_name_in_the_nominative(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a name in capitals of a heading is the person the text names by the surname
    ("ПЁТР СМИРНОВ: МЫ ПОБЕДИМ\nГлава компании рассказал о планах. Смирнов уверен в успехе.", {"Пётр Смирнов"}),
    ("Интервью с ПЕТРОМ СМИРНОВЫМ\nСмирнов рассказал о планах.", {"Пётр Смирнов"}),
    # the first part of a double surname alone is the person of the double surname
    ("Выступил Иван Котов-Сидоров. Котов рассказал о планах.", {"Иван Котов-Сидоров"}),
    ("Выступила Анна Котова-Сидорова. Котовой задали вопросы.", {"Анна Котова-Сидорова"}),
    ("Выступил Джон Смит. Смит-младший не пришёл.", {"Джон Смит", "Смит-младший"}),
])
def test_a_surname_alone_and_the_full_name(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # one word read as a surname that is no surname of the document but the first name of one
    # full name is that person
    ("Модель Тан Ли вышла замуж. Позже Тан, с которой он встречается давно, опровергла слухи.", {"Тан Ли"}),
    # a common noun in its nominative opening a three-word span is no part of the name
    ("Модель Лин Сяо вышла замуж.", {"Лин Сяо"}),
    ("Эксперт Анна Котова выступила.", {"Анна Котова"}),
])
def test_first_names_and_nouns_beside_a_full_name(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # a surname alone grows to a proper noun pymorphy does not know before it, in its case
    ("Тело Эйлис Доннелли нашли. Эйлис Доннелли пропала в четверг.", {"Эйлис Доннелли"}),
    # a first name and the first of two surnames is the person of the longer name
    ("Тело Мэри Кейн Уолш нашли в реке. Мэри Кейн пропала в четверг.", {"Мэри Кейн Уолш"}),
    # a surname after a kind of place names the place
    ("Спасатели округа Чарльз нашли тело.", set()),
])
def test_foreign_names_of_a_document(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # a name written surname first that natasha leaves untagged
    ("Выступила Котова Анна.", {"Анна Котова"}),
    ("Выступила Кормилова Анна Петровна.", {"Анна Петровна Кормилова"}),
    # after a noun of kin, a man's surname in the genitive and a first name are two people
    ("В апреле внучка Кормилова Анна вошла в совет директоров.", {"Кормилов", "Анна"}),
    ("Сын Кормилова Пётр выступил.", {"Кормилов", "Пётр"}),
])
def test_surname_first(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, surface", [
    # a name in the letters of China, Japan or Korea in brackets after a person's is that person
    ("Колонку вела Лю Жун (刘荣) и её команда. Лю Жун уехала.", "刘荣"),
    ("Выступил Ван Тао (王涛).", "王涛"),
])
def test_a_name_in_another_script_in_brackets(models, text, surface):
    result = analyze(text, models)
    [person] = result.persons
    spelled = [m for m in result.mentions if m.type == "PER" and text[m.start:m.end] == surface]
    assert [m.entity_id for m in spelled] == [person.person_id]


@pytest.mark.parametrize("text, expected", [
    # a name in Latin letters right after an occupation is a person's, and so is its recurrence
    ("Заблокирован аккаунт блогера Nightfox. Позже аккаунт Nightfox восстановили.", {"Nightfox"}),
    ("Композитор-неоклассик Long Wave озвучит фильм.", {"Long Wave"}),
    ("Певица Alina Frost выступила.", {"Alina Frost"}),
    ("Основатель Tesla выступил.", set()),
])
def test_a_latin_name_after_an_occupation(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


def test_a_name_in_another_script_after_a_latin_name(models):
    text = "Аккаунт блогера Nightfox (夜狐) закрыли. Позже аккаунт Nightfox восстановили."
    result = analyze(text, models)
    assert {p.name for p in result.persons} == {"Nightfox"}


@pytest.mark.parametrize("text, expected", [
    # a first name in -я the subject of a feminine verb is a woman's, not a man's genitive
    ("В апреле внучка Кормилова Камиля вошла в совет директоров.", {"Кормилов", "Камиля"}),
    ("Встреча с Никитой прошла. Никита ушёл.", {"Никита"}),
])
def test_a_first_name_read_in_the_verbs_gender(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    # the tagger's gender of the first name settles a surname that may be a man's dative or a
    # woman's accusative
    ("В больницу доставили Евгению Котову. Котова в тяжёлом состоянии.", ["Евгения Котова"]),
    ("В больницу доставили Евгения Котова. Котов в тяжёлом состоянии.", ["Евгений Котов"]),
    # a capital after an apostrophe stays
    ("Речь Шона О'Рэйли транслировали.", ["Шон О'Рэйли"]),
    ("Встреча с Шоном О’Брайеном прошла.", ["Шон О’Брайен"]),
])
def test_gender_and_capitals_of_a_name(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected
