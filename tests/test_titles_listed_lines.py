"""Titles listed a line each with the holder after a dash (``министр финансов — Пётр Орлов`` under ``посты
распределили так:``): each line's title is its name's, of the country the text is about. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_titles

LIST = ("Посты в кабинете министров распределили следующим образом:\n"
        "министр культуры — Иван Сидоров\n"
        "министр финансов — Пётр Орлов\n"
        "министр юстиции — Анна Котова")


@pytest.mark.parametrize("text, expected", [
    (LIST, ("Иван Сидоров", "министр культуры")),
    (LIST, ("Пётр Орлов", "министр финансов")),
    (LIST, ("Анна Котова", "министр юстиции")),
    ("Состав коллегии:\nначальник управления кадров — Олег Ветров;\nначальник отдела связи — Глеб Ракитин.",
     ("Олег Ветров", "начальник управления кадров")),
])
def test_each_line_gives_its_title_to_its_name(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, unexpected", [
    # a name after a dash that does not end the line is no list's holder
    ("Посты распределили так:\nминистр культуры — Иван Сидоров и его заместитель",
     ("Иван Сидоров", "министр культуры")),
    # a lone line after a first line of a mark only: the line before the text is no line ending in a colon
    (",\nминистр культуры — Иван Сидоров\nИтоги года:", ("Иван Сидоров", "министр культуры")),
])
def test_a_line_that_goes_on_is_no_list(models, text, unexpected):
    assert unexpected not in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # a line with two titles, each after a dash: both the name's
    ("Состав правительства:\nГлеб Ракитин - вице-премьер - глава аппарата правительства;\n"
     "Анна Котова - министр культуры.",
     {("Глеб Ракитин", "вице-премьер"), ("Глеб Ракитин", "глава аппарата правительства"),
      ("Анна Котова", "министр культуры")}),
    ("Пётр Орлов – вице-премьер – полпред в Озёрном округе.",
     {("Пётр Орлов", "вице-премьер"), ("Пётр Орлов", "полпред в Озёрном округе")}),
])
def test_second_dashed_title_of_a_line(models, text, expected):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    assert {(names[f.person_id], f.position) for f in result.positions} == expected
