"""An honorary title written with a capital inside a sentence is a title, not a word of a proper name
(:func:`nerpipe.titles.grammar.grow_title`, the ``honorary`` group of ``titles.txt``)."""

from __future__ import annotations

import pytest

from .conftest import holder_role_rows


@pytest.mark.parametrize("text, expected", [
    ("В Твери открылась выставка работ Народного художника СССР Петра Орлова.",
     {("Пётр Орлов", "народный художник СССР", "народный художник")}),
    ("Вчера Заслуженному артисту России Петру Орлову вручили награду.",
     {("Пётр Орлов", "заслуженный артист России", "заслуженный артист")}),
    # written in lower case, as before
    ("В Твери открылась выставка работ народного художника СССР Петра Орлова.",
     {("Пётр Орлов", "народный художник СССР", "народный художник")}),
    # a second honorary title after a comma is no dependent of the first
    ("Состоялось открытие выставки народного художника СССР, почетного гражданина Тверской области Петра Орлова.",
     {("Пётр Орлов", "народный художник СССР", "народный художник")}),
    # a list of oblique dependents after a comma goes on
    ("Заместитель министра по промышленной политике, развитию предпринимательства Пётр Орлов выступил.",
     {("Пётр Орлов", "заместитель министра по промышленной политике, развитию предпринимательства",
       "заместитель министра")}),
    # another capitalised adjective still names something (a periodical's name): no title
    ("Интервью Частного корреспондента Петра Орлова вышло вчера.", set()),
])
def test_honorary_title_with_a_capital(models, text, expected):
    assert holder_role_rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a diplomatic rank written with capitals: every adjective of it belongs to the title, in lower case
    ("Чрезвычайный и Полномочный посол Заречной Республики Пётр Орлов вручил верительные грамоты.",
     {("Пётр Орлов", "чрезвычайный и полномочный посол Заречной Республики", "чрезвычайный полномочный посол")}),
    ("Президент подписал указ о назначении Петра Орлова Чрезвычайным и Полномочным послом Заречной Республики.",
     {("Пётр Орлов", "чрезвычайный и полномочный посол Заречной Республики", "чрезвычайный полномочный посол")}),
    # in lower case, as before
    ("Чрезвычайный и полномочный посол Заречной Республики Пётр Орлов вручил верительные грамоты.",
     {("Пётр Орлов", "чрезвычайный и полномочный посол Заречной Республики", "чрезвычайный полномочный посол")}),
])
def test_diplomatic_rank_with_capitals(models, text, expected):
    assert expected <= holder_role_rows(text, models)
