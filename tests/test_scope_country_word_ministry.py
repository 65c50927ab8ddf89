"""A minister's title ending in ``страны`` or ``государства`` in a text about one foreign country names that country's
ministry with the country, not with the word (``министр экономики страны`` → ``Министерство экономики …``). Every
sentence and person is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_org_rows


@pytest.mark.parametrize("text, expected", [
    ("Министр экономики страны Хуан Гомес выступил в парламенте. Аргентина ожидает подписания договора. "
     "Парламент Аргентины одобрил соглашение.",
     ("Хуан Гомес", "министр экономики страны", "Министерство экономики Аргентины")),
    ("Министр обороны государства Карлос Риос выступил в парламенте. Чили ждёт решения. Власти Чили готовы, "
     "Сенат Чили тоже.",
     ("Карлос Риос", "министр обороны государства", "Министерство обороны Чили")),
])
def test_a_ministry_of_the_texts_country(models, text, expected):
    assert expected in holder_org_rows(text, models)
