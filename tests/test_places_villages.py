"""A village named after its noun (``селе Смоленском``, ``в селе Суворово``) is that village, never the
gazetteer's town of a like name (:func:`nerpipe.resolve.locations.village_of`): a town is no village."""

from __future__ import annotations

import pytest

from .conftest import analyze


def places_of(text: str, models) -> dict[str, tuple[str, str | None]]:
    result = analyze(text, models)
    by_id = {p.location_id: p for p in result.locations}
    return {m.text: (by_id[m.entity_id].name, by_id[m.entity_id].region_code)
            for m in result.mentions if m.type == "LOC" and m.entity_id in by_id}


@pytest.mark.parametrize("text, surface, expected", [
    ("Мусор убрали в селе Смоленском за неделю.", "селе Смоленском", ("село Смоленское", None)),
    ("Новую школу открыли в селе Суворово Заречного района.", "селе Суворово", ("село Суворово", None)),
    ("Дом культуры отремонтировали на хуторе Белгородском.", "хуторе Белгородском", ("хутор Белгородский", None)),
    ("Делегация проехала в село Заречёвское.", "село Заречёвское", ("село Заречёвское", None)),
    ("Школу открыли в селе Заречёвском.", "селе Заречёвском", ("село Заречёвское", None)),
])
def test_a_village_is_no_town(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a town named as a town stays the town
    ("Ярмарка прошла в Суворове в субботу.", "Суворове", ("Суворов", "RU-TUL")),
    ("Делегация прибыла в город Смоленск.", "город Смоленск", ("Смоленск", "RU-SMO")),
    # ``с`` is a preposition here, no village's abbreviation
    ("Министр выразил солидарность с украинским народом. Украина благодарна.", "украинским", ("Украина", None)),
])
def test_a_town_stays_a_town(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
