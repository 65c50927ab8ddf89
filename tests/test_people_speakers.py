"""Two animate proper nouns opening a line of an interview before a colon, maybe after a medium's name: the
speaker, a name pymorphy may not know (invented people); no one where the words are a place or a common noun."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Зачем вы переехали в Заречную область\nТанира Ольвега ИА «Вестник»: Вы работали в большой компании?\n"
     "Пётр Кормилов: Да, недолго.",
     {("Танира Ольвега", ("Танира Ольвега",)), ("Пётр Кормилов", ("Пётр Кормилов",))}),
    ("Разговор в студии\nТанира Ольвега: Что будет с заводом?\nПётр Кормилов: Он заработает весной.",
     {("Танира Ольвега", ("Танира Ольвега",)), ("Пётр Кормилов", ("Пётр Кормилов",))}),
])
def test_speaker_found(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Итоги недели\nНовая Зеландия: выборы прошли спокойно.", set()),
    ("Итоги недели\nМинистр Кормилов: завод заработает весной.", {("Кормилов", ("Кормилов",))}),
])
def test_no_speaker(models, text, expected):
    assert person_mentions(text, models) == expected
