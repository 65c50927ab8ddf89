"""Names of China and Korea in an oblique case (invented names): a given name whose syllable pymorphy
reads as a declined surname, and a family name natasha tags apart from the given name after it."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _fields(person) -> tuple:
    return person.name, person.first, person.last


@pytest.mark.parametrize("text, expected", [
    ("Жители цитируют Кима Тэ Сона.", [("Ким Тэ Сон", "Тэ Сон", "Ким")]),
    ("Министр Пак Тэ Сон дал интервью. Газета цитирует Пака Тэ Сона.", [("Пак Тэ Сон", "Тэ Сон", "Пак")]),
    ("Эксперты процитировали Квона Тэ Ука на брифинге.", [("Квон Тэ Ук", "Тэ Ук", "Квон")]),
    ("Депутат Квон Тэ Ук выступил в парламенте. Эксперты процитировали Квона Тэ Ука на брифинге.",
     [("Квон Тэ Ук", "Тэ Ук", "Квон")]),
    # the given name's syllable ends as the family name does, in any case and at a sentence's start
    ("Газета написала о Квоне Тэ Уке в субботу.", [("Квон Тэ Ук", "Тэ Ук", "Квон")]),
    ("Квону Тэ Уку вручили почётную грамоту.", [("Квон Тэ Ук", "Тэ Ук", "Квон")]),
    ("Газета написала о Киме Чон Хо в субботу.", [("Ким Чон Хо", "Чон Хо", "Ким")]),
    # a Russian first name and surname stay one
    ("Жители цитируют Ивана Сонина.", [("Иван Сонин", "Иван", "Сонин")]),
])
def test_east_asian_oblique(models, text, expected):
    assert [_fields(p) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a family name of one letter after a first name, no initial
    ("Глава компании Майкл Ю сообщил о новых планах.", [("Майкл Ю", "Майкл", "Ю")]),
    ("Встреча с Дэниелом У прошла в Сеуле.", [("Дэниел У", "Дэниел", "У")]),
    # an initial before a surname stays one
    ("Книгу написал Анатолий Ю. Соколов.", [("Анатолий Ю. Соколов", "Анатолий", "Соколов")]),
    ("Статью написал Петров Ю.", [("Ю. Петров", "Ю.", "Петров")]),
])
def test_one_letter_family_name(models, text, expected):
    assert [_fields(p) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # the last syllable of a Korean name natasha leaves out before a heading or a colon
    ("Об этом сообщил Чон Мин Ук\nЭкономика\nЦены на бензин снова выросли.", ["Чон Мин Ук"]),
    ("Хан Сун Ук: «Мост откроют осенью»\nРаботы идут по графику.", ["Хан Сун Ук"]),
    # no word pymorphy reads first as no name
    ("Об этом сообщил Чон Мин\nПолитика\nЦены на бензин снова выросли.", ["Чон Мин"]),
])
def test_east_asian_name_grown(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # ``Ри``, a Korean family name as the North writes it, opens the name
    ("Министр Ри Мён Су прибыл в Москву.", [("Ри Мён Су", "Мён Су", "Ри")]),
    ("Встреча с Ри Мён Су прошла в Пхеньяне.", [("Ри Мён Су", "Мён Су", "Ри")]),
    # near case: a given name of Japan before a family name stays first
    ("Певица Ри Окада выступила в Токио.", [("Ри Окада", "Ри", "Окада")]),
])
def test_korean_family_name_ri(models, text, expected):
    assert [_fields(p) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    # a Korean family name written as a Russian pronoun is (``Чей``) stays the name's
    ("В делегацию вошли директор Чей Тэ Сона и другие.", [("Чей Тэ Сон", "Тэ Сон", "Чей")]),
    ("Делегацию возглавил министр Чей Ын Хо.", [("Чей Ын Хо", "Ын Хо", "Чей")]),
    ("Председатель Чой Сон Мин заявил о планах.", [("Чой Сон Мин", "Сон Мин", "Чой")]),
    # a pronoun before a Russian name is none of it
    ("Сама Орлова приехала в город.", [("Орлова", None, "Орлова")]),
])
def test_family_name_read_as_pronoun(models, text, expected):
    assert [_fields(p) for p in analyze(text, models).persons] == expected
