"""A body named again by its bare word, or with a word that stands for a place, is the body of the
place the document named it with before."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    ("Минздрав Башкирии сообщил о вспышке. В Минздраве республики уточнили данные.", "Минздраве",
     "Минздрав Башкирии"),
    ("Глава МИД Эстонии заявил о протесте. В МИД страны вызвали посла.", "МИД страны", "МИД Эстонии"),
    ("Минтранс Чувашии объявил конкурс. Позже в Минтрансе уточнили сроки.", "Минтрансе", "Минтранс Чувашии"),
])
def test_bare_word_is_the_placed_body(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


def test_two_placed_bodies_leave_the_bare_word(models):
    names = org_entity_names("МИД Эстонии и МИД Латвии выступили с заявлением. В МИД страны вызвали посла.",
                             models)
    assert names.get("МИД страны") not in ("МИД Эстонии", "МИД Латвии")


def test_bare_word_before_the_placed_body_stays(models):
    names = org_entity_names("Минздрав выпустил рекомендации. Минздрав Башкирии их выполнил.", models)
    assert names["Минздрав"] != "Минздрав Башкирии"
