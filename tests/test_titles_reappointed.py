"""Titles of news of appointments: ``переназначил`` appoints as ``назначил`` does; a demonstrative or a possessive
that declines is a word of a title's dependent (``режиссёр этого театра``); a body headed by a titled subject
after the verb (``Министерство возглавил депутат Олег Лапин``); a ``новый`` title with no name is not the one
who held the post before."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected, absent", [
    ("Президент переназначил Ивана Котова министром внутренних дел.",
     {("Иван Котов", "министр внутренних дел")}, set()),
    ("Губернатор Пётр Орлов переназначил Ивана Котова министром.",
     {("Иван Котов", "министр"), ("Пётр Орлов", "губернатор")}, {("Пётр Орлов", "министр")}),
    ("Накануне режиссер этого театра Иван Котов рассказал о спектакле.",
     {("Иван Котов", "режиссер этого театра")}, set()),
    ("Накануне режиссер-постановщик этого театра, народный артист России Иван Котов рассказал о спектакле.",
     {("Иван Котов", "режиссер-постановщик этого театра"), ("Иван Котов", "народный артист России")}, set()),
    ("Директор своей компании Иван Котов уволил всех.", {("Иван Котов", "директор своей компании")}, set()),
    # a demonstrative before a word of time says when, not whose: no dependent of the title
    ("Лучшей актрисой этого сезона стала Анна Котова.", set(), {("Анна Котова", "лучшая актриса этого сезона")}),
    ("Министерство здравоохранения возглавил действующий депутат Государственной Думы Иван Котов.",
     {("Иван Котов", "министр здравоохранения"), ("Иван Котов", "действующий депутат Государственной Думы")},
     set()),
    ("Министерство здравоохранения возглавил депутат Иван Котов. Ранее минздравом руководил Пётр Орлов, который "
     "занял этот пост после отставки Анны Котовой. Отмечается, что новый министр родом из Твери.",
     {("Иван Котов", "министр здравоохранения")}, {("Пётр Орлов", "новый министр")}),
])
def test_titles_of_appointments(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected, absent", [
    # a plural title inside another names no single name after it (the contest's namesake)
    ("Директор конкурса пианистов Петра Орлова, знаменитый пианист Иван Котов — гость программы.",
     {("Иван Котов", "пианист")}, {("Пётр Орлов", "пианист")}),
    ("Помощник президента Петра Орлова Иван Котов прибыл.",
     {("Пётр Орлов", "президент"), ("Иван Котов", "помощник президента")}, set()),
    # a surname the dictionary has only in the nominative after a title only in oblique cases: not its holder
    ("Корреспондента газеты Котов принял в своем кабинете.", set(), {("Котов", "корреспондент газеты")}),
    ("Министра Котов встретил в аэропорту.", set(), {("Котов", "министр")}),
    ("Министр Котов встретил гостей.", {("Котов", "министр")}, set()),
    ("Заявление министра Котова прозвучало вчера.", {("Котов", "министр")}, set()),
    # an honorary title before a colon and a list of names
    ("В спектакле заняты народные артисты: Иван Котов, Пётр Орлов и Анна Котова.",
     {("Иван Котов", "народный артист"), ("Пётр Орлов", "народный артист")}, set()),
    ("Два шахматиста: Иван Котов и Пётр Орлов.", set(), {("Иван Котов", "шахматист")}),
])
def test_titles_beside_names_that_do_not_hold_them(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected, absent", [
    # the pronoun object of an appointing verb stands for the one named before
    ("Пётр Котов ушёл с поста в августе. В 2017 году его назначили первым заместителем губернатора Тверской "
     "области.", ("Пётр Котов", "первый заместитель губернатора Тверской области"), None),
    ("Анна Лапина окончила институт. Губернатор назначила её министром культуры.",
     ("Анна Лапина", "министр культуры"), None),
    # a subject pronoun of the same gender: the one named before is the subject, not the one appointed
    ("Губернатор Пётр Котов провёл совещание. Он назначил его заместителем министра.",
     ("Пётр Котов", "губернатор"), ("Пётр Котов", "заместитель министра")),
])
def test_pronoun_object_of_an_appointing_verb(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected in found and absent not in found


@pytest.mark.parametrize("text, expected", [
    # "кресло" is a post word as "пост" is
    ("Пётр Котов стал министром. Ранее он занимал кресло заместителя председателя правительства.",
     ("Пётр Котов", "заместитель председателя правительства")),
    # a post on record: "значится", "числится"
    ("Ведомством руководит Пётр Котов. На сайте прокуратуры именно он значится прокурором района.",
     ("Пётр Котов", "прокурор района")),
    ("Анна Лапина числится советником губернатора.", ("Анна Лапина", "советник губернатора")),
])
def test_posts_held_by_other_words(models, text, expected):
    assert expected in holder_titles(text, models)
