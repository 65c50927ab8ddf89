"""A post to be taken (``займёт должность``, ``станет директором``, ``возглавит``) is its holder-to-be's row,
as both annotation schemes count it; a post taken, an appointment decided, a post one may leave are held."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов займёт должность заместителя министра культуры.",
     ("Пётр Орлов", "заместитель министра культуры", False)),
    ("Иван Котов займёт пост директора завода в сентябре.", ("Иван Котов", "директор завода", False)),
    ("Иван Котов станет директором завода.", ("Иван Котов", "директор завода", False)),
    ("Новым директором завода станет Иван Котов.", ("Иван Котов", "новый директор завода", False)),
    ("Иван Котов возглавит министерство финансов.", ("Иван Котов", "министр финансов", False)),
])
def test_a_post_to_be_taken_is_its_holder_to_be(models, text, expected):
    assert expected in holder_former_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Иван Котов стал директором завода.", ("Иван Котов", "директор завода", False)),
    ("Иван Котов занял пост директора завода.", ("Иван Котов", "директор завода", False)),
    ("Губернатор Иван Котов решил назначить Петра Орлова министром.", ("Пётр Орлов", "министр", False)),
    ("Должность министра финансов может занять бывший мэр Пётр Орлов.", ("Пётр Орлов", "бывший мэр", True)),
    # a post one may leave is held still
    ("Пётр Смирнов может покинуть пост министра финансов.", ("Пётр Смирнов", "министр финансов", False)),
])
def test_a_post_taken_or_kept_is_held(models, text, expected):
    assert expected in holder_former_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # whose decision to leave a post it is: the name on the noun that governs the infinitive held it
    ("Иван Котов заявил, что решение Петра Орлова покинуть пост главного тренера сборной достойно уважения.",
     ("Пётр Орлов", "главный тренер сборной", True)),
])
def test_the_one_whose_decision_it_is(models, text, expected):
    assert expected in holder_former_rows(text, models)
