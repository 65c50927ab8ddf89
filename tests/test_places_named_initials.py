"""Capitals of a ``Республика X`` name (``РК``) in a text that names in full one country or region with those
initials: that one, though the text is about no one country; initials two places named could have stay unknown."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows


@pytest.mark.parametrize("text, expected", [
    ("Президент Казахстана Кедр Ольсен встретился с президентом Франции. «Президент РК - мой друг», - заявил "
     "француз.", ("Кедр Ольсен", "президент РК", "KZ")),
    ("Президент Кедр Ольсен провёл переговоры с президентом Франции. Министр иностранных дел РК Иван Заречный "
     "заявил, что Казахстан готов к сотрудничеству, а Франция - надёжный партнёр.",
     ("Иван Заречный", "министр иностранных дел РК", "KZ")),
    ("Делегация Казахстана посетила Францию. Министр экономики РК Иван Заречный встретился с коллегами.",
     ("Иван Заречный", "министр экономики РК", "KZ")),
])
def test_initials_of_the_one_country_named(models, text, expected):
    assert expected in holder_country_rows(text, models)
