"""The one a successor replaced ``на посту`` with no title after it (``На этом посту он сменил …``): they held
the successor's post before. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов назначен министром транспорта. На этом посту он сменил Ивана Сомова.",
     {("Пётр Орлов", "министр транспорта", "министр", False), ("Иван Сомов", "министр транспорта", "министр", True)}),
    # the name the parser hangs on the post, the successor named again by the surname alone
    ("Пётр Орлов назначен министром транспорта. Орлов сменил на посту Ивана Сомова.",
     {("Пётр Орлов", "министр транспорта", "министр", False), ("Иван Сомов", "министр транспорта", "министр", True)}),
    ("Анна Котова стала ректором института, сменив на этом посту Ивана Сомова.",
     {("Анна Котова", "ректор института", "ректор", False), ("Иван Сомов", "ректор института", "ректор", True)}),
    # near case that stays: no post word, a player substituted
    ("Пётр Орлов стал капитаном команды. Во втором тайме тренер сменил Ивана Сомова.",
     {("Пётр Орлов", "капитан команды", "капитан", False)}),
])
def test_replaced_on_bare_post(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the successor's title before is one that describes him, not the post he took (that a heading verb gives)
    ("Министерство транспорта возглавил глава банка «Заря» Пётр Орлов. Орлов сменил на посту Ивана Сомова.",
     {("Пётр Орлов", "министр транспорта", "министр", False), ("Пётр Орлов", "глава банка «Заря»", "глава", False)}),
])
def test_describing_title_not_the_post_taken(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the post named after "на посту", the one replaced hung on the title by the parser, the successor a pronoun
    ("Олег Рябцев возглавил клуб «Заря» в апреле. Он сменил на посту главного тренера Антона Белых.",
     {("Антон Белых", "главный тренер", "главный тренер", True)}),
    ("Пётр Орлов приехал в Тверь весной. Он сменил на посту директора музея Анну Котову.",
     {("Анна Котова", "директор музея", "директор", True)}),
])
def test_replaced_on_a_named_post(models, text, expected):
    assert expected <= rows(text, models)
