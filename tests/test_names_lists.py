"""Bulleted lists (invented names): a bullet is no part of a name, and two capitalised words that
are a place written without its hyphen (``Коста Рика``) are no person; nor is one word that is a
short participle (``Отправлена`` opening a headline's sentence)."""

from __future__ import annotations

import pytest

from nerpipe.inflect import Word
from nerpipe.names import looks_like_person

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Участники: • Олег Мартынов (Россия) • Тийс Гервен (Нидерланды).",
     [("Олег Мартынов", "Олег Мартынов"), ("Тийс Гервен", "Тийс Гервен")]),
    ("Кубок разыграли сборные: Панама • Перу • Коста Рика.", []),
    ("В матче сыграли сборные Чили и Пуэрто Рико.", []),
    ("Турнир собрал сборные: Перу • Уругвай • Коста Рика • Панама.", []),
])
def test_bulleted_names(models, text, expected):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    assert [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "PER"] == expected


@pytest.mark.parametrize("word, expected", [
    ("Отправлена", False), ("Подписан", False), ("Вручена", False), ("Читая", False),
    ("Олег", True), ("Мартынов", True), ("Жилю", True), ("Надежда", True), ("Любим", True),
])
def test_one_word_of_a_predicate_is_no_person(models, word, expected):
    assert looks_like_person([Word(0, len(word), word)], models.morph) is expected


@pytest.mark.parametrize("text, expected", [
    # a woman's first name in ``-а`` and a surname in ``-ова`` the tagger reads as a man's genitive, in a list
    # of the subjects of a plural verb: every name of the list in the nominative
    ("В турнире участвовали Нилуфар Каримова, Дильноза Рашидова и Мухаббат Юсупова.",
     ["Нилуфар Каримова", "Дильноза Рашидова", "Мухаббат Юсупова"]),
    ("Айгерим Сапарова, Ситора Назарова и Гюнель Алекперова подписали письмо.",
     ["Айгерим Сапарова", "Ситора Назарова", "Гюнель Алекперова"]),
    # a list in an oblique case stays so
    ("Сотрудники Дины Орловой и Киры Лесковой пришли на встречу.", ["Дина Орлова", "Кира Лескова"]),
    ("Договор с Петром Волковым и Кирой Лесковой подписали вчера.", ["Пётр Волков", "Кира Лескова"]),
])
def test_list_of_subjects(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a first name pymorphy knows as a woman's nominative only, before a surname that can be a woman's nominative
    # or a man's genitive: a woman's nominative, whatever the tagger reads, in lists that tell no case
    ("В составе сборной: Дильноза Рашидова, Шахноза Каримова, Зарина Юсупова.",
     ["Дильноза Рашидова", "Шахноза Каримова", "Зарина Юсупова"]),
    ("Награды получили Дильноза Рашидова и Зарина Юсупова.", ["Дильноза Рашидова", "Зарина Юсупова"]),
    # a first name that can be a man's genitive keeps the case the syntax gives
    ("Слова Ивана Петрова подтвердили соседи.", ["Иван Петров"]),
])
def test_womans_first_name_settles_the_case(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # two surnames of the document's people side by side: two people, not a third
    ("Вчера встретились Тарас Кулибаба и Олеся Мартыненко. После обеда Кулибаба Мартыненко отвезли на вокзал.",
     ({"Тарас Кулибаба", "Олеся Мартыненко"}, 2)),
    ("В финал вышли Ханс Вольтер и Игорь Сыроежкин. Судьи похвалили Вольтера Сыроежкина за игру.",
     ({"Ханс Вольтер", "Игорь Сыроежкин"}, 2)),
    # a double surname the document writes in full is one person's
    ("Рамон Гарсес Видаль приехал в город. Позже Гарсес Видаль уехал.", ({"Рамон Гарсес Видаль"}, 1)),
])
def test_two_known_surnames_side_by_side(models, text, expected):
    persons = analyze(text, models).persons
    assert ({p.name for p in persons}, len(persons)) == expected


@pytest.mark.parametrize("text, expected", [
    # four words, the first a man's first name and the third a woman's: two people, whatever the second is
    ("В комиссию вошли Грегори Мэйсон Эмили Уинтроп.", {"Грегори Мэйсон", "Эмили Уинтроп"}),
    ("На сцену вышли Эмили Уинтроп Джейсон Фарли.", {"Эмили Уинтроп", "Джейсон Фарли"}),
    # both first names a man's: one name of four words stays
    ("В комиссию вошёл Джон Рональд Эдвард Хартли.", {"Джон Рональд Эдвард Хартли"}),
])
def test_four_words_of_two_genders(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
