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


@pytest.mark.parametrize("text, expected", [
    # a title in the nominative, a person in the genitive, then the holder: the person owns the fund
    ("Отвечать за проект будет глава фонда Петра Великого Иван Зорин.", "фонда Петра Великого"),
    ("Проект поддержал глава фонда Анны Зиминой Иван Зорин.", "фонда Анны Зиминой"),
])
def test_fund_owner_after_title(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, holder", [
    # the person after the body agrees with the title: its holder
    ("Лидер партии Иван Зорин выступил на съезде.", "Иван Зорин"),
    ("Журналисты встретили главу партии Ивана Зорина у входа.", "Ивана Зорина"),
])
def test_holder_after_owned_body(models, text, holder):
    found = org_texts(text, models)
    assert not any(holder in mention for mention in found)
