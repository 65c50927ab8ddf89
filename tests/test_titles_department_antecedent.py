"""A title of a bare ``ведомство`` (``глава ведомства``) heads the ministry, agency or office the text named just
before (in its sentence or the one before), with that body's region and country; a press service's name gives the
body it speaks for; a company or a government named just before is no ``ведомство``
(:mod:`nerpipe.titles.attributes.department`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("На сайте прокуратуры Тверской области опубликовано обращение главы ведомства Ивана Котова к жителям.",
     ("Иван Котов", "глава ведомства", "Прокуратура Тверской области", "RU-TVE", None)),
    ("Как рассказали в пресс-службе прокуратуры Тверской области, глава ведомства Иван Котов лично проверит школы.",
     ("Иван Котов", "глава ведомства", "Прокуратура Тверской области", "RU-TVE", None)),
    ("Вчера МВД Киргизии сообщило о задержании. Глава ведомства Азамат Турсунов назвал его важным.",
     ("Азамат Турсунов", "глава ведомства", "МВД Киргизии", None, "KG")),
    ("Управление Роспотребнадзора по Тверской области проверило школы. Руководитель ведомства Анна Лебедева "
     "рассказала об итогах.", ("Анна Лебедева", "руководитель ведомства",
                               "Управление Роспотребнадзора по Тверской области", "RU-TVE", None)),
])
def test_a_head_of_a_department_heads_the_body_named_before(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Компания «Вектор» сообщила о росте продаж. Руководитель ведомства Иван Котов выступил на совещании.",
     ("Иван Котов", "руководитель ведомства", None, None, None)),
    ("Правительство Тверской области собралось на заседание. В Твери открыли школу. Руководитель ведомства "
     "Олег Рябов выступил.", ("Олег Рябов", "руководитель ведомства", None, None, None)),
])
def test_no_department_before_gives_no_body(models, text, expected):
    found = rows(text, models)
    assert all(row[0] != expected[0] or row[2] is None for row in found)


def test_a_legislature_is_no_department(models):
    text = "Государственная дума приняла закон. Руководитель ведомства Иван Котов выступил против."
    assert all(row[0] != "Иван Котов" or row[2] is None for row in rows(text, models))


def test_a_ministers_title_between_leaves_the_body_before(models):
    text = ("Губернатор Тверской области обновил правительство. Как сообщили в департаменте информационной политики "
            "региона, договор расторгнут с министром спорта Иваном Котовым. Обязанности министра будет исполнять "
            "Олег Рябов, ранее заместитель главы ведомства.")
    assert all(row[0] != "Олег Рябов" or row[2] is None or "Департамент" not in row[2]
               for row in rows(text, models))
