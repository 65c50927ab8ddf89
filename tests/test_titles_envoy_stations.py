"""Where an envoy serves is not whose he is: a country named only after an envoy's ``в`` (``посол в Китае``) counts
for no country the text is about, and gives the envoy's other titles no country."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows


@pytest.mark.parametrize("text, expected", [
    # the text is about the country it names, not where one of its people served as envoy
    ("Президент Белоруссии Кедр Ольсен назначил премьер-министром Ивана Заречного. Первым вице-премьером "
     "республики назначен Пётр Сосновский, который ранее занимал должность посла в Китае.",
     ("Иван Заречный", "премьер-министр", "BY")),
    ("Президент Белоруссии Кедр Ольсен назначил премьер-министром Ивана Заречного. Первым вице-премьером "
     "республики назначен Пётр Сосновский, который ранее занимал должность посла в Китае.",
     ("Пётр Сосновский", "первый вице-премьер республики", "BY")),
    # an envoy's title keeps the country where he serves
    ("Президент Белоруссии Кедр Ольсен назначил премьер-министром Ивана Заречного. Первым вице-премьером "
     "республики назначен Пётр Сосновский, который ранее занимал должность посла в Китае.",
     ("Пётр Сосновский", "посол в Китае", "CN")),
    # an ambassador's other title is not of the country he is sent to
    ("Президент назначил Петра Орлова послом в Германии. Ранее Орлов работал министром обороны.",
     ("Пётр Орлов", "министр обороны", None)),
    # a permanent envoy's station is no country of his either
    ("Президент назначил Петра Орлова постпредом в Швейцарии. Ранее Орлов работал министром обороны.",
     ("Пётр Орлов", "министр обороны", None)),
    ("Президент назначил Петра Орлова полпредом в Швейцарии. Ранее Орлов работал министром обороны.",
     ("Пётр Орлов", "министр обороны", None)),
    # but of the state whose envoy he is
    ("Посол Эстонии в Германии Карл Ильвес прибыл в Москву. Ранее Ильвес работал министром обороны.",
     ("Карл Ильвес", "министр обороны", "EE")),
])
def test_an_envoys_station_is_not_his_country(models, text, expected):
    assert expected in holder_country_rows(text, models)
