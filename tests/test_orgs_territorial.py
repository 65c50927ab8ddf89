"""A federal agency's office in a region spelled in several ways is one body
(:mod:`nerpipe.resolve.territorial`)."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, first, second", [
    ("Как сообщили в ГУ МЧС России по Омской области, пожар потушен. В Главном управлении МЧС по Омской "
     "области добавили, что пострадавших нет.", "ГУ МЧС России по Омской области",
     "Главном управлении МЧС по Омской области"),
    ("Как сообщили в УФНС по Тверской области, сроки продлены. В Управлении ФНС России по Тверской области "
     "добавили подробности.", "УФНС по Тверской области", "Управлении ФНС России по Тверской области"),
    ("Как сообщили в УФСБ по Омской области, задержан подозреваемый. В Управлении ФСБ России по Омской "
     "области добавили подробности.", "УФСБ по Омской области", "Управлении ФСБ России по Омской области"),
])
def test_one_office_spelled_two_ways(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[second] == names[first]


@pytest.mark.parametrize("text, first, second", [
    # a main directorate and a directorate
    ("Как сообщили в ГУ МВД по Омской области, задержан подозреваемый. В УМВД России по Омской области "
     "добавили подробности.", "ГУ МВД по Омской области", "УМВД России по Омской области"),
    # two places
    ("Как сообщили в УМВД России по Омску, задержан подозреваемый. В УМВД России по Омской области "
     "добавили подробности.", "УМВД России по Омску", "УМВД России по Омской области"),
    # two agencies
    ("Как сообщили в УФСБ по Омской области, задержан подозреваемый. В УФНС по Омской области "
     "добавили подробности.", "УФСБ по Омской области", "УФНС по Омской области"),
])
def test_two_offices_kept_apart(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[second] != names[first]


@pytest.mark.parametrize("text, first, second", [
    # the place a genitive after the agency, not a ``по`` phrase
    ("В пресс-службе ГУМВД Тверской области сообщили о задержании. Сотрудники ГУ МВД России по Тверской области "
     "задержали мужчину.", "ГУМВД Тверской области", "ГУ МВД России по Тверской области"),
    ("Сотрудники ГУ МВД России по Тверской области задержали мужчину. Об этом сообщили в Главном управлении МВД "
     "Тверской области.", "ГУ МВД России по Тверской области", "Главном управлении МВД Тверской области"),
    ("Сотрудники УМВД России по Тверской области задержали мужчину. Об этом сообщили в УМВД Тверской области.",
     "УМВД России по Тверской области", "УМВД Тверской области"),
    ("Сотрудники ГУ МЧС России по Тверской области потушили пожар. Об этом сообщили в ГУ МЧС Тверской области.",
     "ГУ МЧС России по Тверской области", "ГУ МЧС Тверской области"),
])
def test_one_office_with_its_place_in_the_genitive(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[second] == names[first]


@pytest.mark.parametrize("text, first, second", [
    # a main directorate and a directorate, one with its place in the genitive
    ("Сотрудники ГУ МВД России по Тверской области задержали мужчину. Как сообщили в УМВД Тверской области, "
     "он отпущен.", "ГУ МВД России по Тверской области", "УМВД Тверской области"),
    # two places, one in the genitive
    ("Сотрудники УМВД России по Тверской области задержали мужчину. Об этом сообщили в УМВД Омской области.",
     "УМВД России по Тверской области", "УМВД Омской области"),
])
def test_genitive_offices_kept_apart(models, text, first, second):
    names = org_entity_names(text, models)
    assert names[second] != names[first]


@pytest.mark.parametrize("text, mention, expected", [
    # a unit's abbreviation in brackets between the unit and its agency: one office
    ("Сотрудники Главного управления (ГУ) МВД России по Тверской области задержали мужчину. Позже ГУ МВД России "
     "по Тверской области сообщило подробности.", "Главного управления (ГУ) МВД России по Тверской области",
     "Главное управление МВД России по Тверской области"),
    ("Об этом сообщает пресс-служба Главного управления (ГУ) МЧС России по Тверской области.",
     "пресс-служба Главного управления (ГУ) МЧС России по Тверской области",
     "Пресс-служба Главного управления МЧС России по Тверской области"),
    # near cases: the whole's abbreviation stays the whole's; a conjunction between keeps two bodies
    ("Министерство внутренних дел (МВД) России сообщило о задержании.", "Министерство внутренних дел (МВД) России",
     "Министерство внутренних дел Российской Федерации"),
    ("Фонд развития промышленности (ФРП) Тверской области выдал заём.",
     "Фонд развития промышленности (ФРП) Тверской области", "Фонд развития промышленности Тверской области"),
    ("Сотрудники Главного управления (ГУ) и МВД России по Тверской области задержали мужчину.",
     "МВД России по Тверской области", "МВД России по Тверской области"),
])
def test_a_units_abbreviation_in_brackets(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, name, abbr", [
    # the abbreviation of a body inside a unit's name is not the unit's
    ("Об этом сообщает пресс-служба Главного управления (ГУ) МЧС России по Тверской области.",
     "Пресс-служба Главного управления МЧС России по Тверской области", None),
    # the whole's abbreviation is the whole's
    ("Фонд развития промышленности (ФРП) Тверской области выдал заём.",
     "Фонд развития промышленности Тверской области", "ФРП"),
])
def test_a_units_bracketed_abbreviation_is_not_its_own(models, text, name, abbr):
    assert {o.name: o.abbr for o in analyze(text, models).organizations}[name] == abbr


@pytest.mark.parametrize("text, mention, expected", [
    # an office named first with its place in the genitive takes the name the text gives it with ``по``
    ("УМВД Тверской области возглавил генерал. Начальнику управления МВД России по Тверской области Ивану Сомову "
     "присвоено звание.", "УМВД Тверской области", "Управление МВД России по Тверской области"),
])
def test_an_office_named_with_po(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected
