"""Round 65, finding titles: a distinction between two stacked titles of one holder does not break their chain
(:mod:`nerpipe.titles.sharing`). Invented people and bodies."""

from __future__ import annotations

import pytest

from .conftest import analyze


def statements(text: str, models) -> list[tuple[str, str, str, bool]]:
    """``(person, title as written, person mention as written, restated)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(names[f.person_id], text[f.start:f.end], text[f.person_start:f.person_end], f.restated)
            for f in result.positions]


@pytest.mark.parametrize("text, expected", [
    # a distinction between two titles of one holder does not break their chain: the first is the name's too
    ("Кандидатом был вратарь сборной, трехкратный олимпийский чемпион, председатель комитета по спорту Олег Лаптев.",
     [("Олег Лаптев", "вратарь сборной"), ("Олег Лаптев", "председатель комитета по спорту")]),
    ("Выступила пианистка, лауреат международных конкурсов, солистка филармонии Инна Ларина.",
     [("Инна Ларина", "пианистка"), ("Инна Ларина", "солистка филармонии")]),
])
def test_a_distinction_between_stacked_titles(text, expected, models):
    assert [(name, title) for name, title, _, _ in statements(text, models)] == expected
