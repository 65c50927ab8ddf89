"""Titles across a line break: a line wrapped at a width (``министр⏎экономики области Иван Орлов``) and a title
that ends its line above the name that opens the next (``…заместитель губернатора по строительству⏎Иван
Орлов.``)."""

from __future__ import annotations

import pytest

from .conftest import analyze
from .conftest import holder_titles as rows


@pytest.mark.parametrize("text, expected", [
    # a line wrapped inside the title: the next line opens in lower case
    ("Вчера министр\nэкономики области Иван Орлов провёл совещание с предпринимателями.",
     ("Иван Орлов", "министр экономики области")),
    ("На приёме был заместитель главы\nадминистрации района Пётр Лаптев, сообщили в мэрии.",
     ("Пётр Лаптев", "заместитель главы администрации района")),
    # the title ends its line, the name opens the next
    ("На совещании выступил заместитель губернатора по строительству\nИван Орлов.",
     ("Иван Орлов", "заместитель губернатора по строительству")),
    ("Заместитель губернатора по строительству\nИван Орлов\n",
     ("Иван Орлов", "заместитель губернатора по строительству")),
])
def test_title_across_a_line_break(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, person", [
    # a headline that ends with a title in another case than the name that opens the text
    ("Губернатор встретился с министром\nИван Орлов рассказал о встрече с коллегами.", "Иван Орлов"),
    # a full stop ends the line: the sentence before is done
    ("Выступил министр.\nИван Орлов рассказал о планах.", "Иван Орлов"),
    # a blank line between
    ("Новый министр\n\nИван Орлов рассказал о планах.", "Иван Орлов"),
])
def test_no_title_across_a_line_break(models, text, person):
    assert not {r for r in rows(text, models) if r[0] == person}


def test_title_after_a_dash_stays_with_the_name_before(models):
    """A headline ``Name … — title`` over a line with the name again: the title is the first mention's."""
    text = "Пётр Орлов назначен на новую должность — глава ФТС\nПётр Орлов\n28 июля Пётр Орлов назначен главой ФТС."
    result = analyze(text, models)
    assert [(f.position, f.person_start) for f in result.positions if f.start < text.index("\n")] == [("глава ФТС", 0)]


@pytest.mark.parametrize("text, expected", [
    # a list of names, each with its title after a comma on its own line: no title goes on to the next line's name
    ("Участники совещания:\nИван Орлов, директор городской школы №5\nАнна Зорина, главный врач районной больницы\n"
     "Пётр Лаптев, начальник отдела образования",
     {("Иван Орлов", "директор городской школы №5"), ("Анна Зорина", "главный врач районной больницы"),
      ("Пётр Лаптев", "начальник отдела образования")}),
    ("Глеб Котов — ректор Заречного университета\nОльга Лаптева — декан исторического факультета\n",
     {("Глеб Котов", "ректор Заречного университета"), ("Ольга Лаптева", "декан исторического факультета")}),
])
def test_titles_of_listed_lines_stay_on_their_line(models, text, expected):
    assert set(rows(text, models)) == expected
