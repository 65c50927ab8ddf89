"""A body's name grown over what the tagger leaves out (nerpipe.spans.growth, nerpipe.spans.dependents): a
ministry's remits listed with commas and a closing ``и``, a hyphenated adjective the tagger gives no case,
adjectives of one genitive noun joined by ``и``; and not over other bodies and people listed after it."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, expected", [
    # remits listed with commas after a ministry's name
    ("Министерство здравоохранения, семьи и социального благополучия вновь делится на два ведомства.",
     "Министерство здравоохранения, семьи и социального благополучия"),
    ("Сотрудники министерства культуры, туризма и архивного дела приехали в Заречье.",
     "министерства культуры, туризма и архивного дела"),
    # the list's last noun keeps its own genitive and the place after it
    ("Министерство геологии, добычи и переработки недр Заречной области объявило конкурс.",
     "Министерство геологии, добычи и переработки недр Заречной области"),
    ("Сотрудники министерства здравоохранения, семьи и социального благополучия Заречной области приехали.",
     "министерства здравоохранения, семьи и социального благополучия Заречной области"),
    # a noun of a body only with a place names what is done when it governs its object
    ("Министерство геологии, добычи и разведки недр Заречья объявило конкурс.",
     "Министерство геологии, добычи и разведки недр Заречья"),
    # a hyphenated adjective the tagger gives no case
    ("Иван Зорин займётся созданием министерства семейно-демографической политики.",
     "министерства семейно-демографической политики"),
    ("Письмо направлено главе административно-бюджетного управления администрации Ивану Зорину.",
     "административно-бюджетного управления администрации"),
    # adjectives of one noun joined by ``и``
    ("Губернатор подписал постановление об образовании министерства имущественных и земельных отношений.",
     "министерства имущественных и земельных отношений"),
])
def test_name_grown(text, expected, models):
    assert expected in org_entity_names(text, models)


@pytest.mark.parametrize("text, mention, absent", [
    # other bodies and people after a comma are not the ministry's remits
    ("Представители министерства здравоохранения, мэрии и губернатора встретились.", "министерства здравоохранения",
     "министерства здравоохранения, мэрии и губернатора"),
    ("Приехали сотрудники министерства здравоохранения, полицейские и врачи.", "министерства здравоохранения",
     "министерства здравоохранения, полицейские и врачи"),
    ("Приехали сотрудники министерства обороны, разведки и полиции.", "министерства обороны",
     "министерства обороны, разведки"),
])
def test_name_not_grown(text, mention, absent, models):
    found = org_entity_names(text, models)
    assert mention in found and absent not in found
