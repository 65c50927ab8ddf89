"""A deputy whose principal a possessive names takes the principal's post (:mod:`nerpipe.titles.principal`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> list[tuple[str, str, str, str | None]]:
    """``(person, position, role, region_code)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(names[f.person_id], f.position, f.role, f.region_code) for f in result.positions]


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Тверской области Пётр Орлов возложил обязанности на своего заместителя Ивана Котова.",
     ("Иван Котов", "заместитель губернатора Тверской области", "заместитель губернатора", "RU-TVE")),
    ("Мэр Твери Пётр Орлов ушёл в отпуск. Город возглавит его первый заместитель Иван Котов.",
     ("Иван Котов", "первый заместитель мэра Твери", "первый заместитель мэра", "RU-TVE")),
    ("Обязанности губернатора Тверской области Петра Орлова в понедельник исполнит его заместитель Иван Котов.",
     ("Иван Котов", "заместитель губернатора Тверской области", "заместитель губернатора", "RU-TVE")),
])
def test_a_deputy_takes_his_principals_post(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, position", [
    # "её" after a man named last points to no person: the title stays as it is
    ("Глава компании Анна Зорина в отпуске. Мэр Твери Пётр Орлов сказал, что её заместитель Иван Котов "
     "справится.", "заместитель"),
    # a deputy's title that names its principal keeps it
    ("Губернатор Пётр Орлов представил своего заместителя по экономике Ивана Котова.",
     "заместитель по экономике"),
])
def test_a_deputy_is_left_as_written(models, text, position):
    assert position in [r[1] for r in rows(text, models) if r[0] == "Иван Котов"]


@pytest.mark.parametrize("text, expected", [
    # occupations that head a body of their own have deputies too
    ("Прокурор района Пётр Орлов провёл приём граждан. Его заместитель Иван Седов рассказал о проверках.",
     ("Иван Седов", "заместитель прокурора района", "заместитель прокурора", None)),
    ("Ректор университета Пётр Орлов выступил на совете. Его первый заместитель Иван Седов рассказал о планах.",
     ("Иван Седов", "первый заместитель ректора университета", "первый заместитель ректора", None)),
])
def test_a_deputy_of_a_prosecutor_or_a_rector(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # an occupation that heads no body: the helper stays a bare helper
    ("Хирург Пётр Орлов провёл операцию. Его помощник Иван Седов рассказал о ней.",
     ("Иван Седов", "помощник", "помощник", None)),
])
def test_an_occupation_with_no_deputies(models, text, expected):
    assert expected in rows(text, models)


def roles(text: str, models) -> set[tuple[str, str]]:
    result = analyze(text, models)
    return {(f.position, f.role) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    # a place's adjective between a deputy and his principal is no part of the role
    ("Иван Седов служил заместителем районного прокурора.",
     ("заместитель районного прокурора", "заместитель прокурора")),
    ("Иван Седов назначен заместителем городского прокурора Твери.",
     ("заместитель городского прокурора Твери", "заместитель прокурора")),
    ("Иван Седов назначен первым заместителем районного главы.",
     ("первый заместитель районного главы", "первый заместитель главы")),
    # a modifier of the principal's title stays in it; a body after the adjective is no principal
    ("Иван Седов назначен заместителем генерального директора компании «Вектор».",
     ("заместитель генерального директора компании «Вектор»", "заместитель генерального директора")),
    ("Иван Седов назначен заместителем областного департамента здравоохранения.",
     ("заместитель областного департамента здравоохранения", "заместитель")),
])
def test_deputy_role_past_a_place_adjective(models, text, expected):
    assert expected in roles(text, models)


@pytest.mark.parametrize("text, expected", [
    # a name in the genitive right after a bare deputy's title names the principal
    ("Мэр Пётр Котов уехал. Иван Лапин, заместитель Петра Котова, провёл приём.",
     ("Иван Лапин", "заместитель мэра", "заместитель мэра")),
    ("Губернатор Пётр Котов провёл совещание. Помощник Петра Котова Иван Лапин рассказал о нём.",
     ("Иван Лапин", "помощник губернатора", "помощник губернатора")),
    # a deputy's post held before: the principal's post then, without its "бывший"
    ("В Твери осудили бывшего мэра Петра Котова. Тогда Иван Лапин работал заместителем Петра Котова.",
     ("Иван Лапин", "заместитель мэра", "заместитель мэра")),
])
def test_a_principal_named_after_the_deputy(models, text, expected):
    assert expected in [row[:3] for row in rows(text, models)]


@pytest.mark.parametrize("text, expected", [
    # the owner of the title's last dependent, in the genitive, then the holder who agrees with the title
    ("Адвокат обвиняемого Петра Котова Иван Лапин подал жалобу.", ("Иван Лапин", "адвокат обвиняемого", "адвокат")),
    ("Советник избирательной кампании Петра Орлова Анна Котова выступила.",
     ("Анна Котова", "советник избирательной кампании", "советник")),
])
def test_a_holder_after_the_owner_of_a_dependent(models, text, expected):
    assert expected in [row[:3] for row in rows(text, models)]
