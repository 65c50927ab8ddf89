"""Names of invented people read wrong on fresh news (round 65): the abbreviation of a parent body after the name
of the person an institute is named after (``им. П. С. Гаврилова РАН``) is no part of the person's name."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Сотрудник Института физики им. П.С. Гаврилова РАН рассказал о работе.",
     {("П. С. Гаврилов", ("П.С. Гаврилова",))}),
    ("Он работает в Институте химии имени Гаврилова РАН с 1990 года.",
     {("Гаврилов", ("Гаврилова",))}),
    ("Директор Института геологии им. Т.Н. Лаврушина ДВО РАН Пётр Сомов выступил.",
     {("Т. Н. Лаврушин", ("Т.Н. Лаврушина",)), ("Пётр Сомов", ("Пётр Сомов",))}),
])
def test_parent_abbreviation_after_honoured_name(models, text, expected):
    assert person_mentions(text, models) == expected
