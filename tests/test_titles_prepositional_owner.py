"""A name in the genitive after the noun of a prepositional phrase that follows a title (``после отставки Ивана
Котова``, ``после отставки главы региона Ивана Котова``) is whose the noun is, not the title's holder."""

from __future__ import annotations

import pytest

from .conftest import holder_titles


@pytest.mark.parametrize("text, expected, absent", [
    ("Пётр Орлов был назначен врио губернатора после отставки Ивана Котова.",
     {("Пётр Орлов", "врио губернатора")}, {("Иван Котов", "врио губернатора")}),
    ("Пётр Орлов был назначен врио губернатора Тверской области после отставки главы региона Ивана Котова.",
     {("Пётр Орлов", "врио губернатора Тверской области"), ("Иван Котов", "глава региона")},
     {("Иван Котов", "врио губернатора Тверской области")}),
    ("Пётр Орлов назначен врио главы района в связи с уходом Ивана Котова.",
     {("Пётр Орлов", "врио главы района")}, {("Иван Котов", "врио главы района")}),
    # a phrase that is the title's own, and a second title of one holder after it
    ("Выступил глава представительства в регионе помощник полпреда Пётр Орлов.",
     {("Пётр Орлов", "глава представительства"), ("Пётр Орлов", "помощник полпреда")}, set()),
    ("Глава делегации на переговорах Глеб Лаптев заявил об этом.", {("Глеб Лаптев", "глава делегации")}, set()),
    # a name in apposition after the phrase, the one an appointment names: the title's
    ("По мнению полпреда президента в округе Виктора Ишева, часовых поясов должно быть два.",
     {("Виктор Ишев", "полпред президента")}, set()),
    ("Пост первого вице-президента до назначения Анны Котовой был свободен.",
     {("Анна Котова", "первый вице-президент")}, set()),
])
def test_a_name_the_phrase_owns(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found
