"""A man's genitive of a first name and a foreign surname ending in consonants, read as a woman's nominative of a
first name in ``-а`` (``Кира``), is the man the document names in the nominative; a woman and a man of one family
with an adjectival surname are two people (invented people)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Заявление Кира Брэдмера вызвало споры. Кир Брэдмер ответил критикам.", {"Кир Брэдмер"}),
    # a Russian family's surname: a woman and a man
    ("Выступили Александр Петровский и Александра Петровская. Александра Петровская ответила на вопросы.",
     {"Александр Петровский", "Александра Петровская"}),
])
def test_mans_genitive_read_as_a_womans_name(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    ("Выступили Валентин Орлов и Валентина Орлова. Валентина Орлова ответила на вопросы. Валентин Орлов промолчал.",
     {"Валентин Орлов", "Валентина Орлова"}),
    ("Выступили Евгений Зорин и Евгения Зорина. Евгения Зорина ответила на вопросы.",
     {"Евгений Зорин", "Евгения Зорина"}),
    # his dative or her accusative, and she speaks: hers
    ("Награду вручили Мирославу Орлову. Мирослава Орлова сказала, что рада.", {"Мирослава Орлова"}),
])
def test_man_and_woman_of_one_family(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
