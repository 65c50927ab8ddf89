"""A name written with two given names or more before a surname of two words (``Марко Антониу Бента да
Роша``) is one person with its last given name and surname (``Бента да Роша``) and with that given
name alone (``Бента``), as the Portuguese and Spanish names are shortened (invented names)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Президент Марко Антониу Бента да Роша провел переговоры. Бента да Роша пригласил коллегу.",
     {("Марко Антониу Бента да Роша", ("Марко Антониу Бента да Роша", "Бента да Роша"))}),
    ("Президент Марко Антониу Бента да Роша прибыл в город. Бента был встречен министром.",
     {("Марко Антониу Бента да Роша", ("Марко Антониу Бента да Роша", "Бента"))}),
    ("Премьер Жоау Педру Тавора да Силвейра прибыл в Лиссабон. Тавора да Силвейра провел встречу. "
     "Позже Тавора уехал.",
     {("Жоау Педру Тавора да Силвейра", ("Жоау Педру Тавора да Силвейра", "Тавора да Силвейра", "Тавора"))}),
    # one given name after the first, as before
    ("Нападающий Хулио Рамон Бейра забил дважды. Рамон Бейра доволен.",
     {("Хулио Рамон Бейра", ("Хулио Рамон Бейра", "Рамон Бейра"))}),
])
def test_last_given_name_is_the_person(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a patronymic is no given name: ``Иван Орлов`` is another person
    ("Губернатор Пётр Иванович Орлов приехал в район. Его сын Иван Орлов остался дома.",
     {("Пётр Иванович Орлов", ("Пётр Иванович Орлов",)), ("Иван Орлов", ("Иван Орлов",))}),
    # another surname: another person
    ("Президент Марко Антониу Бента да Роша провел переговоры. Министр Бента Сарайва пригласил коллегу.",
     {("Марко Антониу Бента да Роша", ("Марко Антониу Бента да Роша",)),
      ("Бента Сарайва", ("Бента Сарайва",))}),
])
def test_other_names_stay_apart(models, text, expected):
    assert person_mentions(text, models) == expected
