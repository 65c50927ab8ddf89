"""A man's surname of the first declension in ``-я`` in the instrumental ``-ей`` after a consonant (``с Олегом
Стрелей`` → ``Стреля``); a woman's stays as written, as may one that does not decline, so does one after two consonants,
the English ``-ley``, ``-sey`` written undeclined (``с Томасом Рамсей``), and so does a word pymorphy knows as a
nominative (``Соловей``)."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Министр встретился с Олегом Кулей.", {("Олег Куля", ("Олегом Кулей",))}),
    ("Договор подписан с Петром Стрелей.", {("Пётр Стреля", ("Петром Стрелей",))}),
    ("Министр поговорил с Олегом Бурей.", {("Олег Буря", ("Олегом Бурей",))}),
])
def test_restore_mans_ya(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Встреча с Иваном Соловей прошла в мэрии.", {("Иван Соловей", ("Иваном Соловей",))}),
    ("Встречу провели с Аллой Ковалей.", {("Алла Ковалей", ("Аллой Ковалей",))}),
    ("Олег Бурей приехал в город.", {("Олег Бурей", ("Олег Бурей",))}),
    ("Губернатор встретился с Томасом Рамсей.", {("Томас Рамсей", ("Томасом Рамсей",))}),
    ("Министр встретился с Джоном Стенлей.", {("Джон Стенлей", ("Джоном Стенлей",))}),
    ("Договор подписан с Майклом Кинлей.", {("Майкл Кинлей", ("Майклом Кинлей",))}),
])
def test_surname_in_ei_that_stays(models, text, expected):
    assert person_mentions(text, models) == expected
