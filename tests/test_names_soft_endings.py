"""A man's surname whose oblique ending hides a soft stem: the instrumental ``-ём`` of a noun in a soft sign or a
hissing consonant (``с Олегом Кирдунём`` → ``Кирдунь``), and an oblique case of a noun in ``-я`` pymorphy knows
(``Андрею Пуле``, ``Андрея Пули`` → ``Пуля``), where the first declension would read ``-а`` or keep the word as
written (invented people)."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Министр встретился с Анатолием Кирдунём.", {"Анатолий Кирдунь"}),
    ("Хозяйство, возглавляемое Олегом Мардунём и Иваном Соколовым, работает.", {"Олег Мардунь", "Иван Соколов"}),
    ("Договор подписан с Петром Карабьём.", {"Пётр Карабей"}),
    ("Министр встретился с Иваном Гарущём.", {"Иван Гарущ"}),
    # ``-ем`` without the letter ``ё`` says nothing of the stem
    ("Министр встретился с Олегом Кобелем.", {"Олег Кобель"}),
])
def test_instrumental_yo(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected


@pytest.mark.parametrize("text, expected", [
    ("Премию вручили Андрею Пуле из Заречного.", {"Андрей Пуля"}),
    ("Губернатор выразил благодарность Ивану Земле.", {"Иван Земля"}),
    ("Выставка Андрея Пули открылась в Заречном.", {"Андрей Пуля"}),
    ("Я видел Андрея Пулю вчера.", {"Андрей Пуля"}),
    ("Встреча с Андреем Пулей прошла в мэрии.", {"Андрей Пуля"}),
    # a noun in ``-а`` keeps it
    ("Премию вручили Андрею Рыбе.", {"Андрей Рыба"}),
    ("Премию вручили Андрею Гарабе.", {"Андрей Гараба"}),
])
def test_oblique_of_soft_noun(models, text, expected):
    assert {p.name for p in analyze(text, models).persons} == expected
