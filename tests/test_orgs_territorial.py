"""A federal agency's office in a region spelled in several ways is one body
(:mod:`nerpipe.resolve.territorial`)."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


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
