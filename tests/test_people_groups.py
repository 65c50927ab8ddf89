"""Names after a noun of a group of performers, and names listed after it (invented names): bands,
no people; a name opening with a first name, or a surname alone, stays a person's."""

from __future__ import annotations

import pytest

from .conftest import analyze


def _typed(text, models) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyze(text, models).mentions if m.type in ("PER", "ORG")}


@pytest.mark.parametrize("text, expected", [
    ("На концерте выступят группы Тихий Рассвет, Ива Сова, Контора Лука и Выход.",
     {("Тихий Рассвет", "ORG"), ("Ива Сова", "ORG"), ("Выход", "ORG")}),
    ("На фестивале сыграют коллективы Горный Ключ и Лиса Нова.", {("Лиса Нова", "ORG")}),
])
def test_names_listed_after_a_group_noun_are_no_people(models, text, expected):
    found = _typed(text, models)
    assert expected <= found and not any(kind == "PER" for _text, kind in found)


@pytest.mark.parametrize("text, expected", [
    ("Лидер группы Олег Смирнов заявил о туре.", {("Олег Смирнов", "PER")}),
    ("Лидер группы Смирнов заявил о туре.", {("Смирнов", "PER")}),
    ("Солист группы Тихий Рассвет Олег Смирнов дал концерт.", {("Олег Смирнов", "PER")}),
    ("В состав группы Сергея Иванова вошли Анна Петрова и Олег Смирнов.",
     {("Сергея Иванова", "PER"), ("Анна Петрова", "PER"), ("Олег Смирнов", "PER")}),
])
def test_people_after_a_group_noun_stay_people(models, text, expected):
    assert expected <= _typed(text, models)
