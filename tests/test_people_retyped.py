"""A person's full name the tagger reads as a place or an organization at one mention, while the document
names the person at another (``spans.people.retyped``): the mention is the person's; a full adjective opening
a sentence run into a surname is no part of the name (``spans.people.openers``)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> tuple[list[tuple[str, str | None, str | None]], list[str]]:
    result = analyze(text, models)
    persons = sorted((p.name, p.first, p.last) for p in result.persons)
    return persons, [m.text for m in result.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected, mentions", [
    # an unknown first name before a surname shaped like a river's adjective: a place here, a person in the list
    ("Снова играет в супертурнире Гата Волжский. Сыграет и молодой мастер Сергей Карявин.\n\n"
     "Состав: Иван Сокольцев (Бельгия, 29, 2590) • Гата Волжский (Канада, 33, 2611) • Сергей Тиваков (Бельгия)",
     [("Гата Волжский", "Гата", "Волжский"), ("Иван Сокольцев", "Иван", "Сокольцев"),
      ("Сергей Карявин", "Сергей", "Карявин"), ("Сергей Тиваков", "Сергей", "Тиваков")],
     ["Гата Волжский", "Сергей Карявин", "Иван Сокольцев", "Гата Волжский", "Сергей Тиваков"]),
    # a capitalised noun opening the sentence run into the name after a list of countries: the noun left out
    ("Блог председателя союза Кирсана Волжанова открылся в марте.\n\n"
     "Союзы: Бельгия • Канада • Чехия • Дания • Турция • США\n\n"
     "Поддержку Кирсану Волжанову выразили 12 региональных союзов.",
     [("Кирсан Волжанов", "Кирсан", "Волжанов")], ["Кирсана Волжанова", "Кирсану Волжанову"]),
])
def test_place_mention_of_named_person(models, text, expected, mentions):
    assert _people(text, models) == (expected, mentions)


@pytest.mark.parametrize("text, expected", [
    # a two-word place the document never names as a person stays a place
    ("Туристы приехали в Нижний Заречинск. Мэр Иван Орлов встретил их.", [("Иван Орлов", "Иван", "Орлов")]),
    # a street named after the person is no mention of the person
    ("Иван Орлов родился здесь. Теперь в городе есть улица Ивана Орлова.", [("Иван Орлов", "Иван", "Орлов")]),
])
def test_places_left_alone(models, text, expected):
    result = analyze(text, models)
    assert sorted((p.name, p.first, p.last) for p in result.persons) == expected
    assert all(m.text != "Нижний Заречинск" for m in result.mentions if m.type == "PER")


@pytest.mark.parametrize("text, mentions", [
    # a full adjective opening the sentence is no part of the surname after it (``spans.people.openers``)
    ("Мэр Дилма Корвальо открыла мост.\n\nШестидесятилетняя Корвальо, инженер по профессии, "
     "поблагодарила строителей.", ["Дилма Корвальо", "Корвальо"]),
    # a name of more words opening a sentence, surname first, stays whole
    ("Лев Толстов написал роман. Толстов Лев Николаевич родился в усадьбе.",
     ["Лев Толстов", "Толстов Лев Николаевич"]),
])
def test_opening_adjective_cut(models, text, mentions):
    assert [m.text for m in analyze(text, models).mentions if m.type == "PER"] == mentions
