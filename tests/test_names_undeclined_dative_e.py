"""A man's surname in ``-е`` after ``н``, ``л``, ``р``, ``т`` that does not decline, after first names that show no
case, in the dative (``Паоло Карбоне``): no dative of a surname in ``-а``; a Russian one of that declension, one
pymorphy reads as a form of a feminine word or name, or one of the endings of Spanish, Portuguese and Japanese
surnames in ``-а`` (``Хорхе Мантере``, ``Кэндзи Ямамуре``) still reads as its dative."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Награду вручили Паоло Карбоне.", {("Паоло Карбоне", ("Паоло Карбоне",))}),
    ("Орден вручили Педро Альмонте.", {("Педро Альмонте", ("Педро Альмонте",))}),
    ("Министр позвонил Марио Паскуале.", {("Марио Паскуале", ("Марио Паскуале",))}),
    ("Министр позвонил Луиджи Сальваторе и Джанни Россетти.",
     {("Луиджи Сальваторе", ("Луиджи Сальваторе",)), ("Джанни Россетти", ("Джанни Россетти",))}),
])
def test_undeclined_surname_in_e(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Орден вручили Петру Кочерге.", {("Пётр Кочерга", ("Петру Кочерге",))}),
    ("Слово дали Жоржи Сильве.", {("Жоржи Сильва", ("Жоржи Сильве",))}),
    ("Журналисты написали о Фелипе Кальдероне.", {("Фелипе Кальдерон", ("Фелипе Кальдероне",))}),
    ("Губернатор вручил награду Хорхе Мантере.", {("Хорхе Мантера", ("Хорхе Мантере",))}),
    ("Журналисты обратились к Альваро Кинтане.", {("Альваро Кинтана", ("Альваро Кинтане",))}),
    ("Мэр направил письмо Кэндзи Ямамуре.", {("Кэндзи Ямамура", ("Кэндзи Ямамуре",))}),
    ("Премию вручили Хироси Сакамуре.", {("Хироси Сакамура", ("Хироси Сакамуре",))}),
    ("Слово дали Жоао Ольвейре.", {("Жоао Ольвейра", ("Жоао Ольвейре",))}),
])
def test_declined_surname_in_e(models, text, expected):
    assert person_mentions(text, models) == expected
