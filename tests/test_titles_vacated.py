"""``на её место назначен X``: the one ``его``/``её`` stands for held the post before, X holds it now (whatever
the words of the title say of the one replaced: ``уволил министра …``)."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Министр финансов Анна Котова отправлена в отставку, на ее место назначен Пётр Орлов.",
     {("Пётр Орлов", "министр финансов", False), ("Анна Котова", "министр финансов", True)}),
    ("Губернатор уволил министра финансов Анну Котову и назначил на ее место Петра Орлова.",
     {("Пётр Орлов", "министр финансов", False), ("Анна Котова", "министр финансов", True)}),
    ("Глава МВД Анна Котова отправлена в отставку, на ее место назначен возглавлявший банк Пётр Орлов.",
     {("Пётр Орлов", "глава МВД", False)}),
    # the successor takes the post, not the words that say the one replaced held it before
    ("Бывший министр финансов Анна Котова ушла в отставку. На её место назначен Пётр Орлов.",
     {("Пётр Орлов", "министр финансов", False)}),
    ("Экс-директор завода Анна Котова уволена, на её место назначен Пётр Орлов.",
     {("Пётр Орлов", "директор завода", False)}),
])
def test_the_one_appointed_in_anothers_place(models, text, expected):
    assert expected <= holder_former_rows(text, models)


@pytest.mark.parametrize("text, absent", [
    # a place that is no post: no word of taking
    ("Министр финансов Анна Котова вернулась на свое место, рядом сел Пётр Орлов.",
     ("Пётр Орлов", "министр финансов", False)),
    ("Министр финансов Анна Котова заявила, что на ее место никто не претендует. Пётр Орлов согласился.",
     ("Пётр Орлов", "министр финансов", False)),
])
def test_a_place_no_one_is_appointed_to(models, text, absent):
    assert absent not in holder_former_rows(text, models)


def test_an_appointment_only_spoken_of_replaces_no_one(models):
    found = holder_former_rows("Совет обсудит возможность замены председателя правления банка Анны Котовой и "
                               "назначения на ее место Петра Орлова.", models)
    assert ("Пётр Орлов", "председатель правления банка", False) not in found
    assert ("Анна Котова", "председатель правления банка", True) not in found


@pytest.mark.parametrize("text, expected, absent", [
    # the one replaced named again by surname; a relative of that surname holds a later title: a woman's first
    # name, another man's first name, an initial: not the one replaced
    ("Глава района Пётр Орлов ушёл в отставку. Его сестра Анна Орлова останется директором школы, сообщил Орлов. "
     "На его место назначен Иван Котов.",
     {("Иван Котов", "глава района", False), ("Анна Орлова", "директор школы", False)},
     {("Иван Котов", "директор школы", False), ("Анна Орлова", "директор школы", True)}),
    ("Глава района Пётр Орлов ушёл в отставку. Директором школы остаётся его брат Иван Орлов, сообщил Пётр Орлов. "
     "На его место назначен Иван Котов.",
     {("Иван Котов", "глава района", False), ("Иван Орлов", "директор школы", False)},
     {("Иван Котов", "директор школы", False), ("Иван Орлов", "директор школы", True)}),
    ("Глава района Пётр Орлов ушёл в отставку. Его сестра Анна Орлова останется директором школы, сообщил П. Орлов. "
     "На его место назначен Иван Котов.",
     {("Иван Котов", "глава района", False), ("Анна Орлова", "директор школы", False)},
     {("Иван Котов", "директор школы", False)}),
    ("Директор школы Анна Орлова ушла на пенсию. Её брат Пётр Орлов остаётся главой района, сообщила Орлова. "
     "На её место назначена Ольга Котова.",
     {("Ольга Котова", "директор школы", False), ("Пётр Орлов", "глава района", False)},
     {("Ольга Котова", "глава района", False), ("Пётр Орлов", "глава района", True)}),
])
def test_the_post_left_is_the_one_replaceds_not_a_namesakes(models, text, expected, absent):
    found = holder_former_rows(text, models)
    assert expected <= found and not absent & found
