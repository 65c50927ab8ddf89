"""A surname written before a first name (``Зимина Валерия``), as lists of results do, that both a woman's
nominative and a man's genitive can be (invented names): a woman's, unless a word governs the name."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


def _names(text, models) -> set[str]:
    return {name for name, _texts in person_mentions(text, models)}


@pytest.mark.parametrize("text, expected", [
    ("Протокол: Зимина Валерия – 5 место.", {"Валерия Зимина"}),
    ("Итоги: Кравцова Евгения – 9 место.", {"Евгения Кравцова"}),
    # near cases: a name a word governs, or in a case only a man's name has
    ("Дом Зимина Валерия сгорел.", {"Валерий Зимин"}),
    ("У Зимина Валерия нет машины.", {"Валерий Зимин"}),
    ("Награду вручили Зимину Валерию.", {"Валерий Зимин"}),
    ("Протокол: Зимин Валерий – 5 место.", {"Валерий Зимин"}),
])
def test_a_surname_first_in_a_list(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("В номинации «Проза» лауреатом стала Костенко Лилия.", {("Лилия", "Костенко")}),
    ("Протокол: Онищенко Андрей – 3 место.", {("Андрей", "Онищенко")}),
    # near cases: a first name in -ко before a surname keeps its order
    ("Тренер Франко Баррези доволен.", {("Франко", "Баррези")}),
    ("Марко Ривера забил гол.", {("Марко", "Ривера")}),
    ("Страной правил король Мирко Радован.", {("Мирко", "Радован")}),
])
def test_a_ukrainian_surname_before_a_first_name(models, text, expected):
    from .conftest import analyze

    assert {(p.first, p.last) for p in analyze(text, models).persons} == expected
