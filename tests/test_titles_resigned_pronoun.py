"""A post left in a later sentence whose subject is ``он``/``она`` standing for its holder (``Глава района Игорь
Валов открыл школу. В марте он ушёл в отставку.``): held no more; not when the resignation is told of a year before,
negated, or made by another the pronoun stands for; ``он`` is the one named in the nominative before, not one named
after a preposition or in an oblique case."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, former", [
    ("Глава района Игорь Валов открыл школу. В марте он ушёл в отставку.", True),
    ("Глава района Игорь Валов открыл школу. Вечером он сложил полномочия.", True),
    ("Глава района Игорь Валов открыл школу. В 2015 году он ушёл в отставку.", False),
    ("Глава района Игорь Валов открыл школу. Он не ушёл в отставку.", False),
    ("Глава района Игорь Валов встретился с Анной Зориной. Она ушла в отставку.", False),
])
def test_resigned_through_a_pronoun(models, text, former):
    assert ("Игорь Валов", "глава района", former) in holder_former_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Министр финансов Пётр Орлов встретился с министром экономики Иваном Котовым. Вечером он ушёл в отставку.",
     {("Пётр Орлов", "министр финансов", True), ("Иван Котов", "министр экономики", False)}),
    ("Директор школы Пётр Орлов поблагодарил губернатора Ивана Котова. Вечером он ушёл в отставку.",
     {("Пётр Орлов", "директор школы", True), ("Иван Котов", "губернатор", False)}),
    ("Министр финансов Пётр Орлов встретился с министром экономики Иваном Котовым. Вечером Котов ушёл в отставку.",
     {("Пётр Орлов", "министр финансов", False), ("Иван Котов", "министр экономики", True)}),
])
def test_pronoun_of_the_subject(models, text, expected):
    assert expected <= holder_former_rows(text, models)
