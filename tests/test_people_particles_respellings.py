"""Names in news, as mechanisms (invented names): a particle of a Romance
surname (``дель``, ``делла``, ``дос``); a first name in ``-а`` in the genitive before a surname that does
not decline; a first name and surname natasha tagged apart that the document writes whole; a capitalised
adjective after a name that is the next noun's; a word ending as a neuter adjective is a place."""

from __future__ import annotations

import pytest

from nerpipe.records import PER, Span
from nerpipe.spans.people.grow import merge_adjacent_people

from .conftest import analyze, person_mentions


def _fields(person) -> tuple:
    return person.first, person.middle, person.last


@pytest.mark.parametrize("text, expected", [
    ("Жюри возглавлял актёр Хавьер дель Монте.", [("Хавьер", None, "дель Монте")]),
    ("Тренер Марко делла Роза приехал в клуб.", [("Марко", None, "делла Роза")]),
    ("Защитник Жоао дос Рейс забил гол.", [("Жоао", None, "дос Рейс")]),
    # a particle written with a capital stays as written
    ("Президент Мигел Дель Реал уехал.", [("Мигел", None, "Дель Реал")]),
    # ``де`` as before
    ("Защитник Пьер де Брие забил дважды.", [("Пьер", None, "де Брие")]),
])
def test_romance_particle_is_the_surnames(models, text, expected):
    assert [_fields(p) for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    ("Жюри возглавлял актёр Хавьер дель Монте. По словам дель Монте, фильм хорош.",
     {("Хавьер дель Монте", ("Хавьер дель Монте", "дель Монте"))}),
    ("Защитник Жоао дос Рейс забил гол. Дос Рейс доволен.",
     {("Жоао дос Рейс", ("Жоао дос Рейс", "Дос Рейс"))}),
])
def test_surname_with_romance_particle_is_one_person(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Теннисистка Ига Зарембек приехала в город. Успех Иги Зарембек обсуждали все.",
     {("Ига Зарембек", ("Ига Зарембек", "Иги Зарембек"))}),
    ("Успех Иги Зарембек обсуждали все. Вчера Ига Зарембек приехала в город.",
     {("Ига Зарембек", ("Иги Зарембек", "Ига Зарембек"))}),
    # a declined surname as before
    ("Вчера Оля Бартек выступила в суде. Адвокат Оли Бартек заявил протест.",
     {("Оля Бартек", ("Оля Бартек", "Оли Бартек"))}),
])
def test_genitive_first_name_before_undeclined_surname(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Вручение Петру Зимину Почётной грамоты прошло в мэрии.", ["Пётр Зимин"]),
    # her surname agrees with her first name: kept
    ("Вручили Анне Сергеевне Толстой премию.", ["Анна Сергеевна"]),
])
def test_trailing_adjective_is_the_nouns(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected


@pytest.mark.parametrize("text, expected", [
    ("Чем отличилось муниципальное образование Луговское\nВопрос читателя: когда вручат награды?", []),
    ("Наградили главу поселения и муниципальное образование Заречное\nВопрос читательницы: когда?", []),
    # a surname of the adjectival families is a person
    ("Жюри возглавил Олег Луговской. Луговской доволен.", ["Олег Луговской"]),
])
def test_neuter_adjective_is_no_person(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected


def test_first_name_and_surname_tagged_apart_join(models):
    text = "Гость Эррол Квасек приехал. В октябре Эррол Квасек посетил Казань."
    at = text.index("Эррол", 20)
    spans = [Span(6, 18, PER), Span(at, at + 5, PER), Span(at + 6, at + 12, PER)]
    assert merge_adjacent_people(text, spans, models.morph) == [Span(6, 18, PER), Span(at, at + 12, PER)]


def test_two_surnames_tagged_apart_stay_apart(models):
    # not when the pair is written whole nowhere in the document
    text = "Гость Эррол Квасек приехал. В октябре Брук Квасек посетили Казань."
    at = text.index("Брук")
    spans = [Span(6, 18, PER), Span(at, at + 4, PER), Span(at + 5, at + 11, PER)]
    assert merge_adjacent_people(text, spans, models.morph) == spans


@pytest.mark.parametrize("text, expected", [
    ("Президент Франции Эмманюэль Дюпре прибыл. Эммануэль Дюпре заявил о визите.",
     {("Эмманюэль Дюпре", ("Эмманюэль Дюпре", "Эммануэль Дюпре"))}),
    ("Режиссёр Даниэль Ферро приехал. Даниель Ферро показал фильм.",
     {("Даниэль Ферро", ("Даниэль Ферро", "Даниель Ферро"))}),
])
def test_softened_vowel_is_one_spelling(models, text, expected):
    assert person_mentions(text, models) == expected


def test_two_known_first_names_a_vowel_apart_stay_two(models):
    text = "Вчера выступила Алина Сомова. Позже выступила Алена Сомова."
    assert [p.name for p in analyze(text, models).persons] == ["Алина Сомова", "Алена Сомова"]


@pytest.mark.parametrize("text, expected", [
    # a letter left out of a first name written alone
    ("В финале Гарбиэла Сомоса проиграла. Габиэла расстроилась.",
     {("Гарбиэла Сомоса", ("Гарбиэла Сомоса", "Габиэла"))}),
    # a letter added
    ("В финале Гарбиэла Сомоса проиграла. Гарбиэлла расстроилась.",
     {("Гарбиэла Сомоса", ("Гарбиэла Сомоса", "Гарбиэлла"))}),
    # a Russian surname made of a first name is no form of it
    ("Выступил Алексей Орлов. Алексеев добавил, что рад.",
     {("Алексей Орлов", ("Алексей Орлов",)), ("Алексеев", ("Алексеев",))}),
    # a case form of a first name as before
    ("Встретились Мартин Лопес и Анна Кордова. Мартина пригласили позже.",
     {("Мартин Лопес", ("Мартин Лопес", "Мартина")), ("Анна Кордова", ("Анна Кордова",))}),
])
def test_first_name_alone_misspelt(models, text, expected):
    assert person_mentions(text, models) == expected
