"""What a title's words take in: after a noun of governing (``управление``, ``руководство``), a noun in the
instrumental is its object (``куратор управления рисками``, ``директор по управлению персоналом``); a ministry a
title only describes (``внешнеполитического ведомства``) is of the country the text is about, as a minister's is."""

from __future__ import annotations

import pytest

from .conftest import holder_titles, orgs_of


@pytest.mark.parametrize("text, expected", [
    ("Набсовет одобрил отставку куратора управления рисками Александра Соколова.",
     ("Александр Соколов", "куратор управления рисками")),
    ("Начальник управления кредитными рисками банка Пётр Орлов уволен.",
     ("Пётр Орлов", "начальник управления кредитными рисками банка")),
    ("Директор по управлению персоналом Анна Котова ушла из компании.",
     ("Анна Котова", "директор по управлению персоналом")),
    ("Начальник управления Пётр Орлов уволен.", ("Пётр Орлов", "начальник управления")),
])
def test_a_noun_of_governing_takes_its_object(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Премьер-министр Франции Жан Дюпон провёл перестановки в правительстве. Пьер Леру, занимавший пост главы "
     "внешнеполитического ведомства с 2019 года, ушёл в отставку.",
     ("Пьер Леру", "Министерство иностранных дел Франции")),
    ("Глава внешнеполитического ведомства Пётр Орлов заявил, что Россия готова к переговорам.",
     ("Пётр Орлов", "Министерство иностранных дел Российской Федерации")),
])
def test_a_described_ministry_is_of_the_country_the_text_is_about(models, text, expected):
    assert expected in orgs_of(text, models)
