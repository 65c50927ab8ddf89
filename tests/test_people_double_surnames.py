"""A Spanish name of two given names and two surnames is one person, and a span of a name's first words grows to
the name the document writes in full where its other words follow (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("Мэром города стал Хуан Карлос Гомес Ортега.", [("Хуан Карлос Гомес Ортега", "Хуан Карлос Гомес Ортега")]),
    ("Встречу провёл Хуану Карлосу Гомесу Ортеге.", [("Хуану Карлосу Гомесу Ортеге", "Хуан Карлос Гомес Ортега")]),
    # a first name third: two people
    ("Мартина Хольцер Хавьер Мендоса приехали в город.",
     [("Мартина Хольцер", "Мартина Хольцер"), ("Хавьер Мендоса", "Хавьер Мендоса")]),
    ("Клаус Беккер Мартина Хольцер выступили на форуме.",
     [("Клаус Беккер", "Клаус Беккер"), ("Мартина Хольцер", "Мартина Хольцер")]),
])
def test_double_surname_is_one_name(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Педро Мигель Фуэнтес Ортега возглавил клуб\n\n"
     "В Валенсии клуб возглавил бывший защитник Педро Мигель Фуэнтес Ортега.",
     [("Педро Мигель Фуэнтес Ортега", "Педро Мигель Фуэнтес Ортега")] * 2),
    # other words after the first ones: no growth
    ("В Валенсии клуб возглавил бывший защитник Педро Мигель Фуэнтес Ортега. Вчера Педро Мигель Гомес уехал домой.",
     [("Педро Мигель Фуэнтес Ортега", "Педро Мигель Фуэнтес Ортега"), ("Педро Мигель Гомес", "Педро Мигель Гомес")]),
])
def test_first_words_grow_to_the_documents_name(models, text, expected):
    assert _people(text, models) == expected
