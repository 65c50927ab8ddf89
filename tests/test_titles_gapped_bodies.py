"""A title said once for a list of bodies and holders, each later body in the genitive only
(:mod:`nerpipe.titles.gapped_bodies`)."""

from __future__ import annotations

import pytest

from .conftest import holder_org_rows as rows


@pytest.mark.parametrize("text, expected", [
    ("Директором театра «Комедия» назначен Пётр Орлов, а театра «Сатира» – Иван Зорин.",
     {("Пётр Орлов", "директор театра «Комедия»", "Комедия"), ("Иван Зорин", "директор театра «Сатира»", "Сатира")}),
    ("Генеральным директором «Зари» стал Пётр Орлов, «Вектора» — Иван Зорин, а «Рассвета» — Анна Котова.",
     {("Иван Зорин", "генеральный директор «Вектора»", "Вектор"),
      ("Анна Котова", "генеральный директор «Рассвета»", "Рассвет")}),
])
def test_title_said_once_for_bodies(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text, absent", [
    # another verb for the second body: its own title, not the first one's
    ("Главным тренером «Спартака» стал Пётр Орлов, а «Зарю» возглавил Иван Зорин.",
     ("Иван Зорин", "главный тренер «Зари»", "Заря")),
])
def test_no_title_past_another_verb(models, text, absent):
    assert absent not in rows(text, models)
