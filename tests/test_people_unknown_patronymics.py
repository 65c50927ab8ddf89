"""A man's patronymic of a first name pymorphy does not know, read as a surname, is the patronymic of the one
person of that first name the document names with a surname (invented names)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _fields(text: str, models) -> list[tuple]:
    return [(p.first, p.middle, p.last) for p in analyze(text, models).persons]


@pytest.mark.parametrize("text, expected", [
    ("Глава района Жаныбек Туркбаев открыл школу. Жаныбек Ормонович поблагодарил строителей.",
     [("Жаныбек", "Ормонович", "Туркбаев")]),
    ("Слово предоставили Бекзату Нурланову. Бекзат Ерланович рассказал о планах.",
     [("Бекзат", "Ерланович", "Нурланов")]),
    # two people of that first name: the word stays a surname
    ("Жаныбек Туркбаев и Жаныбек Асанов открыли школу. Жаныбек Ормонович поблагодарил строителей.",
     [("Жаныбек", None, "Туркбаев"), ("Жаныбек", None, "Асанов"), ("Жаныбек", None, "Ормонович")]),
    # the word is a surname of another first name too
    ("Жаныбек Туркбаев открыл школу. Жаныбек Ормонович и Анна Ормонович поблагодарили строителей.",
     [("Жаныбек", None, "Туркбаев"), ("Жаныбек", None, "Ормонович"), ("Анна", None, "Ормонович")]),
])
def test_unknown_patronymic_after_the_full_name(models, text, expected):
    assert _fields(text, models) == expected
