"""A church's forms of address and the clergy's ranks are no person's name, and a hierarch named after his see's
adjective is named by his first name (invented names and sees)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _people(text: str, models) -> list[tuple[str, str]]:
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    # a form of address and a rank before the name: no part of it
    ("Митрополит Заречный Варсонофий помог Святейшему Патриарху Паисию.",
     [("Варсонофий", "Варсонофий"), ("Паисию", "Паисий")]),
    ("Об этом рассказал личный секретарь Патриарха Варсонофия.", [("Варсонофия", "Варсонофий")]),
    ("Службу возглавил Блаженнейший митрополит Нифонт.", [("Нифонт", "Нифонт")]),
    # a rank alone is no person
    ("Приветствие Святейшего Патриарха зачитал протоиерей Пётр Орлов.", [("Пётр Орлов", "Пётр Орлов")]),
    # a see of two capitalised parts before the name
    ("Литургию возглавил митрополит Верхне-Озёрский Никандр.", [("Никандр", "Никандр")]),
    ("Епископу Усть-Озёрскому Силуану вручили орден.", [("Силуану", "Силуан")]),
    # a rank is cut only where it is capitalised inside the name: a surname stays
    ("Патриарх заявил, что Святейший Синод примет решение.", []),
])
def test_church_address_and_ranks(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Литургию возглавил епископ Варсонофий Озёрский (в миру — Петров).",
     [("Варсонофий Озёрский", "Варсонофий Озёрский"), ("Петров", "Варсонофий Озёрский")]),
    ("Литургию возглавил митрополит Тихон (в миру Георгий Орлов).",
     [("Тихон", "Тихон"), ("Георгий Орлов", "Тихон")]),
    # a name in brackets with no ``в миру``: another person
    ("Доклад сделал епископ Тихон (Пётр Орлов прочёл его вслух).", [("Тихон", "Тихон"), ("Пётр Орлов", "Пётр Орлов")]),
])
def test_name_in_the_world_is_the_clerics(models, text, expected):
    assert _people(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the tagger takes a hierarch's name and see for a place: a person, his see read as the annotated corpora read it
    ("Архиепископ Никандр Заречный (РПЦ МП) нашёл время и провёл богослужение.",
     [("Никандр Заречный", "Никандр Заречный")]),
    ("Главой епархии является архиепископ Никандр Заречный.", [("Никандр Заречный", "Никандр Заречный")]),
])
def test_hierarch_tagged_a_place(models, text, expected):
    assert _people(text, models) == expected
