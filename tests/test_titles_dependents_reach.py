"""The right side of a title that goes on past ``и всей России`` (the land a body's reach goes on to) and past
``одного из`` (one of the units: ``начальник одного из отделов министерства``). Every sentence and name is
invented."""

from __future__ import annotations

import pytest

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
