"""The duties of a post before a future ``исполнять`` (``обязанности главы района будет исполнять X``): X acts in
the post, as with ``обязанности директора исполняет X``. Every name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, bool]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.role, f.acting) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Обязанности директора школы будет исполнять Анна Котова.",
     ("Анна Котова", "исполняющий обязанности директора", True)),
    ("По данным правительства, обязанности главы района будет исполнять первый зам Орлова Игорь Ветров.",
     ("Игорь Ветров", "исполняющий обязанности главы", True)),
    ("Обязанности директора школы исполняет Анна Котова.",
     ("Анна Котова", "исполняющий обязанности директора", True)),
])
def test_duties_before_a_future_discharging_verb(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # "до избрания" is a noun the predicates' pattern matches, not the predicate; "зам." an abbreviated head
    ("Исполнять обязанности главы администрации Озёрного района до избрания нового руководителя будет первый зам. "
     "главы Ольга Котова.", ("Ольга Котова", "исполняющий обязанности главы", True)),
])
def test_the_predicate_past_a_phrase_of_election(models, text, expected):
    assert expected in rows(text, models)
