"""Professions of news and the people who hold them: names a list closes as members of a class (``… и другие
учёные``), occupations of the professions' fields (crafts, science, medicine, the army, the church), and a rare
occupation the tagger reads as another part of speech. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_among import pairs


@pytest.mark.parametrize("text, expected", [
    ("Иван Грачёв, Пётр Лосев и другие известные учёные подписали письмо.",
     {("Иван Грачёв", "ученый"), ("Пётр Лосев", "ученый")}),
    ("Он встретился с Иваном Грачёвым и другими руководителями компании.", {("Иван Грачёв", "руководитель")}),
    ("На концерте выступили Ольга Синицына и прочие артисты филармонии.", {("Ольга Синицына", "артист")}),
])
def test_names_closed_by_others_of_a_class(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("На ярмарке работы показал гончар Иван Грачёв.", {("Иван Грачёв", "гончар")}),
    ("Пётр Лосев много лет работал орнитологом в заповеднике.", {("Пётр Лосев", "орнитолог")}),
    ("Операцию провёл микрохирург Пётр Лосев.", {("Пётр Лосев", "микрохирург")}),
    ("Пожар потушил лесничий Иван Грачёв.", {("Иван Грачёв", "лесничий")}),
    ("Иван Грачёв служил наводчиком в артиллерийском полку.", {("Иван Грачёв", "наводчик")}),
    ("Пётр Лосев стал звонарём храма.", {("Пётр Лосев", "звонарь")}),
    ("Ольга Синицына работает ткачихой на фабрике.", {("Ольга Синицына", "ткач")}),
])
def test_occupations_of_the_fields(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the tagger reads a rare occupation in the instrumental as an adverb; the dictionary knows it as a noun
    ("Пётр Орлов родился в Москве. Работал на студии с 1959 года сначала прорисовщиком, затем режиссёром.",
     {("Пётр Орлов", "прорисовщик"), ("Пётр Орлов", "режиссер")}),
])
def test_occupation_the_tagger_misreads(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов — один из самых известных композиторов страны.", {("Пётр Орлов", "композитор")}),
    ("Награду вручили Петру Орлову, одному из самых известных композиторов страны.", {("Пётр Орлов", "композитор")}),
    ("Одним из заместителей министра стал Пётр Орлов.", {("Пётр Орлов", "заместитель министра")}),
    ("Одним из двух высокопоставленных сановников, сосланных в лагеря, стал 71-летний Пётр Орлов.",
     {("Пётр Орлов", "сановник")}),
])
def test_one_of_a_plural_title(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural of the form of a genitive singular opens an item of a list after a colon, a comma or "а также"
    ("В записи участвовали восемь музыкантов: рэпер Иван Грачёв, хип-хоп-артистки Анна Лосева и Мария Белова, "
     "а также поп-певицы Ольга Синицына, Нина Зорина и Вера Котова.",
     {("Иван Грачёв", "рэпер"), ("Анна Лосева", "артист"), ("Мария Белова", "артист"), ("Ольга Синицына", "певец"),
      ("Нина Зорина", "певец"), ("Вера Котова", "певец")}),
])
def test_plural_title_opening_a_list_item(models, text, expected):
    assert pairs(text, models) == expected
