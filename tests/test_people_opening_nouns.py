"""A common noun that is a first name too opening a sentence before a surname that another first name of the
document holds: the noun is no part of the name (``Роман Бертино стал бестселлером`` beside ``Итало Бертино``);
a first name that is a name first to pymorphy, or the only first name of that surname, stays, and so does one the
text uses as a person's name: an animate noun in apposition after it, or the same name inside a sentence, or a
surname of the regular families in the nominative of the first name's gender (``Вера Сомова``); the first name's own
initial is no other first name (a sibling or a spouse shares the surname; invented people)."""

from __future__ import annotations

import pytest

from .conftest import holder_titles, person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Писатель Итало Бертино приехал в Заречный. Роман Бертино стал бестселлером в Италии.",
     {("Итало Бертино", ("Итало Бертино", "Бертино"))}),
    ("Певица Анна Ларсон выступила в Заречном. Вера Ларсон в успех помогла ей.",
     {("Анна Ларсон", ("Анна Ларсон", "Ларсон"))}),
    ("Писатель Итало Бертино приехал в Заречный. Роман Бертино, бестселлер 1960 года, переиздан.",
     {("Итало Бертино", ("Итало Бертино", "Бертино"))}),
])
def test_opening_noun_cut(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Писатель Итало Бертино приехал в Заречный. Лев Бертино, его брат, тоже пишет.",
     {("Итало Бертино", ("Итало Бертино",)), ("Лев Бертино", ("Лев Бертино",))}),
    ("Роман Бертино приехал в Заречный. Роман Бертино стал известен.",
     {("Роман Бертино", ("Роман Бертино", "Роман Бертино"))}),
])
def test_opening_first_name_kept(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Предприниматель Пётр Орлов купил завод в Кашине. Роман Орлов, его младший брат, возглавит совет директоров.",
     {("Пётр Орлов", ("Пётр Орлов",)), ("Роман Орлов", ("Роман Орлов",))}),
    ("Певица Анна Ларсон выступила в Заречном. Любовь Ларсон — её мать и первый педагог.",
     {("Анна Ларсон", ("Анна Ларсон",)), ("Любовь Ларсон", ("Любовь Ларсон",))}),
    ("Пётр Орлов и Роман Орлов купили завод в Кашине. Роман Орлов возглавит совет директоров.",
     {("Пётр Орлов", ("Пётр Орлов",)), ("Роман Орлов", ("Роман Орлов", "Роман Орлов"))}),
    ("Вера Лунёва открыла выставку в Кашине. «Мы ждём гостей», — сказала В. Лунёва.",
     {("Вера Лунёва", ("Вера Лунёва", "В. Лунёва"))}),
    # a surname in the nominative of the first name's gender: a person, with nothing else said of her or him
    ("Ирина Сомова сказала, что кафе окупится. Вера Сомова добавила, что меню сменится.",
     {("Ирина Сомова", ("Ирина Сомова",)), ("Вера Сомова", ("Вера Сомова",))}),
    ("Пётр Орлов купил завод в Кашине. Роман Орлов возглавит совет директоров.",
     {("Пётр Орлов", ("Пётр Орлов",)), ("Роман Орлов", ("Роман Орлов",))}),
    ("Анна Лесковская открыла кафе. Надежда Лесковская стала его управляющей.",
     {("Анна Лесковская", ("Анна Лесковская",)), ("Надежда Лесковская", ("Надежда Лесковская",))}),
])
def test_opening_sibling_kept(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ирина Зорина стала директором школы в Кашине. Вера Зорина, её сестра, работает там учителем.",
     {("Ирина Зорина", "директор школы в Кашине"), ("Вера Зорина", "учитель")}),
])
def test_opening_sibling_title(models, text, expected):
    assert holder_titles(text, models) == expected
