"""A participle of holding a post before a title and a name (:mod:`nerpipe.titles.participial`); a foreign
country after ``по`` is a post's remit, not its country (:mod:`nerpipe.titles.attributes`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str | None, str | None, bool]]:
    """``(person, position, region, country, former)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.region_code, f.country, f.former) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Работавший ранее директором школы Пётр Орлов уехал в Тверь.",
     {("Пётр Орлов", "директор школы", None, None, True)}),
    ("Являвшийся ранее послом в Италии Пётр Орлов покинул пост.",
     {("Пётр Орлов", "посол в Италии", None, "IT", True)}),
    ("Работавшая ранее директором школы Анна Зорина уехала в Тверь.",
     {("Анна Зорина", "директор школы", None, None, True)}),
    ("Встреча с работавшим ранее директором школы Петром Орловым прошла в Твери.",
     {("Пётр Орлов", "директор школы", None, None, True)}),
])
def test_participle_of_holding_gives_the_name_after(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text", [
    # the participle and the name disagree: not its holder
    "Работавший ранее директором школы Анна Зорина уехала в Тверь.",
    # a participle of another verb: not this rule's ("выступавший … депутатом" is no post held here)
    "Посмотревший вчера фильм режиссёром Пётр Орлов уехал.",
])
def test_no_holder_without_agreement(models, text):
    assert {r for r in rows(text, models) if r[1] == "директор школы"} == set()


@pytest.mark.parametrize("text, expected", [
    ("Карл Мюллер назначен специальным представителем президента по Афганистану.",
     {("Карл Мюллер", "специальный представитель президента по Афганистану", None, None, False)}),
    # a post in the country, and a Russian region after "по", keep their place
    ("Пётр Орлов назначен послом в Афганистане.", {("Пётр Орлов", "посол в Афганистане", None, "AF", False)}),
    ("Начальник управления МВД по Тверской области Пётр Орлов провёл совещание.",
     {("Пётр Орлов", "начальник управления МВД по Тверской области", "RU-TVE", None, False)}),
])
def test_country_after_po_is_a_remit(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the participle's phrase after the name and a comma, across words of time
    ("Андрей Седов, до этого трудившийся начальником отдела министерства, возглавил больницу.",
     ("Андрей Седов", "начальник отдела министерства")),
    ("Место Петра Орлова, возглавлявшего больницу, занял Андрей Седов, до этого трудившийся начальником отдела "
     "министерства.", ("Андрей Седов", "начальник отдела министерства")),
    ("Пётр Орлов, являвшийся директором школы, уехал в Тверь.", ("Пётр Орлов", "директор школы")),
    ("Анна Зорина, трудившаяся бухгалтером фирмы «Вектор», уволилась.", ("Анна Зорина", "бухгалтер фирмы «Вектор»")),
])
def test_participle_after_the_name(models, text, expected):
    assert expected in {r[:2] for r in rows(text, models)}
    assert all(r[0] == expected[0] for r in rows(text, models) if r[1] == expected[1])


@pytest.mark.parametrize("text, expected", [
    # a participle of occupying governs the post word before the title: the name after them holds it, held before
    ("Занимавший ранее пост президента университета Пётр Орлов стал научным руководителем вуза.",
     ("Пётр Орлов", "президент университета", None, None, True)),
    ("Занимающая должность директора школы Анна Котова выступила на собрании.",
     ("Анна Котова", "директор школы", None, None, False)),
])
def test_participle_of_occupying_a_post(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # "ранее" of the participle dates the post it governs, not a rank said of the name after it
    ("Занимавший ранее пост президента университета академик Пётр Орлов стал научным руководителем вуза.",
     {("Пётр Орлов", "президент университета", None, None, True), ("Пётр Орлов", "академик", None, None, False),
      ("Пётр Орлов", "научный руководитель вуза", None, None, False)}),
    # a rank in the genitive after a title's body, then a second title joined by "и", then the name: the name's
    ("Указ о назначении на должность ректора университета академика и члена правления фонда Петра Орлова "
     "опубликован.",
     {("Пётр Орлов", "ректор университета", None, None, False), ("Пётр Орлов", "академик", None, None, False),
      ("Пётр Орлов", "член правления фонда", None, None, False)}),
])
def test_rank_before_a_name_after_a_post(models, text, expected):
    assert rows(text, models) == expected


def test_a_post_left_before_a_title_of_its_own(models):
    # "покинувшего должность накануне ректора": the post word governs no title of its own, the title after is left
    found = rows("Пост занял Пётр Орлов вместо покинувшего должность накануне ректора университета Ивана Котова.",
                 models)
    assert ("Иван Котов", "ректор университета", None, None, True) in found
