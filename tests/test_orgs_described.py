"""An organization named once with adjectives and a descriptor before its name is the one the document
names by that name alone (nerpipe.resolve.described); a Cyrillic abbreviation of Latin look-alike letters
is the Latin one (nerpipe.resolve.org_spellings)."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.resolve.country_names import country_key
from nerpipe.resolve.described import join_described_names
from nerpipe.resolve.ids import org_id_for
from nerpipe.resolve.org_spellings import join_lookalike_abbreviations
from nerpipe.resolve.organizations import ResolvedOrg, first_named
from nerpipe.resolve.short_variants import join_bare_units

from .conftest import org_entity_names


def _org(name: str) -> ResolvedOrg:
    return ResolvedOrg(org_id_for(name), name, None, None)


def _resolved(names: list[str]) -> dict[Span, ResolvedOrg]:
    return {Span(i * 40, i * 40 + len(name), ORG): _org(name) for i, name in enumerate(names)}


@pytest.mark.parametrize("names, expected", [
    (["ТФК", "Тверской футбольный клуб ТФК"], ["ТФК", "ТФК"]),
    (["Нефтегазовый концерн Би-Эм", "Би-Эм"], ["Би-Эм", "Би-Эм"]),
    (["Частная нефтяная компания Кедрон", "Кедрон"], ["Кедрон", "Кедрон"]),
    # a body of another kind the dictionary knows: the fund is the organization's, not it
    (["Детский фонд ООН", "ООН"], ["Детский фонд ООН", "ООН"]),
    # an abbreviation after adjectives with no place's: the body a unit belongs to
    (["Координационный центр ЗГУ", "ЗГУ"], ["Координационный центр ЗГУ", "ЗГУ"]),
    (["Инвестиционная группа КЛМ", "КЛМ"], ["Инвестиционная группа КЛМ", "КЛМ"]),
    # no adjective, a unit's noun, or nothing named alone: apart
    (["Пресс-служба ТФК", "ТФК"], ["Пресс-служба ТФК", "ТФК"]),
    (["Тверской футбольный клуб ТФК"], ["Тверской футбольный клуб ТФК"]),
    (["Социалистическая рабочая партия Британии", "Британия"],
     ["Социалистическая рабочая партия Британии", "Британия"]),
])
def test_join_described_names(names, expected, models):
    resolved = _resolved(names)
    join_described_names(resolved, models.orgs, models.gazetteer)
    assert [org.name for org in resolved.values()] == expected


@pytest.mark.parametrize("names, expected", [
    (["BP", "ВР"], ["BP", "BP"]),  # Cyrillic В and Р
    (["КТМ", "KTM"], ["KTM", "KTM"]),
    (["ВТБ", "BTB"], ["ВТБ", "BTB"]),  # Б has no Latin twin
    (["ВР"], ["ВР"]),
    (["ВР", "BPA"], ["ВР", "BPA"]),
])
def test_join_lookalike_abbreviations(names, expected):
    resolved = _resolved(names)
    join_lookalike_abbreviations(resolved)
    assert [org.name for org in resolved.values()] == expected


@pytest.mark.parametrize("text, written, expected", [
    ("Тверской футбольный клуб КДВ обыграл гостей. Форвард КДВ забил дважды.",
     "Тверской футбольный клуб КДВ", "КДВ"),
])
def test_described_name_in_text(text, written, expected, models):
    assert org_entity_names(text, models).get(written) == expected


@pytest.mark.parametrize("names, expected", [
    (["МИД ФРГ", "МИД Германии"], ["МИД ФРГ", "МИД ФРГ"]),
    (["Посольство Германии", "Посольство ФРГ"], ["Посольство Германии", "Посольство Германии"]),
    (["Правительство КНР", "Правительство Китая"], ["Правительство КНР", "Правительство КНР"]),
    # another country, or other words before it: apart
    (["МИД ФРГ", "МИД Австрии"], ["МИД ФРГ", "МИД Австрии"]),
    (["МИД ФРГ", "Посольство ФРГ"], ["МИД ФРГ", "Посольство ФРГ"]),
    (["Германия", "ФРГ"], ["Германия", "ФРГ"]),  # no words before the country
])
def test_join_country_names(names, expected, models):
    resolved = _resolved(names)
    resolved = first_named(resolved, lambda org: country_key(org.name, models.gazetteer))
    assert [org.name for org in resolved.values()] == expected


def test_state_broadcaster_short_full_name(models):
    text = "Всероссийская государственная телерадиокомпания покажет фильм. Директор ВГТРК одобрил показ."
    names = org_entity_names(text, models)
    assert set(names.values()) == {"Всероссийская государственная телевизионная и радиовещательная компания"}, names


@pytest.mark.parametrize("names, expected", [
    (["Совет управляющих ЗАА", "Совет управляющих"], ["Совет управляющих ЗАА", "Совет управляющих ЗАА"]),
    (["Научный совет МКЗ", "Научный совет"], ["Научный совет МКЗ", "Научный совет МКЗ"]),
    # named before the longer one, two longer ones, a body's words after it, one word: apart
    (["Совет управляющих", "Совет управляющих ЗАА"], ["Совет управляющих", "Совет управляющих ЗАА"]),
    (["Совет управляющих ЗАА", "Совет управляющих КЛА", "Совет управляющих"],
     ["Совет управляющих ЗАА", "Совет управляющих КЛА", "Совет управляющих"]),
    (["Совет директоров компании Кедр", "Совет директоров"], ["Совет директоров компании Кедр", "Совет директоров"]),
    (["Совет ЗАА", "Совет"], ["Совет ЗАА", "Совет"]),
])
def test_join_bare_units(names, expected):
    resolved = _resolved(names)
    join_bare_units(resolved)
    assert [org.name for org in resolved.values()] == expected


def test_bare_unit_in_text(models):
    text = ("Сессия Совета управляющих ЗАА прошла в Вене. Глава ЗАА выступил перед Советом управляющих "
            "во вторник.")
    names = org_entity_names(text, models)
    assert names.get("Советом управляющих") == names.get("Совета управляющих ЗАА") is not None, names


@pytest.mark.parametrize("text, expected", [
    # a town's or a district's accounts chamber written in lower case is a body of its place
    ("Проверка проведена контрольно-счетной палатой города Заречного.", "контрольно-счетной палатой города Заречного"),
    ("Отчет утвердила коллегия контрольно-счётной палаты Заречного района.",
     "контрольно-счётной палаты Заречного района"),
    # a ``по`` phrase of what the chamber's opinion is on is no part of its name
    ("Нужно заключение контрольно-счетной палаты города Заречного по отчету об исполнении бюджета.",
     "контрольно-счетной палаты города Заречного"),
])
def test_accounts_chamber_of_a_place(text, expected, models):
    from .conftest import org_texts

    assert expected in org_texts(text, models)
