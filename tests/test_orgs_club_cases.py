"""Clubs and companies named by one quoted word pymorphy does not know: its nominative written as it is, not read
as a plural (``за «Гремхэм»``), and its feminine forms one body named in ``-а`` whichever form the text gives
first (``«Бранке»``, ``«Бранкой»``); an abbreviation in brackets before ``имени`` left out of the name."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, name", [
    # an unknown word in a consonant read only as the plural genitive of a name: the nominative, as written
    ("Защитник Иван Петров, выступавший за «Гремхэм», подписал контракт с «Вектором».", "Гремхэм", "Гремхэм"),
    ("Защитник Иван Петров перешёл в «Тарнхэм» из «Вектора».", "Тарнхэм", "Тарнхэм"),
    # one body with the instrumental of the same name
    ("Иван Петров выступал за «Гремхэм». Ранее он отказался продлевать договор с «Гремхэмом».", "Гремхэмом",
     "Гремхэм"),
])
def test_unknown_name_in_the_nominative(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a locative or dative read as a masculine ``Бранк``: the instrumental says the name is ``Бранка``
    ("Вратарь Иван Петров выступал в «Бранке» год и помог «Бранке» выиграть кубок. Контракт с «Бранкой» продлён.",
     "Бранке", "Бранка"),
    ("Вратарь Иван Петров подписал контракт с «Вельдикой». Он выступал за «Вельдику» год.", "Вельдику",
     "Вельдика"),
    ("Вратарь Иван Петров выступал за «Вельдику» год. Контракт с «Вельдикой» продлён.", "Вельдикой", "Вельдика"),
])
def test_feminine_forms_of_one_club(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a masculine name declined inside its quotes stays that name
    ("Акции «Вектора» купил «Вектор».", "Вектора", "Вектор"),
    ("Иван Петров выступал за «Спартак». Контракт со «Спартаком» продлён.", "Спартаком", "Спартак"),
])
def test_masculine_forms_stay(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # an abbreviation in brackets before ``имени``: the name without it, the abbreviation its own
    ("Губернатор посетил Заречный государственный университет (ЗГУ) им. Петрова и встретился с ректором ЗГУ.",
     "ЗГУ", "Заречный государственный университет им. Петрова"),
    ("Губернатор посетил Заречный аграрный университет (ЗАУ) имени Ивана Петрова.",
     "Заречный аграрный университет (ЗАУ) имени Ивана Петрова", "Заречный аграрный университет имени Ивана Петрова"),
])
def test_bracketed_abbreviation_before_named_after(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
