"""A federal body of Russia named with a town level's adjective is the body of the town the text is about
(:mod:`nerpipe.resolve.municipal`): ``муниципальной счетной палаты`` in a text about Tver is ``Счётная палата
Твери``, not Russia's."""

from __future__ import annotations

import pytest

from .conftest import analyze


def orgs_of(text: str, models, surface: str) -> set[tuple[str, str | None]]:
    """``(name, region)`` of the organizations of the ORG mentions whose text holds ``surface``."""
    result = analyze(text, models)
    by_id = {o.org_id: o for o in result.organizations}
    return {(by_id[m.entity_id].name, by_id[m.entity_id].region_code) for m in result.mentions
            if m.type == "ORG" and surface in m.text and m.entity_id in by_id}


@pytest.mark.parametrize("text, surface, expected", [
    ("Тверская городская дума утвердила отчёт нового руководителя муниципальной счетной палаты Ивана Котова. "
     "Аудиторы проверили 12 учреждений Твери.",
     "счетной палаты", ("Счётная палата Твери", "RU-TVE")),
    ("В Омске депутаты заслушали отчёт городской Счётной палаты. Омск получит новые автобусы.",
     "Счётной палаты", ("Счётная палата Омска", "RU-OMS")),
    ("Депутаты Омска заслушали отчёт муниципальной Счетной палаты о проверке мэрии Омска.",
     "Счетной палаты", ("Счётная палата Омска", "RU-OMS")),
])
def test_a_federal_body_with_a_town_level_is_the_towns(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface", [
    # no town level: Russia's
    ("В Омске депутаты заслушали аудитора Счётной палаты Ивана Котова. Омск получит новые автобусы.",
     "Счётной палаты"),
    # a town level but no town the text is about
    ("Депутаты заслушали отчёт муниципальной Счётной палаты.", "Счётной палаты"),
])
def test_a_federal_body_without_a_town_level_or_town_stays(models, text, surface):
    assert {name for name, _ in orgs_of(text, models, surface)} == {"Счётная палата Российской Федерации"}


@pytest.mark.parametrize("text, surface, expected", [
    ("Сессия Казанской городской Думы прошла в среду.", "Казанской городской Думы",
     ("Казанская городская Дума", "RU-TA")),
    ("Представители Гатчинской городской администрации выступили.", "Гатчинской городской администрации",
     ("Гатчинская городская администрация", "RU-LEN")),
])
def test_a_body_named_by_a_towns_adjective_is_of_its_region(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}


@pytest.mark.parametrize("text, surface, expected", [
    # a town's institution is no body of state: no region from the adjective alone
    ("Врачи Казанской городской больницы приняли гостей.", "Казанской городской больницы",
     ("Казанская городская больница", None)),
])
def test_a_towns_institution_by_its_adjective_stays(models, text, surface, expected):
    assert orgs_of(text, models, surface) == {expected}


def test_a_districts_adjective_of_a_town_in_soft_sign_places_nothing(models):
    """``Усманского`` of a rural settlement is no adjective of the town Усмань: only a town's body of state
    named with ``городской`` reads a town in ``-ь`` from its adjective."""
    text = "Прокуратурой Новоусманского района проведена проверка. Обращение поступило в администрацию Усманского " \
           "сельского поселения."
    result = analyze(text, models)
    assert all(o.region_code is None for o in result.organizations)
    assert all(p.region_code is None for p in result.locations)
