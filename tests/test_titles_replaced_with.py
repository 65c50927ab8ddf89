"""The one ``заменить`` puts in another's place, in the instrumental or after ``на``, takes the other's post
(:func:`nerpipe.titles.succession.find_replacements`)."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор отправил в отставку министра финансов Петра Орлова, заменив его Иваном Зориным.",
     {("Иван Зорин", "министр финансов", False), ("Пётр Орлов", "министр финансов", True)}),
    ("Губернатор отправил в отставку министра финансов Анну Зорину, заменив её Петром Орловым.",
     {("Пётр Орлов", "министр финансов", False), ("Анна Зорина", "министр финансов", True)}),
    ("Президент клуба заменил главного тренера Петра Орлова на Ивана Зорина.",
     {("Иван Зорин", "главный тренер", False), ("Пётр Орлов", "главный тренер", True)}),
])
def test_replaced_with(models, text, expected):
    assert expected <= holder_former_rows(text, models)


@pytest.mark.parametrize("text", [
    # "на" before a time, not a person: no one takes the post
    "Тренер заменил Петра Орлова на 70-й минуте.",
])
def test_no_successor(models, text):
    assert not {r for r in holder_former_rows(text, models) if r[0] != "Пётр Орлов"}


@pytest.mark.parametrize("text, expected", [
    # a post shown by a word of posts, the one replaced named before with his title
    ("Директор фонда «Кедр» Пётр Орлов ушёл в отставку. Совет заменил его в кресле директора Иваном Зориным.",
     {("Иван Зорин", "директор фонда «Кедр»", False)}),
    # the verb's own subject named before is not whom "его" stands for
    ("Губернатор Олег Лисин отправил в отставку министра финансов Петра Орлова, заменив его Иваном Зориным.",
     {("Иван Зорин", "министр финансов", False), ("Пётр Орлов", "министр финансов", True)}),
])
def test_replaced_in_a_post(models, text, expected):
    assert expected <= holder_former_rows(text, models)


@pytest.mark.parametrize("text, absent", [
    # a name after "с" is with whom, not who replaces
    ("Нападающий «Вектора» Иван Зорин получил травму. В перерыве тренер заменил его вместе с Олегом Лисиным.",
     {("Олег Лисин", "нападающий «Вектора»", False), ("Иван Зорин", "нападающий «Вектора»", True)}),
    # "его" is never the verb's own subject
    ("Главный тренер «Вектора» Пётр Орлов в перерыве заменил его Олегом Лисиным.",
     {("Олег Лисин", "главный тренер «Вектора»", False), ("Пётр Орлов", "главный тренер «Вектора»", True)}),
    # a player substituted in a match, no post shown in the sentence: he keeps his post
    ("Нападающий «Вектора» Иван Зорин забил гол. Во втором тайме тренер заменил Ивана Зорина Олегом Лисиным.",
     {("Олег Лисин", "нападающий «Вектора»", False), ("Иван Зорин", "нападающий «Вектора»", True)}),
    ("Нападающий «Вектора» Иван Зорин получил травму. Во втором тайме тренер заменил его Олегом Лисиным.",
     {("Олег Лисин", "нападающий «Вектора»", False), ("Иван Зорин", "нападающий «Вектора»", True)}),
])
def test_not_replaced_in_a_post(models, text, absent):
    assert not absent & holder_former_rows(text, models)
