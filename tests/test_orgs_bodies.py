"""Organizations named by a common noun phrase: where the name ends before a person's name,
and the bodies written in lower case in every case."""

from __future__ import annotations

import pytest

from .conftest import analyze


def org_names(text, models) -> dict[str, str]:
    return {m.text: m.normal for m in analyze(text, models).mentions if m.type == "ORG"}


@pytest.mark.parametrize("text, expected", [
    # a person after a body already anchored by its place holds the title before the body
    ("Глава администрации Северного района Пётр Смирнов рассказал о планах.",
     {"администрации Северного района": "Администрация Северного района"}),
    ("Глава администрации района Пётр Смирнов рассказал о планах.",
     {"администрации района": "Администрация района"}),
    ("Глава администрации Калужской области Пётр Смирнов рассказал о планах.",
     {"администрации Калужской области": "Администрация Калужской области"}),
    # a person after what a body does (no title of a person) holds a post there too
    ("Руководитель министерства образования Анна Котова рассказала о планах.",
     {"министерства образования": "Министерство образования"}),
])
def test_a_person_after_a_body_is_no_part_of_its_name(models, text, expected):
    assert org_names(text, models) == expected
