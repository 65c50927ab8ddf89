"""Round 66, finding titles: the ranks of the great schema and a confessor with his dependent (``religion`` in
``resources/professions.txt``, ``vague`` in ``resources/titles.txt``);
a post inside the name of a body its holder leads (``holder_office``, :func:`nerpipe.titles.grammar._office_of_title`);
a name past a distinction in commas after a title (:func:`nerpipe.titles.set_off.name_past_apposition`);
a title counted by a few before a colon and a list of names (:mod:`nerpipe.titles.among`); officials of public life
(``public`` in ``resources/professions.txt``).
Invented people and bodies."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected", [
    # the ranks of monks of the great schema are titles like their plain ranks
    ("Молебен совершил схиархимандрит Паисий.", {("Паисий", "схиархимандрит")}),
    ("Службу вёл иеросхимонах Паисий.", {("Паисий", "иеросхимонах")}),
    # a confessor is a title with its dependent only (of a monastery); alone he is someone's, a relation
    ("Молебен совершил духовник монастыря иеросхимонах Паисий.",
     {("Паисий", "духовник монастыря"), ("Паисий", "иеросхимонах")}),
    ("Её духовник Паисий Рябов приехал в больницу.", set()),
])
def test_ranks_of_the_great_schema(text, expected, models):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a government or a cabinet named after the post of its head: the post is a title, past its adjectives
    ("Правительство действующего премьер-министра Олега Рябова было сформировано в апреле.",
     {("Олег Рябов", "действующий премьер-министр")}),
    ("Кабинет нового премьер-министра Олега Рябова ушёл в отставку.", {("Олег Рябов", "новый премьер-министр")}),
])
def test_a_body_named_after_its_heads_post(text, expected, models):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a distinction set off by commas between a title and its name: the name past it is the title's holder
    ("В воскресенье скончался драматург, лауреат премии «Факел» 1997 года, Марио Веттори.",
     {("Марио Веттори", "драматург")}),
    ("На сцену вышла певица, трёхкратная победительница конкурса, Анна Котова.", {("Анна Котова", "певица")}),
    ("Умер испанский режиссёр и сценарист, лауреат премии «Гойя», Хорхе Мольса.",
     {("Хорхе Мольса", "испанский режиссёр"), ("Хорхе Мольса", "сценарист")}),
])
def test_a_name_past_a_distinction_in_commas(text, expected, models):
    assert holder_titles(text, models) == expected



@pytest.mark.parametrize("text, expected", [
    # a title counted by "два", "три", "оба" (in the genitive singular) before a colon and a list of names: each
    # name holds it, as after a plural title
    ("В феврале скончались два бывших руководителя агентства: Олег Рябов и Пётр Орлов.",
     {("Олег Рябов", "бывший руководитель агентства"), ("Пётр Орлов", "бывший руководитель агентства")}),
    ("Отчёт подписали три заместителя директора: Олег Рябов, Иван Котов и Анна Сомова.",
     {("Олег Рябов", "заместитель директора"), ("Иван Котов", "заместитель директора"),
      ("Анна Сомова", "заместитель директора")}),
])
def test_a_title_counted_by_a_few_before_a_list_of_names(text, expected, models):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the officials of a state or a party by their standing: occupations of public life
    ("Высокопоставленный сановник Ли Сон Гым был осуждён.", {("Ли Сон Гым", "высокопоставленный сановник")}),
    ("Олег Рябов долго работал партийным функционером.", {("Олег Рябов", "партийный функционер")}),
    ("Олег Рябов долго работал аппаратчиком в обкоме.", {("Олег Рябов", "аппаратчик")}),
])
def test_officials_of_public_life(text, expected, models):
    assert holder_titles(text, models) == expected
