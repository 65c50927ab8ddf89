"""Who acts in a post: the one charged with its duties (``поручил Петру Орлову исполнять обязанности …``), not who
charges; the one who takes on its duties or powers until it is filled (``его полномочия будет исполнять …``), in
the post, not in the ``новый`` one still to come."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, bool]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.acting) for f in result.positions}


@pytest.mark.parametrize("text, expected, absent", [
    ("Губернатор Иван Котов поручил Петру Орлову исполнять обязанности главы района до выборов.",
     ("Пётр Орлов", "глава района", True), ("Иван Котов", "глава района", True)),
    ("Губернатор Иван Котов попросил Петра Орлова исполнять обязанности министра финансов.",
     ("Пётр Орлов", "министр финансов", True), ("Иван Котов", "министр финансов", True)),
    ("Пётр Орлов согласился исполнять обязанности директора завода.",
     ("Пётр Орлов", "директор завода", True), None),
])
def test_the_one_charged_with_the_duties_acts(models, text, expected, absent):
    found = rows(text, models)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("До избрания нового ректора его полномочия будет исполнять проректор Иван Котов.",
     ("Иван Котов", "ректор", True)),
    ("До избрания нового ректора его обязанности будет исполнять проректор Иван Котов.",
     ("Иван Котов", "ректор", True)),
])
def test_duties_or_powers_taken_until_a_post_is_filled(models, text, expected):
    assert expected in rows(text, models)


def test_powers_no_one_takes_on_make_no_acting_holder(models):
    found = rows("До избрания нового ректора полномочия совета расширены, заявил проректор Иван Котов.", models)
    assert not {row for row in found if row[1].endswith("ректор") and row[1] != "проректор"}
