"""Whose a post is and whether it is held: the one thanked for the work in a post holds it, not the one who thanks;
a post one ``будет утверждён`` in is not held yet; a title whose subject ``больше не работает`` (or has not since a
day) is held no more."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, bool]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.former) for f in result.positions}


@pytest.mark.parametrize("text, expected, absent", [
    ("Губернатор Иван Котов поблагодарил Петра Орлова за работу на посту министра финансов.",
     {("Пётр Орлов", "министр финансов", False), ("Иван Котов", "губернатор", False)},
     {("Иван Котов", "министр финансов", False)}),
    ("Губернатор Иван Котов наградил Анну Котову за работу на посту главы района.",
     {("Анна Котова", "глава района", False)}, {("Иван Котов", "глава района", False)}),
    ("Пётр Орлов за работу на посту министра получил орден.", {("Пётр Орлов", "министр", False)}, set()),
    ("Пётр Орлов будет утверждён в должности министра.", set(), {("Пётр Орлов", "министр", False)}),
    ("Пётр Орлов утверждён в должности министра.", {("Пётр Орлов", "министр", False)}, set()),
    # re-elected or re-appointed to the post one holds: held now
    ("Пётр Орлов будет переизбран председателем совета директоров компании «Кедр».",
     {("Пётр Орлов", "председатель совета директоров компании «Кедр»", False)}, set()),
    ("Иван Котов будет переназначен министром финансов.", {("Иван Котов", "министр финансов", False)}, set()),
    ("Иван Котов будет переведён на должность министра финансов.", set(),
     {("Иван Котов", "министр финансов", False)}),
    ("С 7 декабря в банке не работает директор управления Анна Котова.",
     {("Анна Котова", "директор управления", True)}, {("Анна Котова", "директор управления", False)}),
    ("Директор управления Анна Котова больше не работает в банке.",
     {("Анна Котова", "директор управления", True)}, set()),
    ("Директор управления Анна Котова не работает по выходным.",
     {("Анна Котова", "директор управления", False)}, set()),
])
def test_whose_post_and_whether_held(models, text, expected, absent):
    found = rows(text, models)
    assert expected <= found
    assert not absent & found
