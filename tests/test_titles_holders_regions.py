"""A title that names no place takes the one region the same holder's other titles of its role state: ``мэр
Энска … покидающий пост мэр`` is Энск's region's mayor in a text naming other towns of other regions."""

from __future__ import annotations

import pytest

from .conftest import holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("Мэр Кизляра Иван Заречный сообщил, что уходит в отставку. Как отметил покидающий пост мэр, город "
     "преобразился. Ранее об отставке сообщил мэр Твери Пётр Сосновский.", ("Иван Заречный", "мэр", "RU-DA")),
    # the head of a town by another word, not of the region the text is about
    ("Глава Кизляра Иван Заречный сообщил, что уходит в отставку. Мэром города его избрали в 2020 году. Ранее о "
     "своём уходе сообщил мэр Твери Пётр Сосновский. Решение поддержал губернатор Тверской области Олег Кедров.",
     ("Иван Заречный", "мэр города", "RU-DA")),
    # a title of another role keeps no region of its own
    ("Мэр Кизляра Иван Заречный сообщил, что уходит в отставку. Заречный станет советником. Ранее об отставке "
     "сообщил мэр Твери Пётр Сосновский.", ("Иван Заречный", "советник", None)),
])
def test_a_bare_title_takes_its_holders_region(models, text, expected):
    rows = {r for r in holder_region_rows(text, models) if r[:2] == expected[:2]}
    assert rows == {expected}


@pytest.mark.parametrize("text, expected", [
    # a post held before, of a region's head for a town's: no region of the present post
    ("Мэр города Иван Лапшин открыл в Омске новую школу. В 2010–2014 годах Лапшин был губернатором Тверской "
     "области.", ("Иван Лапшин", "мэр города", "RU-TVE")),
])
def test_another_places_head_gives_no_region(models, text, expected):
    assert expected not in holder_region_rows(text, models)
