"""A name written with initials and a surname, and the first name and patronymic those initials stand for elsewhere
in the document (invented names): one person, named in full; a sentence opening with the first name and patronymic
right after the initials is a name of its own."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple]:
    result = analyze(text, models)
    return [((p.first, p.middle, p.last), sum(m.entity_id == p.person_id for m in result.mentions))
            for p in result.persons]


@pytest.mark.parametrize("text, expected", [
    ("Учащиеся встретились с О.А. Огиновой. Ольга Александровна рассказала о работе администрации.",
     [(("Ольга", "Александровна", "Огинова"), 2)]),
    ("Учащиеся встретились с Огиновой О.А. в школе. Ольга Александровна рассказала о работе. "
     "Огинова поблагодарила ребят.",
     [(("Ольга", "Александровна", "Огинова"), 3)]),
    # the initials end a sentence, the next opens with the first name and patronymic
    ("Учащиеся встретились с главой города Огиновой О.А. Ольга Александровна рассказала о работе администрации.",
     [(("Ольга", "Александровна", "Огинова"), 2)]),
    ("В школу пришёл Петров И.С. Иван Сергеевич рассказал о работе.", [(("Иван", "Сергеевич", "Петров"), 2)]),
])
def test_initials_spelt_out(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # initials that stand for another first name or patronymic
    ("Учащиеся встретились с О.А. Огиновой. Ольга Петровна рассказала о работе.",
     [(("О.", "А.", "Огинова"), 1), (("Ольга", "Петровна", None), 1)]),
    # a full name of the document with that first name is the one
    ("Учащиеся встретились с О.А. Огиновой и Ольгой Сомовой. Ольга Александровна рассказала о работе.",
     [(("О.", "А.", "Огинова"), 1), (("Ольга", "Александровна", "Сомова"), 2)]),
    # two initialled names the first name and patronymic fit
    ("Приказ подписали О.А. Огинов и О.А. Лапин. Олег Андреевич рассказал о работе.",
     [(("О.", "А.", "Огинов"), 1), (("О.", "А.", "Лапин"), 1), (("Олег", "Андреевич", None), 1)]),
])
def test_initials_left_alone(models, text, expected):
    assert _people(text, models) == expected
