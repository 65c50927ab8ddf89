"""A post stated by a verb of heading a body (``возглавила министерство``): its holder is the body's head."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str, bool]]:
    """``(person, position, role, former)`` of every ``positions`` row of a text."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.role, f.former) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    # the verb, then the body: a ministry's head is its minister
    ("В прошлом месяце Анна Котова возглавила министерство здравоохранения области.",
     ("Анна Котова", "министр здравоохранения области", "министр", False)),
    # the body, then the verb, then the name (a headline's order)
    ("В прошлом месяце министерство здравоохранения области возглавила Анна Котова.",
     ("Анна Котова", "министр здравоохранения области", "министр", False)),
    ("Департамент культуры города возглавит Олег Бурцев, сообщили в мэрии.",
     ("Олег Бурцев", "руководитель департамента культуры города", "руководитель департамента", False)),
    # a participle of the past: a post held then
    ("Олег Бурцев, возглавлявший департамент культуры, ушёл на пенсию.",
     ("Олег Бурцев", "руководитель департамента культуры", "руководитель департамента", True)),
    # a ministry by its short name, with the place written after it
    ("Минздрав Коми возглавила Виктория Ланина.",
     ("Виктория Ланина", "руководитель Минздрава Коми", "министр", False)),
    # the subject a pronoun
    ("Олег Бурцев родился в Твери. В 2015 году он возглавил министерство культуры области.",
     ("Олег Бурцев", "министр культуры области", "министр", False)),
])
def test_heading_verb_gives_the_head(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text", [
    # an infinitive: asked, not done
    "Анне Котовой предложили возглавить министерство здравоохранения области.",
    # negated
    "Анна Котова так и не возглавила министерство здравоохранения области.",
    # no body beside the verb: a list, a rating, a delegation
    "Анна Котова возглавила рейтинг журнала «Вектор».",
    # the name is no subject of the verb
    "Команда Анны Котовой возглавила турнирную таблицу чемпионата.",
])
def test_heading_verb_without_a_post(models, text):
    assert not {r for r in rows(text, models) if r[2] in ("министр", "руководитель", "руководитель департамента")}


def test_ministry_with_its_region_after_it_is_the_regions(models):
    """``Минздрав Коми возглавила …``: the republic's ministry, not Russia's of the same name."""
    result = analyze("Минздрав Коми возглавила Виктория Ланина.", models)
    orgs = {o.org_id: o.name for o in result.organizations}
    assert [(orgs.get(f.org_id), f.region_code) for f in result.positions] == \
        [("Министерство здравоохранения Республики Коми", "RU-KO")]
