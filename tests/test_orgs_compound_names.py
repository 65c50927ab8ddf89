"""Names of bodies made with compounds: a ministry named by a compound of ``Мин`` and a stem the dictionary
does not know is named in the nominative, the genitive after it kept, and one whose stem is a feminine or
plural genitive is not declined (:func:`nerpipe.orgs.naming.ministry_nominative`); a university's compound
kind is written out (``госуниверситет``); a capitalised compound descriptor before a quoted name is no part
of the name (``Госкорпорацией «…»``)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("word, expected", [
    ("Мининвеста", "Мининвест"),
    ("Минтруду", "Минтруд"),
    ("Минстрое", "Минстрой"),
    ("Минспорта", "Минспорт"),
    ("Минцифры", "Минцифры"),
    ("Минкультуры", "Минкультуры"),
    # a neuter genitive stem is not declined either
    ("Минпросвещения", "Минпросвещения"),
    ("Минэкономразвития", "Минэкономразвития"),
    # a compound pymorphy knows: its own reading
    ("Минфина", "Минфин"),
    ("Минсельхоза", "Минсельхоз"),
    ("Министерство", None),
    ("Минск", None),
    ("минимум", None),
])
def test_the_nominative_of_a_ministry_compound(models, word, expected):
    from nerpipe.orgs.naming import ministry_nominative

    assert ministry_nominative(word, models.orgs.morph) == expected


@pytest.mark.parametrize("text, expected", [
    ("Об этом рассказали в пресс-службе Мининвеста Кузбасса.", ("Мининвест Кузбасса", "RU-KEM")),
    ("Заявку подали в Минтруда Бурятии в марте.", ("Минтруд Бурятии", "RU-BU")),
    ("Грант выдал Минцифры Татарстана.", ("Минцифры Татарстана", "RU-TA")),
    ("Доклад подготовило Минэкономразвития Тамбовской области.", ("Минэкономразвития Тамбовской области", "RU-TAM")),
    ("Заявление опубликовали на сайте Минфина США во вторник.", ("Минфин США", None)),
])
def test_a_regional_ministry_compound_keeps_its_region(models, text, expected):
    assert expected in {(o.name, o.region_code) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    ("Студенты Омского госуниверситета победили в олимпиаде.", "Омский государственный университет"),
    ("Делегация прибыла из Тверского медуниверситета в среду.", "Тверской медицинский университет"),
    ("Стипендии учредил Курский госпедуниверситет.", "Курский государственный педагогический университет"),
])
def test_a_compound_kind_of_university_is_written_out(models, text, expected):
    assert expected in {o.name for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    ("Соглашение подписали с Госкорпорацией «Орбитех» в июне.", "Орбитех"),
    ("Контракт достался Медиахолдингу «Северный луч».", "Северный луч"),
])
def test_a_capitalised_compound_descriptor_is_no_part_of_the_name(models, text, expected):
    assert expected in {o.name for o in analyze(text, models).organizations}
