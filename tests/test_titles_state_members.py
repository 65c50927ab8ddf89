"""A title of a state's politics that names no body is, in a text about one foreign country, that country's: a
bare ``депутат``, a leader of the opposition (``оппозиционный лидер``, ``лидер оппозиции``), a deputy of a
``госминистр`` (:func:`nerpipe.titles.attributes.region.document_country`). A deputy named with a body, a leader
of something else, and the same titles in a text about Russia are left. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Парламент Киргизии принял закон. Депутат Азамат Турсунов выступил против.",
     ("Азамат Турсунов", "депутат", None, None, "KG")),
    ("Парламент Киргизии принял закон. Оппозиционный лидер Бакыт Осмонов назвал закон ошибкой.",
     ("Бакыт Осмонов", "оппозиционный лидер", None, None, "KG")),
    ("Выборы в Молдавии прошли спокойно. Лидер оппозиции Ион Чебан признал итоги.",
     ("Ион Чебан", "лидер оппозиции", None, None, "MD")),
    ("Премьер-министр Грузии представил новый состав правительства. Ранее Давид Чиковани работал заместителем "
     "госминистра.", ("Давид Чиковани", "заместитель госминистра", None, None, "GE")),
])
def test_a_states_politician_is_of_the_country_the_text_is_about(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # a deputy of a named body: that body's
    ("Выборы в Молдавии прошли спокойно. Депутат Госдумы Иван Петров признал итоги.",
     ("Иван Петров", "депутат Госдумы", "Государственная Дума Федерального Собрания Российской Федерации", None,
      None)),
    # a leader of no opposition: no country
    ("Выборы в Молдавии прошли спокойно. Лидер группы Ион Чебан выступил на концерте.",
     ("Ион Чебан", "лидер группы", None, None, None)),
    # a text about Russia: no country
    ("Дума Тверской области приняла закон. Депутат Иван Петров выступил против.",
     ("Иван Петров", "депутат", None, None, None)),
])
def test_other_titles_keep_no_country(models, text, expected):
    found = rows(text, models)
    assert expected in found or all(row[0] != expected[0] or row[4] is None for row in found)
