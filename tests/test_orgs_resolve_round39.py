"""Which organization, round 39: a region's department or agency named by its remit alone
(:mod:`nerpipe.resolve.offices`), an abbreviation of a syllable and initials (:mod:`nerpipe.resolve.initialisms`)
and a short name before its longer one (:mod:`nerpipe.resolve.org_spellings`)."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.resolve.org_spellings import join_short_latin_names
from nerpipe.resolve.organizations import ResolvedOrg

from .conftest import analyze, org_entity_names


def _bodies(text: str, models) -> set[tuple[str, str | None]]:
    return {(o.name, o.region_code) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    # a department or an agency named by its remit alone, in a text about one region named as a region
    ("В Омской области появится новое ведомство. Департамент лесной охраны начнёт работу в мае.",
     ("Департамент лесной охраны Омской области", "RU-OMS")),
    ("Жителей Псковской области позвали на конкурс. Агентство по делам туризма приняло заявки.",
     ("Агентство по делам туризма Псковской области", "RU-PSK")),
    ("В Тверской области сменили структуру ведомств. Полномочия передали департаменту культуры, спорта и "
     "туризма.", ("Департамент культуры, спорта и туризма Тверской области", "RU-TVE")),
])
def test_a_regions_office_named_by_its_remit(models, text, expected):
    assert expected in _bodies(text, models)


@pytest.mark.parametrize("text, absent", [
    # no region named as a region: no region given
    ("Департамент лесной охраны начнёт работу в мае.", "Департамент лесной охраны"),
    # two regions named: none of them
    ("Делегация Омской области приехала в Псковскую область. Департамент лесной охраны провёл встречу.",
     "Департамент лесной охраны"),
    # a town's executive named: its department may be the town's
    ("В Омской области прошли выборы. Мэрия Омска сообщила, что департамент лесной охраны начнёт работу.",
     "Департамент лесной охраны"),
])
def test_an_office_not_made_a_regions(models, text, absent):
    assert any(name == absent and region is None for name, region in _bodies(text, models))


@pytest.mark.parametrize("text, expected", [
    # a federal agency keeps its own name and country
    ("В Омской области открыли центр. Федеральное агентство по делам молодёжи выделило грант.",
     "Федеральное агентство по делам молодёжи"),
    # a quoted agency is a company, not an office
    ("В Омской области открыли офис. Агентство «Вектор» провело опрос.", "Вектор"),
])
def test_federal_and_named_agencies_stay(models, text, expected):
    assert any(name == expected and region is None for name, region in _bodies(text, models))


@pytest.mark.parametrize("text, mention, expected", [
    # a university's abbreviation of its town's syllable and initials
    ("Студенты ОмГУ победили в олимпиаде. Омский государственный университет наградил их.", "ОмГУ",
     "Омский государственный университет"),
])
def test_a_syllable_and_initials(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


def test_a_syllable_whose_initials_differ(models):
    text = "Студенты ОмГТУ победили в олимпиаде. Омский государственный университет наградил их."
    assert org_entity_names(text, models).get("ОмГТУ") != "Омский государственный университет"


def _org(name: str) -> ResolvedOrg:
    return ResolvedOrg(name, name, None, None)


@pytest.mark.parametrize("names, expected", [
    # a short name in a headline, then the longer name and the short one again: all one body
    (["Helix", "Helix Biotech", "Helix"], ["Helix Biotech"] * 3),
    (["МХТ", "МХТ имени Сомова", "МХТ"], ["МХТ имени Сомова"] * 3),
    # a short name whose later mention fits two longer names, or that is never written again: apart
    (["Helix", "Helix Biotech", "Helix Media", "Helix"], ["Helix", "Helix Biotech", "Helix Media", "Helix"]),
    (["Helix", "Helix Biotech"], ["Helix", "Helix Biotech"]),
])
def test_a_short_name_before_its_longer_one(names, expected):
    resolved = {Span(i * 30, i * 30 + len(name), ORG): _org(name) for i, name in enumerate(names)}
    join_short_latin_names(resolved)
    assert [org.name for org in resolved.values()] == expected
