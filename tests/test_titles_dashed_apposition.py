"""A title right after a dash that says what the title before it is, however the parser joins it (an apposition,
a conjunct, a parataxis: ``был начальником штаба — первым заместителем командующего``): the same holder's, held
when the first was. A title of a clause of its own after the dash (``— директором назначен X``) is not."""

from __future__ import annotations

import pytest

from .conftest import holder_former_rows


@pytest.mark.parametrize("text, expected", [
    ("Пётр Орлов был начальником штаба — первым заместителем командующего.",
     ("Пётр Орлов", "первый заместитель командующего", True)),
    ("С 2020 года Пётр Орлов был начальником штаба — первым заместителем командующего войсками Северного военного "
     "округа.", ("Пётр Орлов", "первый заместитель командующего войсками Северного военного округа", True)),
    ("Пётр Орлов стал министром — директором назначен Иван Лаптев.", ("Иван Лаптев", "директор", False)),
])
def test_a_title_after_a_dash_describes_the_one_before(models, text, expected):
    assert expected in holder_former_rows(text, models)
