"""The right side of a title that goes on past ``и всей России`` (the land a body's reach goes on to) and past
``одного из`` (one of the units: ``начальник одного из отделов министерства``). Every sentence and name is
invented; a title of the bodies of several countries (``главы МИД стран``) is no one country's."""

from __future__ import annotations

import pytest

from nerpipe.pipeline import process_text

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Председатель совета ветеранов Твери и всей России Пётр Орлов выступил.",
     {("Пётр Орлов", "председатель совета ветеранов Твери и всей России", "председатель совета", False)}),
    ("Орлов был назначен начальником одного из отделов министерства.",
     {("Орлов", "начальник одного из отделов министерства", "начальник", False)}),
    # near case: "один из" after a name is no dependent of a title
    ("Директор школы Пётр Орлов и один из учеников выступили.",
     {("Пётр Орлов", "директор школы", "директор", False)}),
])
def test_title_reach(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title of the bodies of several countries is no one country's
    ("На встрече были главы МИД стран Пётр Орлов и Иван Котов.",
     {("Пётр Орлов", None, None), ("Иван Котов", None, None)}),
    ("Министры обороны стран Союза северных государств Пётр Орлов и Иван Котов встретились.",
     {("Пётр Орлов", None, None), ("Иван Котов", None, None)}),
    # near case: the countries are a word of the body's own name, one body
    ("Генеральный секретарь Союза северных государств Пётр Орлов выступил.",
     {("Пётр Орлов", "Союз северных государств", None)}),
    ("Председатель Совета глав государств Пётр Орлов приехал.",
     {("Пётр Орлов", "Совет глав государств", None)}),
    # near case: one country
    ("Глава МИД России Пётр Орлов приехал.",
     {("Пётр Орлов", "Министерство иностранных дел Российской Федерации", None)}),
])
def test_title_of_many_countries(models, text, expected):
    result = process_text(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    assert {(names[f.person_id], orgs.get(f.org_id), f.country) for f in result.positions} == expected
