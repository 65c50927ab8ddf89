"""A plural title over a list of names each with a title of its own (:mod:`nerpipe.titles.titled_lists`), the
principal's post a predicate gives (:func:`nerpipe.titles.principal.with_principals`), and the role of a
hyphenated academic rank."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, str]]:
    """``(person, position, role)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.role) for f in result.positions}


@pytest.mark.parametrize("text, expected", [
    ("Губернатор назначил министра финансов Петра Орлова, главу Минтранса Ивана Зорина и министра экономики "
     "Олега Лисина заместителями председателя правительства области.",
     {("Пётр Орлов", "заместитель председателя правительства области", "заместитель председателя"),
      ("Иван Зорин", "заместитель председателя правительства области", "заместитель председателя"),
      ("Олег Лисин", "заместитель председателя правительства области", "заместитель председателя")}),
    # the first name's title covers only its head ("министра"): its words still stand before the name
    ("Губернатор назначил министра государственно-правового развития Петра Орлова, главу Минстроя Ивана Зорина и "
     "министра экономики Олега Лисина заместителями председателя правительства Энской области.",
     {("Иван Зорин", "заместитель председателя правительства Энской области", "заместитель председателя"),
      ("Олег Лисин", "заместитель председателя правительства Энской области", "заместитель председателя")}),
    ("Заместителями министра назначены генерал Иван Зорин, главком флота Олег Лисин и замначальника штаба "
     "генерал-майор Глеб Лаптев.",
     {("Иван Зорин", "заместитель министра", "заместитель министра"),
      ("Олег Лисин", "заместитель министра", "заместитель министра"),
      ("Глеб Лаптев", "заместитель министра", "заместитель министра")}),
])
def test_plural_title_over_titled_list(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text, absent", [
    # a list broken by "а": the second name is the subject of its own clause
    ("Директорами школ стали Иван Зорин, а министр Олег Лисин поздравил их.",
     ("Олег Лисин", "директор школ", "директор")),
    # a singular title counts one name only
    ("Заместителем министра назначен Иван Зорин, главком флота Олег Лисин поздравил его.",
     ("Олег Лисин", "заместитель министра", "заместитель министра")),
])
def test_no_title_past_the_list(models, text, absent):
    assert absent not in rows(text, models)


@pytest.mark.parametrize("text, absent", [
    # a plural title of the first name only, in an ordinary list of two each with a title: not the other's
    ("Сопредседатели комиссии Пётр Орлов и губернатор Иван Зорин подписали протокол.",
     ("Иван Зорин", "сопредседатель комиссии", "сопредседатель комиссии")),
    ("Протокол подписали сопредседатели комиссии Пётр Орлов и губернатор Иван Зорин.",
     ("Иван Зорин", "сопредседатель комиссии", "сопредседатель комиссии")),
    # a singular title over a list: one name only
    ("Заместителем министра назначен генерал Иван Зорин, главком флота Олег Лисин и начальник штаба Глеб Лаптев "
     "поздравили его.",
     ("Олег Лисин", "заместитель министра", "заместитель министра")),
    # the list ends at its "и": a titled name after it is another clause's
    ("Заместителями министра назначены генерал Иван Зорин и полковник Олег Лисин, глава штаба Глеб Лаптев "
     "поздравил их.",
     ("Глеб Лаптев", "заместитель министра", "заместитель министра")),
])
def test_no_plural_title_over_a_titled_list(models, text, absent):
    assert absent not in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Командующим группировкой назначен начальник штаба генерал Пётр Орлов. Заместителями Орлова назначены "
     "генерал Иван Зорин и генерал-майор Глеб Лаптев.",
     {("Иван Зорин", "заместитель командующего группировкой", "заместитель командующего группировкой"),
      ("Глеб Лаптев", "заместитель командующего группировкой", "заместитель командующего группировкой")}),
    ("Командующий войсками округа Пётр Орлов провёл учения. Его заместитель Иван Котов остался в штабе.",
     {("Иван Котов", "заместитель командующего войсками округа", "заместитель командующего войсками")}),
])
def test_principal_post_given_by_predicate(models, text, expected):
    assert expected <= rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Член-корреспондент РАН Анна Котова выступила на конференции.",
     ("Анна Котова", "член-корреспондент РАН", "член-корреспондент")),
    ("Проректор университета Пётр Орлов избран членом-корреспондентом академии наук.",
     ("Пётр Орлов", "член-корреспондент академии наук", "член-корреспондент")),
])
def test_corresponding_member_role(models, text, expected):
    assert expected in rows(text, models)
