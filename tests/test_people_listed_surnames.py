"""A surname alone written as a woman's or as a man's genitive alike (``Шилова``) listed with a surname alone in a
man's nominative is a woman's nominative: names of one list are in one case (invented names)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Депутаты Кормилов, Шилова и Лыкин проголосовали против.",
     {("Кормилов", ("Кормилов",)), ("Шилова", ("Шилова",)), ("Лыкин", ("Лыкин",))}),
    # a mate of the ``-ский`` family: a nominative too
    ("Депутаты Лесковский, Шилова и Лыкина проголосовали против.",
     {("Лесковский", ("Лесковский",)), ("Шилова", ("Шилова",)), ("Лыкина", ("Лыкина",))}),
    ("Члены жюри Шилова и Лесковский отметили работу.",
     {("Лесковский", ("Лесковский",)), ("Шилова", ("Шилова",))}),
    # the genitive of a noun in an apposition, no item of the list: his
    ("Профессор Тарасенков, ученик Бурцева, и Лукьянин выступили на конференции.",
     {("Тарасенков", ("Тарасенков",)), ("Бурцев", ("Бурцева",)), ("Лукьянин", ("Лукьянин",))}),
    ("Пётр Лыков, заместитель Сомова, и Гаврин подписали договор.",
     {("Пётр Лыков", ("Пётр Лыков",)), ("Сомов", ("Сомова",)), ("Гаврин", ("Гаврин",))}),
    # a list in the genitive stays one
    ("Поддержку Кормилова, Шилова и Лыкина обеспечили соседи.",
     {("Кормилов", ("Кормилова",)), ("Шилов", ("Шилова",)), ("Лыкин", ("Лыкина",))}),
])
def test_listed_surnames_case(models, text, expected):
    assert person_mentions(text, models) == expected
