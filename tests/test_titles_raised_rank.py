"""A clergy rank one is raised to (``возведён в сан митрополита``): the rank after ``сан`` is held by the one
raised, the subject of the passive; not one only possible. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Архиепископ Тверской Пётр возведен в сан митрополита.",
     {("Пётр", "архиепископ Тверской", "архиепископ", False), ("Пётр", "митрополит", "митрополит", False)}),
    # near cases: a rank only possible; a rank conferred as before
    ("Архиепископ Пётр может быть возведен в сан митрополита.", {("Пётр", "архиепископ", "архиепископ", False)}),
    ("Глебу Ракитину присвоено звание генерал-майора.", {("Глеб Ракитин", "генерал-майор", "генерал-майор", False)}),
])
def test_raised_to_rank(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # after the noun of raising, the name right after the rank's phrase (the holder and the role: the words of
    # the name's own rank are still taken into the title, a class left)
    ("Святейший Патриарх совершил чин возведения в сан митрополита Высокопреосвященного Петра.",
     {("Пётр", "митрополит")}),
    ("Чин возведения в сан митрополита совершён, сообщил Глеб Ракитин.", set()),
])
def test_raised_after_noun(models, text, expected):
    assert {(r[0], r[2]) for r in rows(text, models) if r[2] == "митрополит"} == expected


@pytest.mark.parametrize("text, expected", [
    # the object of the active verb: an animate masculine accusative the tagger reads as a genitive
    ("Святейший Патриарх возвёл в сан митрополита архиепископа Тверского Петра.", {("Пётр", "митрополит")}),
    ("Патриарх возвёл в сан игуменьи монахиню Анну Котову.", {("Анна Котова", "игуменья")}),
    # near cases: a genitive name before the verb, of a phrase of its own, is not the one raised; nor one after
    # the verb in a form no accusative has
    ("В присутствии Глеба Ракитина Патриарх возвёл в сан митрополита.", set()),
    ("Патриарх возвёл в сан митрополита в день памяти Анны Котовой.", set()),
])
def test_raised_by_active_verb(models, text, expected):
    assert {(r[0], r[2]) for r in rows(text, models) if r[2] in ("митрополит", "игуменья")} == expected
