"""Titles read as an analyst reads them: the unit a role keeps, the country an adjective names."""

from __future__ import annotations

import pytest

from .conftest import analyze


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
])
def test_the_unit_a_role_keeps(models, text, expected):
    assert expected in rows(text, models)
