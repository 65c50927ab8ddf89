"""Titles read as an analyst reads them: the unit a role keeps, the country an adjective names."""

from __future__ import annotations

import pytest

from .conftest import analyze
from .conftest import holder_titles as positions


def rows(text: str, models) -> set[tuple[str, str, str | None]]:
    """``(person, role, country)`` of every ``positions`` row of a text."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.role, f.country) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    # a unit noun after a state-level adjective is the agency itself, not a sub-unit of it
    ("Пресс-секретарь Федеральной службы по надзору в сфере транспорта Олег Прудников сообщил об этом.",
     ("Олег Прудников", "пресс-секретарь", None)),
    ("Директор Федеральной службы безопасности Антон Грибов выступил.", ("Антон Грибов", "директор", None)),
    ("Начальник Федерального управления автодорог Игнат Саввин прибыл в город.",
     ("Игнат Саввин", "начальник", None)),
    # a sub-unit keeps its noun in the role
    ("Директор департамента Минфина Антон Грибов выступил.", ("Антон Грибов", "директор департамента", None)),
    ("Начальник Главного управления МВД по Тульской области Антон Грибов выступил.",
     ("Антон Грибов", "начальник управления", None)),
    ("Член совета директоров компании «Ферроплан» Антон Грибов выступил.", ("Антон Грибов", "член совета", None)),
    # a board or a presidium is a unit as a council is
    ("Член президиума Общественного совета при мэре Тулы Антон Грибов выступил.",
     ("Антон Грибов", "член президиума", None)),
    ("Председатель правления банка «Кредо» Антон Грибов выступил.",
     ("Антон Грибов", "председатель правления", None)),
    # a job named by its head and what it governs
    ("Руководитель полёта орбитальной станции Глеб Соболев заявил об этом.",
     ("Глеб Соболев", "руководитель полета", None)),
    ("Тренер вратарей сборной Глеб Соболев ушёл в отставку.", ("Глеб Соболев", "тренер вратарей", None)),
])
def test_the_unit_a_role_keeps(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a country's adjective before a compound title names the holder's country
    ("Первая корейская женщина-космонавт Мина Ким вернулась на Землю.", ("Мина Ким", "космонавт", "KR")),
    ("Северокорейский дипломат Ким Чхоль прибыл в Пекин.", ("Ким Чхоль", "дипломат", "KP")),
    ("Первый индийский летчик-испытатель Радж Капур прилетел в Москву.",
     ("Радж Капур", "летчик-испытатель", "IN")),
    ("Японская женщина-пилот Аяко Сато прилетела в Москву.", ("Аяко Сато", "пилот", "JP")),
])
def test_the_country_of_a_compound_title(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a pronoun the tagger reads as an adjective points at the holder: no part of the title
    ("На праздник пришла даже сама испанская королева Инес.", ("Инес", "испанская королева")),
    ("На открытие пришёл сам губернатор области Иван Сомов.", ("Иван Сомов", "губернатор области")),
    ("Сама певица Анна Сомова промолчала.", ("Анна Сомова", "певица")),
    ("Наш тренер Игорь Лапин доволен игрой.", ("Игорь Лапин", "тренер")),
])
def test_a_pronoun_before_a_title(models, text, expected):
    assert expected in positions(text, models)


@pytest.mark.parametrize("text, expected", [
    # a body described by an adjective and "ведомство" is the ministry it stands for
    ("Глава внешнеполитического ведомства России Игорь Сомов приехал в Рим.",
     ("Игорь Сомов", "министр", "Министерство иностранных дел Российской Федерации", None)),
    ("Глава внешнеполитического ведомства Франции Жан Дюбуа приехал в Москву.",
     ("Жан Дюбуа", "министр", "Министерство иностранных дел Франции", "FR")),
    ("Глава финансового ведомства Германии Ханс Мюллер приехал в Москву.",
     ("Ханс Мюллер", "министр", "Министерство финансов Германии", "DE")),
    ("Глава военного ведомства Израиля Ави Коэн приехал в Москву.",
     ("Ави Коэн", "министр", "Министерство обороны Израиля", "IL")),
    # with no organization found in it, the title's own words describe it
    ("Официальный представитель дипломатического ведомства Анна Котова сообщила об этом.",
     ("Анна Котова", "официальный представитель", "Министерство иностранных дел Российской Федерации", None)),
])
def test_a_described_body(models, text, expected):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    assert expected in {(names[f.person_id], f.role, orgs.get(f.org_id), f.country) for f in result.positions}
