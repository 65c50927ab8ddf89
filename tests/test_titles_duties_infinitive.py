"""An infinitive of the duties before a title (``Исполнять обязанности министра назначена …``, ``… будет …``): the
subject of the predicate after the title acts in it, past a possessive and the subject's own title, or past a phrase
of a preposition before the predicate. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def acting_rows(text: str, models) -> set[tuple[str, str, bool]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.role, f.acting) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Исполнять обязанности министра назначена Анна Котова.",
     {("Анна Котова", "исполняющий обязанности министра", True)}),
    # the subject with a possessive and a title of its own
    ("Исполнять обязанности главы минтранса назначена его первый заместитель Анна Котова.",
     {("Анна Котова", "исполняющий обязанности главы", True), ("Анна Котова", "первый заместитель", False)}),
    ("Исполнять обязанности директора будет её заместитель Пётр Орлов.",
     {("Пётр Орлов", "исполняющий обязанности директора", True)}),
    # a phrase of a preposition between the title and the predicate
    ("Исполнять обязанности ректора до выборов будет проректор Пётр Орлов.",
     {("Пётр Орлов", "исполняющий обязанности ректора", True), ("Пётр Орлов", "проректор", False)}),
])
def test_acting_by_an_infinitive_of_duties(models, text, expected):
    assert expected <= acting_rows(text, models)


@pytest.mark.parametrize("text, unexpected", [
    # a predicate negated: nobody acts in it
    ("Исполнять обязанности министра не будет Анна Котова.", ("Анна Котова", "исполняющий обязанности министра", True)),
])
def test_no_acting_by_a_negated_predicate(models, text, unexpected):
    assert unexpected not in acting_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # an adverb between the title and the predicate after it
    ("И.о. министра труда края также назначен заместитель министра Пётр Орлов.",
     {("Пётр Орлов", "исполняющий обязанности министра", True)}),
    ("Директором школы вновь стала Анна Котова.", {("Анна Котова", "директор", False)}),
])
def test_predicate_after_an_adverb(models, text, expected):
    assert expected <= acting_rows(text, models)
