"""A name set off by two dashes after a title (``Глава «Стройинвеста» – Ирина Белова – рассказала``), and a chain
of titles before a name followed by its verb (``Лидер партии – председатель фракции – Олег Кравцов выступил``)."""

from __future__ import annotations

import pytest

from .conftest import holder_titles as rows


@pytest.mark.parametrize("text, expected", [
    ("Глава «Стройинвеста» – Ирина Белова – рассказала о планах компании.",
     {("Ирина Белова", "глава «Стройинвеста»")}),
    ("Директор школы – Ирина Белова – рассказала о планах.", {("Ирина Белова", "директор школы")}),
    # an oblique case, the name in it
    ("Встреча с директором школы – Ириной Беловой – прошла в мэрии.", {("Ирина Белова", "директор школы")}),
    # a chain of posts, then the name and its verb
    ("Заместитель председателя правительства – министр культуры – Пётр Орлов выступил на форуме.",
     {("Пётр Орлов", "заместитель председателя правительства"), ("Пётр Орлов", "министр культуры")}),
    # a candidate holds no post: the post before it is the name's still
    ("Лидер партии «Рассвет» – кандидат в президенты – Олег Кравцов выступил на митинге.",
     {("Олег Кравцов", "лидер партии «Рассвет»")}),
])
def test_name_between_dashes(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text", [
    # no title before the dash
    "Главная новость дня – Ирина Белова – победила в конкурсе.",
    # a plural title is a class, not the name's
    "Директора школ – Ирина Белова и Пётр Орлов – рассказали о планах.",
])
def test_no_title_between_dashes(models, text):
    assert not {r for r in rows(text, models) if r[0] == "Ирина Белова" and r[1].startswith("директор ")} \
        and not {r for r in rows(text, models) if r[1] == "главная новость дня"}


@pytest.mark.parametrize("text, expected", [
    # an item of a list of appointments, the title first: the name after the dash past its bearer's description
    ("Директором школы назначен учитель Пётр Орлов, директором лицея — учитель Анна Котова, директором гимназии "
     "— завуч Глеб Лаптев.",
     {("Анна Котова", "директор лицея"), ("Глеб Лаптев", "директор гимназии")}),
    ("Епископом Тверским избран клирик Тверской епархии игумен Елисей, епископом Ржевским — клирик Тверской "
     "епархии игумен Варнава.",
     {("Варнава", "епископ Ржевский")}),
])
def test_gapped_item_with_a_description(models, text, expected):
    assert expected <= rows(text, models)
