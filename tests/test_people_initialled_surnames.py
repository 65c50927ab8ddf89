"""A surname before initials (invented names): one natasha tags as a place after a town's name is the person's
(``г. Сосновки Огиновой О.А.``), and a woman's oblique ``-ой`` of the regular families, which initials give no
gender to, is hers whatever gender the tagger reads (``Лапиной Е.В.`` → ``Лапина``)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple]:
    result = analyze(text, models)
    return [(p.first, p.middle, p.last) for p in result.persons]


@pytest.mark.parametrize("text, expected", [
    ("Учащиеся встретились с главой ЗАТО г. Островной Огиновой О.А. в школе.", [("О.", "А.", "Огинова")]),
    ("Встреча с главой города Огиновой О.А. прошла в школе.", [("О.", "А.", "Огинова")]),
    ("Приказ подписан начальником управления Кировского района Зиминым П.А. вчера.", [("П.", "А.", "Зимин")]),
])
def test_a_surname_before_initials(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Грамоту вручили Лапиной Е.В. вчера.", [("Е.", "В.", "Лапина")]),
    ("Отчет подготовлен Лапиной Е.В. и Зиминым П.А.", [("Е.", "В.", "Лапина"), ("П.", "А.", "Зимин")]),
    ("Грамоты вручили Сосновской Е.В. и Зимину П.А.", [("Е.", "В.", "Сосновская"), ("П.", "А.", "Зимин")]),
    # tagged a nominative: no nominative ends so
    ("Учащиеся встретились с главой ЗАТО г. Островной Лапиной Е.В. в школе.", [("Е.", "В.", "Лапина")]),
    ("Учащиеся встретились с О.А. Огиновой и О.А. Лапиной в школе.",
     [("О.", "А.", "Огинова"), ("О.", "А.", "Лапина")]),
    # a man's dative stays his, and a man's nominative that ends so
    ("Грамоту вручили Лапину Е.В. вчера.", [("Е.", "В.", "Лапин")]),
    ("Отчёт подготовил И.П. Боровой.", [("И.", "П.", "Боровой")]),
])
def test_a_womans_oblique_surname_before_initials(models, text, expected):
    assert _people(text, models) == expected
