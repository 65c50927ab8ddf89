"""Names fresh world news showed wrong (invented names): a man's first name in ``-а`` pymorphy does not know, in
the instrumental before his surname; a name of China of one syllable after its family name, a vowel letter
written with no period (``Ван И``)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _names(text: str, models) -> dict[str, str]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {m.text: names.get(m.entity_id) for m in result.mentions if m.type == "PER"}


@pytest.mark.parametrize("text, expected", [
    # his instrumental ``-ой`` is of a name in ``-а`` (no man's name of the second declension ends so)
    ("Переговоры с Юхой Пеккариненом прошли в Хельсинки.", {"Юхой Пеккариненом": "Юха Пеккаринен"}),
    ("Премьер встретился с Ахтой Вилкуненом.", {"Ахтой Вилкуненом": "Ахта Вилкунен"}),
    # ``-ией`` of a name in ``-ия``
    ("Встреча с Ларией Гогитидзе прошла в Батуми.", {"Ларией Гогитидзе": "Лария Гогитидзе"}),
    # one person with the name in the nominative
    ("Переговоры с Юхой Пеккариненом прошли. Юха Пеккаринен заявил о согласии.",
     {"Юхой Пеккариненом": "Юха Пеккаринен", "Юха Пеккаринен": "Юха Пеккаринен"}),
    # names pymorphy knows, a woman's, and a man's name in ``-ой`` stay as they were
    ("Встреча с Никитой Кругловым прошла.", {"Никитой Кругловым": "Никита Круглов"}),
    ("Встреча с Рой Джонсом прошла.", {"Рой Джонсом": "Рой Джонс"}),
    ("Встреча с Анной Пеккаринен прошла.", {"Анной Пеккаринен": "Анна Пеккаринен"}),
])
def test_mans_first_name_in_a_instrumental(models, text, expected):
    assert _names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a syllable of one vowel after a family name of China in the nominative: no initial
    ("Министр Ван И прибыл в Москву. Ван И заявил о поддержке.", {"Ван И": "Ван И"}),
    ("Визит Ли И в Москву завершился.", {"Ли И": "Ли И"}),
    # an initial with its period stays one, and after a Russian surname
    ("Договор подписали Ким Е. и Петров А.", {"Ким Е.": "Е. Ким", "Петров А.": "А. Петров"}),
    ("В списке: Петров И, Сидоров А.", {"Петров И": "И. Петров", "Сидоров А.": "А. Сидоров"}),
])
def test_vowel_syllable_last(models, text, expected):
    assert _names(text, models) == expected
