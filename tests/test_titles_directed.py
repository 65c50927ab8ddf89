"""Where a post is, not where a verb sends its holder (:mod:`nerpipe.titles.directed`); the duties of an acting
title joined by a comma to a second post before the predicate
(:func:`nerpipe.titles.verbs.skip_joined_duties`)."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_titles


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов назначен послом в Германию.", ("Пётр Орлов", "посол в Германии")),
    ("Анна Котова назначена судьей в Арбитражный суд Энской области.",
     ("Анна Котова", "судья в Арбитражном суде Энской области")),
    ("Главой во Второй окружной суд назначена Анна Котова.", ("Анна Котова", "глава во Втором окружном суде")),
    # already where the post is
    ("Пётр Орлов работает послом в Германии.", ("Пётр Орлов", "посол в Германии")),
])
def test_post_where_it_is(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, absent", [
    # a candidacy's own object stays in the accusative
    ("Пётр Орлов выдвинут кандидатом в губернаторы.", ("Пётр Орлов", "кандидат в губернаторах")),
])
def test_candidacy_keeps_its_object(models, text, absent):
    assert absent not in holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # "в" hangs on a noun inside the title, not on the verb or the title's head: as written
    ("Пётр Орлов назначен советником губернатора по вопросам вступления в Северный таможенный союз.",
     ("Пётр Орлов", "советник губернатора по вопросам вступления в Северный таможенный союз")),
    ("Анна Котова назначена руководителем программы переселения в Энский край.",
     ("Анна Котова", "руководитель программы переселения в Энский край")),
])
def test_direction_of_another_noun(models, text, expected):
    assert expected in holder_titles(text, models)


def acting_rows(text: str, models) -> set[tuple[str, str, bool]]:
    """``(person, position, acting)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.acting) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    # the duties of both posts: the second is held as acting too
    ("Распоряжением губернатора исполняющим обязанности заместителя главы администрации области, начальника "
     "финансового управления области назначен Пётр Котов.",
     {("Пётр Котов", "исполняющий обязанности заместителя главы администрации области", True),
      ("Пётр Котов", "начальник финансового управления области", True)}),
    ("Исполняющим обязанности директора фонда, председателя правления назначена Анна Котова.",
     {("Анна Котова", "председатель правления", True)}),
])
def test_acting_duties_of_two_posts(models, text, expected):
    assert expected <= acting_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # no duties before the comma: two posts held as they are
    ("Заместитель главы администрации области, начальник финансового управления области Пётр Котов выступил "
     "на совещании.",
     {("Пётр Котов", "начальник финансового управления области", False)}),
])
def test_two_posts_not_acting(models, text, expected):
    assert expected <= acting_rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # an adjective of the body's town between "в" and the body's name
    ("В конце марта Анна Котова должна вступить в должность директора в энском Молодёжном театре.",
     ("Анна Котова", "директор в энском Молодёжном театре")),
    ("В конце марта Анна Котова должна вступить в должность директора в нижнетагильском Молодёжном театре.",
     ("Анна Котова", "директор в нижнетагильском Молодёжном театре")),
])
def test_body_after_an_adjective(models, text, expected):
    assert expected in holder_titles(text, models)


@pytest.mark.parametrize("text, absent", [
    # no body after the adjective: the title stops at its head
    ("Пётр Орлов работает директором в крупном банке.", ("Пётр Орлов", "директор в крупном банке")),
    # an adjective not of a place's form: not the body's town
    ("Анна Котова стала директором в новом Молодёжном театре.", ("Анна Котова", "директор в новом Молодёжном театре")),
])
def test_no_body_after_an_adjective(models, text, absent):
    assert absent not in holder_titles(text, models)
