"""Classes of person names found by the audit of round 45 (fresh text; invented names and sentences only)."""

from __future__ import annotations

import pytest

from .conftest import analyze, person_mentions


def _people(text, models) -> set[tuple[str, tuple[str, ...]]]:
    return person_mentions(text, models)


@pytest.mark.parametrize("text, expected", [
    # a surname first, then a first name and a patronymic pymorphy knows neither of, as decrees write them
    ("Указом президента Туркбаев Жаныбек Ормонович назначен министром.",
     {("Жаныбек Ормонович Туркбаев", ("Туркбаев Жаныбек Ормонович",))}),
    ("Освобожден министр Кылычев Дөөлөт Сагынбекович, работавший с 2019 года.",
     {("Дөөлөт Сагынбекович Кылычев", ("Кылычев Дөөлөт Сагынбекович",))}),
    ("Министром стал Туркбаев Жаныбек Ормонович, а заместителем Асанов Бакыт Медетович.",
     {("Жаныбек Ормонович Туркбаев", ("Туркбаев Жаныбек Ормонович",)),
      ("Бакыт Медетович Асанов", ("Асанов Бакыт Медетович",))}),
    ("Главой стала Туркбаева Айгуль Ормоновна.",
     {("Айгуль Ормоновна Туркбаева", ("Туркбаева Айгуль Ормоновна",))}),
    ("Кандидатура Туркбаева Жаныбека Ормоновича вносится в парламент.",
     {("Жаныбек Ормонович Туркбаев", ("Туркбаева Жаныбека Ормоновича",))}),
    # near cases: a surname in -ович after a first name stays a surname (no Russian family before it)
    ("Встретились Милан Петрович и Зоран Йованович.",
     {("Милан Петрович", ("Милан Петрович",)), ("Зоран Йованович", ("Зоран Йованович",))}),
    ("Сербский премьер Марко Жоржевич Ристич прибыл.",
     {("Марко Жоржевич Ристич", ("Марко Жоржевич Ристич",))}),
    ("Встретились Петров Никола и Зоран Йованович.",
     {("Никола Петров", ("Петров Никола",)), ("Зоран Йованович", ("Зоран Йованович",))}),
])
def test_a_surname_before_an_unknown_first_name_and_patronymic(models, text, expected):
    assert _people(text, models) == expected


def test_the_parts_of_a_surname_first_name(models):
    persons = analyze("Указом президента Туркбаев Жаныбек Ормонович назначен министром.", models).persons
    assert {(p.first, p.middle, p.last) for p in persons} == {("Жаныбек", "Ормонович", "Туркбаев")}
