"""One person under two forms of a name: a first name with the pilgrim's title (``-Хаджи``) beside the same name
without it, and an Arabic name transliterated two ways (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _names(text: str, models) -> list[str]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [names[m.entity_id] for m in result.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("В 1962 году родился Ахмат-Хаджи Зелимов. Зелимов Ахмат Абдулович – директор школы. "
     "Память Ахмата Зелимова почтили.", ["Ахмат Абдулович Зелимов"] * 3),
    ("Память Ахмат-Хаджи Зелимова почтили. Ахмат Зелимов был муфтием.", ["Ахмат Зелимов"] * 2),
    # another first name: another person
    ("Память Ахмат-Хаджи Зелимова почтили. Рамзан Зелимов был муфтием.", ["Ахмат-Хаджи Зелимов", "Рамзан Зелимов"]),
])
def test_pilgrims_title_is_no_part_of_the_first_name(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министр Абд аль-Карим ас-Салими прибыл в Тунис. Премьер встретился с министром Абделем Каримом ас-Салими.",
     ["Абд аль-Карим ас-Салими"] * 2),
    # two given names further apart: two people of one family
    ("Эксперт Омар аль-Захири заявил об этом. Его брат Амир аль-Захири добавил, что рад.",
     ["Омар аль-Захири", "Амир аль-Захири"]),
])
def test_arabic_name_transliterated_two_ways(models, text, expected):
    assert _names(text, models) == expected
