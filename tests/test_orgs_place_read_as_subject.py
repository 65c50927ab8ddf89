"""A place after a body's noun that the tagger reads as the subject of the verb after it
(``Представитель окружного совета Уилтшира заявил``): a word the dictionary does not know, with a
genitive reading, is the body's place all the same."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names as org_names


@pytest.mark.parametrize("text, expected", [
    ("Представитель окружного совета Уилтшира заявил, что дорогу закроют.",
     {"окружного совета Уилтшира": "Окружной совет Уилтшира"}),
    ("Представитель окружного совета Линкольншира сообщил, что школу откроют.",
     {"окружного совета Линкольншира": "Окружной совет Линкольншира"}),
    ("Глава окружного совета Девоншира сообщил о новых правилах.",
     {"окружного совета Девоншира": "Окружной совет Девоншира"}),
])
def test_an_unknown_place_read_as_a_subject_is_the_bodys(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text", [
    # a known word keeps the tagger's case: the country is the subject, not the council's place
    "По решению городского совета Франция получила право на участок.",
])
def test_a_known_place_in_the_nominative_is_not_the_bodys(models, text):
    assert not any("Франция" in surface for surface in org_names(text, models))
