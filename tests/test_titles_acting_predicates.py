"""An acting title given through a predicate (``Врио главы района назначен Пётр Орлов``): the case is the acting
words' (``исполняющим обязанности``) or none (``врио``), not the head's genitive."""

from __future__ import annotations

import pytest

from .conftest import holder_role_rows


@pytest.mark.parametrize("text, expected", [
    ("Врио главы Лесного района назначен Александр Кротов.",
     ("Александр Кротов", "врио главы Лесного района", "исполняющий обязанности главы")),
    ("Исполняющим обязанности главы Лесного района назначен Александр Кротов.",
     ("Александр Кротов", "исполняющий обязанности главы Лесного района", "исполняющий обязанности главы")),
    ("Так, врио главы Лесного района стала Марина Нагина.",
     ("Марина Нагина", "врио главы Лесного района", "исполняющий обязанности главы")),
    # the name before, after an appointing verb
    ("Губернатор назначил Александра Кротова врио главы Лесного района.",
     ("Александр Кротов", "врио главы Лесного района", "исполняющий обязанности главы")),
])
def test_acting_title_through_a_predicate(models, text, expected):
    assert expected in holder_role_rows(text, models)


@pytest.mark.parametrize("text, person", [
    # the acting one appoints: the object of his verb is not he
    ("Врио губернатора назначил Петра Орлова министром культуры.", "Пётр Орлов"),
    ("Врио губернатора поздравил Петра Орлова с юбилеем.", "Пётр Орлов"),
])
def test_acting_subject_gives_no_title_to_the_object(models, text, person):
    assert not {r for r in holder_role_rows(text, models) if r[0] == person and r[2].startswith("исполняющий")}


@pytest.mark.parametrize("text, expected", [
    # the powers of a post, as its duties
    ("Временно исполняющий полномочия главы Лесногорска Алексей Дёмин нашёл начальника департамента.",
     ("Алексей Дёмин", "временно исполняющий полномочия главы Лесногорска", "исполняющий обязанности главы")),
    ("Исполняющий полномочия ректора университета Иван Орлов открыл конференцию.",
     ("Иван Орлов", "исполняющий полномочия ректора университета", "исполняющий обязанности ректора")),
    # words quoted after a title are none of it
    ("Пётр Кротов будет исполнять обязанности главы «до дня избрания первого главы округа».",
     ("Пётр Кротов", "глава", "исполняющий обязанности главы")),
])
def test_acting_powers_and_quoted_words(models, text, expected):
    assert expected in holder_role_rows(text, models)


def test_quoted_name_after_a_title_stays(models):
    assert ("Анна Котова", "директор школы «Точка»", "директор") in holder_role_rows(
        "Директор школы «Точка» Анна Котова получила награду.", models)


def test_title_in_quoted_words_has_no_holder_outside(models):
    text = ("Господин Кротов будет исполнять обязанности главы «до дня избрания в установленном порядке и вступления "
            "в должность первого главы Лесного муниципального округа».")
    assert {r[1] for r in holder_role_rows(text, models)} == {"глава"}


@pytest.mark.parametrize("text, expected, not_expected", [
    # after a comma, a title a passive of appointing and a name follow opens a clause: the appointee's
    ("Вчера уволен Пётр Лаптев, и.о. ректора вуза назначен бывший заместитель министра Андрей Котов.",
     ("Андрей Котов", "и.о. ректора вуза", "исполняющий обязанности ректора"),
     ("Пётр Лаптев", "и.о. ректора вуза", "исполняющий обязанности ректора")),
    ("Директор Иван Зорин ушёл в отставку, врио директора фабрики назначена Анна Котова.",
     ("Анна Котова", "врио директора фабрики", "исполняющий обязанности директора"),
     ("Иван Зорин", "врио директора фабрики", "исполняющий обязанности директора")),
    # the title of the name before, closed by a comma, stays his
    ("Пётр Лаптев, директор школы, назначен министром культуры.",
     ("Пётр Лаптев", "директор школы", "директор"), ("Пётр Лаптев", "министр", "министр")),
])
def test_title_before_an_appointing_passive_is_the_appointees(models, text, expected, not_expected):
    found = holder_role_rows(text, models)
    assert expected in found and not_expected not in found


def test_passive_before_a_title_with_its_adjectives(models):
    # "назначен бывший заместитель министра Андрей Котов": the name past the next title's adjective
    found = holder_role_rows("И.о. ректора вуза назначен бывший заместитель министра Андрей Котов.", models)
    assert ("Андрей Котов", "и.о. ректора вуза", "исполняющий обязанности ректора") in found


def test_appointee_past_titles_joined_by_a_dash(models):
    found = holder_role_rows("Уволен Пётр Лаптев, и.о. ректора вуза назначен бывший статс-секретарь – заместитель "
                             "министра юстиции Андрей Котов.", models)
    assert ("Андрей Котов", "и.о. ректора вуза", "исполняющий обязанности ректора") in found
    assert not any(r[0] == "Пётр Лаптев" for r in found)


@pytest.mark.parametrize("text, expected", [
    # "временно" before a head that governs the instrumental: an acting title, after a comma or before the name
    ("Отчёт о работе за год представил Игорь Сомов, временно управляющий Заречным филиалом банка.",
     ("Игорь Сомов", "временно управляющий Заречным филиалом банка", "исполняющий обязанности управляющего")),
    ("Временно управляющий отделением банка Александр Кротов выступил на форуме.",
     ("Александр Кротов", "временно управляющий отделением банка", "исполняющий обязанности управляющего отделением")),
])
def test_a_manager_for_now_is_acting(models, text, expected):
    assert expected in holder_role_rows(text, models)
