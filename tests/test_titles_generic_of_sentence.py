"""A generic word of a region in a title (``и. о. главы республики``, ``врио губернатора области``) stands for
the one region its sentence named before it when the word fits that region's level, whatever region the text is
about; a sentence naming two regions, or none, leaves the text's region
(:func:`nerpipe.titles.attributes.region.title_region`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_deputies_and_cabinets import rows


@pytest.mark.parametrize("text, expected", [
    ("Из Сыктывкара пришла новость: вместо ушедшего главы республики Коми Ивана Котова работать будет и. о. "
     "главы республики Олег Рябов, прежде трудившийся в Чувашии.",
     ("Олег Рябов", "и. о. главы республики", None, "RU-KO", None)),
    ("Вместо ушедшего губернатора Тверской области Ивана Котова работать будет врио губернатора области Олег "
     "Рябов. Рябов прежде трудился в Омске и Омской области.",
     ("Олег Рябов", "врио губернатора области", None, "RU-TVE", None)),
])
def test_a_generic_region_of_a_title_is_its_sentences(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # two regions before it: none of them
    ("Жители Тверской области и Омской области проголосовали. Глава области Олег Рябов поздравил их.",
     ("Олег Рябов", "глава области", None, None, None)),
    # a region of another level: not that one
    ("Президент отстранил главу республики Коми Ивана Котова и назначил губернатора области Олега Рябова.",
     ("Олег Рябов", "губернатор области", None, None, None)),
])
def test_no_one_region_of_the_level_gives_none(models, text, expected):
    found = rows(text, models)
    assert all(row[0] != expected[0] or row[3] is None for row in found)
