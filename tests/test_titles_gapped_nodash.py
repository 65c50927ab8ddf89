"""A list of appointments with the verb said once and no dash: ``Орлов назначен министром спорта, а Котов
министром культуры`` (:func:`nerpipe.titles.gapped.listed_holder`)."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows, holder_titles


@pytest.mark.parametrize("text, expected", [
    ("С понедельника Пётр Орлов назначен министром спорта области, а Иван Котов вице-губернатором.",
     {("Пётр Орлов", "министр спорта области"), ("Иван Котов", "вице-губернатор")}),
    ("Губернатор Глеб Лаптев назначил Петра Орлова министром спорта, а Ивана Котова министром культуры.",
     {("Глеб Лаптев", "губернатор"), ("Пётр Орлов", "министр спорта"), ("Иван Котов", "министр культуры")}),
])
def test_each_name_takes_the_title_after_it(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the title after a verb is the name's before it, as ever
    ("Пётр Орлов назначен министром спорта, а Иван Котов стал вице-губернатором.",
     {("Пётр Орлов", "министр спорта"), ("Иван Котов", "вице-губернатор")}),
    # a name in another case before an instrumental title is no item of a list
    ("Пётр Орлов назначен министром спорта, а с Иваном Котовым директором школы заключён договор.",
     {("Пётр Орлов", "министр спорта")}),
])
def test_near_cases(models, text, expected):
    assert holder_titles(text, models) >= expected


@pytest.mark.parametrize("text, expected", [
    # a clause after a comma whose verb is left out, a dash in its place: the earlier title's holder and tense
    ("Пётр Котов в 1980 году был режиссёром театра, в 1990 году — главным режиссёром театра комедии.",
     {("Пётр Котов", "режиссёр театра", True), ("Пётр Котов", "главный режиссёр театра комедии", True)}),
    ("Пётр Котов работал директором школы, затем — заместителем министра.",
     {("Пётр Котов", "директор школы", True), ("Пётр Котов", "заместитель министра", True)}),
    # an item of a list with a name of its own keeps it
    ("Пётр Котов назначен министром спорта, Анна Лапина — министром культуры.",
     {("Пётр Котов", "министр спорта", False), ("Анна Лапина", "министр культуры", False)}),
])
def test_a_clause_with_its_verb_left_out_after_a_dash(models, text, expected):
    assert holder_former_rows(text, models) == expected


@pytest.mark.parametrize("text, absent", [
    # a clause with a subject of its own before the dash: its title is not the earlier holder's
    ("Иван Орлов был директором школы, его брат — главой района.", ("Иван Орлов", "глава района")),
    ("Пётр Котов в 1990 году был директором школы, в 1995 году его сын — главой района.",
     ("Пётр Котов", "глава района")),
    ("Анна Лапина работала директором школы, её сестра — заместителем министра.",
     ("Анна Лапина", "заместитель министра")),
])
def test_a_clause_with_a_subject_of_its_own_is_not_gapped(models, text, absent):
    assert absent not in holder_titles(text, models)


def test_words_of_when_before_the_dash_keep_the_verb_left_out(models):
    found = holder_titles("Пётр Котов работал директором школы, а в прошлом месяце — заместителем министра.", models)
    assert ("Пётр Котов", "заместитель министра") in found


@pytest.mark.parametrize("text, expected", [
    # the object of the appointing verb said once, with a title of its own before the name, then a dash
    ("Президент назначил Петра Орлова послом в Перу, а главу миссии в Чили Глеба Ракитина - послом в Боливии.",
     {("Пётр Орлов", "посол в Перу"), ("Глеб Ракитин", "глава миссии в Чили"), ("Глеб Ракитин", "посол в Боливии")}),
    ("Совет назначил Анну Котову председателем Озёрного суда; Глеба Ракитина — председателем Северного суда.",
     {("Анна Котова", "председатель Озёрного суда"), ("Глеб Ракитин", "председатель Северного суда")}),
])
def test_object_of_the_verb_said_once(models, text, expected):
    assert holder_titles(text, models) == expected
