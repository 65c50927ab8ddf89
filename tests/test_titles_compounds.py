"""A compound title written without its hyphen is one title (:func:`nerpipe.titles.trimming.join_compounds`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str, str | None, bool]]:
    """``(person, position, role, org, former)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    return {(names[f.person_id], f.position, f.role, orgs.get(f.org_id), f.former) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Вчера премьер министр Италии Марко Росси прибыл в Москву.",
     {("Марко Росси", "премьер-министр Италии", "премьер-министр", None, False)}),
    ("Президент встретился с премьер министром Италии Марко Росси.",
     {("Марко Росси", "премьер-министр Италии", "премьер-министр", None, False)}),
    ("Бывший премьер министр Италии Марко Росси прибыл в Москву.",
     {("Марко Росси", "бывший премьер-министр Италии", "премьер-министр", None, True)}),
    ("Командующий округом генерал лейтенант Пётр Орлов провёл учения.",
     {("Пётр Орлов", "командующий округом", "командующий округом", None, False),
      ("Пётр Орлов", "генерал-лейтенант", "генерал-лейтенант", None, False)}),
    # written with the hyphen, and a premier beside a minister, stay as they are
    ("Вчера премьер-министр Италии Марко Росси прибыл в Москву.",
     {("Марко Росси", "премьер-министр Италии", "премьер-министр", None, False)}),
    ("Премьер Италии Марко Росси и министр финансов Карло Бьянки прибыли в Москву.",
     {("Марко Росси", "премьер Италии", "премьер-министр", None, False),
      ("Карло Бьянки", "министр финансов", "министр", "Министерство финансов Италии", False)}),
])
def test_compound_written_apart(models, text, expected):
    assert rows(text, models) == expected
