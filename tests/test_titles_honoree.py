"""A name after ``имени``/``им.`` (and a rank) is one a body is named after, never the holder of the title
before it. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов (директор Тверского института им. Профессора И.П.Котова) выступил.",
     {("Пётр Орлов", "директор Тверского института им. Профессора", "директор", False)}),
    # near case: a holder after the body's whole name
    ("Директор школы имени Ивана Котова Пётр Орлов выступил.",
     {("Пётр Орлов", "директор школы имени Ивана Котова", "директор", False)}),
    # the holder after the name a body is named after, with a rank before it
    ("Директор лицея им. профессора Петра Орлова Иван Котов выступил.",
     {("Иван Котов", "директор лицея", "директор", False)}),
    ("Ректор университета имени академика Петра Орлова Анна Котова открыла конференцию.",
     {("Анна Котова", "ректор университета имени академика Петра Орлова", "ректор", False)}),
    # near cases: no holder after the name
    ("Директор лицея им. профессора Петра Орлова выступил.", set()),
    ("Выступил директор лицея имени Петра Орлова.", set()),
])
def test_honoree_holds_no_title(models, text, expected):
    assert rows(text, models) == expected
