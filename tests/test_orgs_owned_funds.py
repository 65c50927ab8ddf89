"""A fund with a person in the genitive is one organization, as a party with its leader is
(``фонда Анны Зиминой``, ``фонд святого Луки``): the lower-case noun too, not only a capitalised name."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_texts


@pytest.mark.parametrize("text, expected", [
    ("Фонд Анны Зиминой помогает детям. Директор фонда Анны Зиминой Олег Котов рассказал о планах.",
     "фонда Анны Зиминой"),
    ("Деньги на ремонт храма выделил фонд святого Луки.", "фонд святого Луки"),
])
def test_fund_of_person(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, one", [
    ("Фонд Анны Зиминой помогает детям. Директор фонда Анны Зиминой Олег Котов рассказал о планах.",
     ("Фонд Анны Зиминой", "фонда Анны Зиминой")),
])
def test_fund_mentions_one_body(models, text, one):
    ids = [m.entity_id for m in analyze(text, models).mentions if m.text in one]
    assert len(ids) == 2 and len(set(ids)) == 1
