"""A Russian town set off by a comma right after a title and closing its sentence (``… больницы №2», Тверь.``)
is where the post is held, not the region the text is about. Every sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_region_rows


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Омской области назначил нового министра. Пётр Орлов – заместитель главного врача «Городской "
     "больницы №2», Тверь. Он окончил институт в 1995 году.",
     ("Пётр Орлов", "RU-TVE")),
    ("Врио главы Омской области представил кандидата. Пётр Орлов – директор городской школы №5, Тверь.",
     ("Пётр Орлов", "RU-TVE")),
    # the place goes on into the sentence: not a seat set off
    ("Губернатор Омской области назначил нового министра. Пётр Орлов – директор городской школы №5, Тверь он "
     "покинул весной.",
     ("Пётр Орлов", None)),
])
def test_a_seat_set_off_after_a_title(models, text, expected):
    person, region = expected
    rows = {row for row in holder_region_rows(text, models) if row[0] == person}
    assert rows and all(row[2] == region for row in rows), rows
