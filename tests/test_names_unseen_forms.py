"""Name forms of invented people the tables of the probes had few of: a first name pymorphy lists as a woman's
that does not decline before a man's declined surname, a surname in ``-ы`` after a first name that shows no case,
a first name and an initial hung on a title, a surname first before ``оглы``/``кызы``, a woman's name after a
dash or as the subject of a verb of no gender."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    # a first name pymorphy knows only as a woman's that does not decline (``Ренато``): the surname's ending
    # tells a man's dative and accusative
    ("Премию вручили Ренато Кальмсену в понедельник.", ["Ренато Кальмсен"]),
    ("Комиссия пригласила Ренато Кальмсена на заседание.", ["Ренато Кальмсен"]),
    # a woman's first name in the dative: her surname in ``-у`` still stays
    ("Премию вручили Луизе Монтейру в понедельник.", ["Луиза Монтейру"]),
    # a surname in ``-ы`` after a first name that shows no case, hung on a dative
    ("Вечером мэр позвонил Иржи Хлубны и поблагодарил за работу.", ["Иржи Хлубны"]),
    # a first name in no nominative and an initial after a title: the title's genitive
    ("Адвокат Ирины С. обжаловал приговор.", ["Ирина С."]),
    ("Защитник Олега П. подал жалобу в суд.", ["Олег П."]),
    ("Адвокат Гульнары А. обжаловала приговор.", ["Гульнара А."]),
    # surname first, then a first name and a patronymic of two words: one name
    ("Мамедов Эльчин Рамиз оглы был задержан в пятницу.", ["Эльчин Рамиз оглы Мамедов"]),
    ("Алиева Севинч Фаик кызы подала иск.", ["Севинч Фаик кызы Алиева"]),
    # a woman's name after a dash, or the subject of a verb of no gender: no man's genitive
    ("Пострадавшая — Руслана Кравцова.", ["Руслана Кравцова"]),
    ("Победительница конкурса — Богдана Шульга.", ["Богдана Шульга"]),
    ("«Мы не знали об этом», — говорит Владислава Зимина.", ["Владислава Зимина"]),
    # a name in the dative after a dash keeps it (``Ирине`` is no nominative of a name that declines)
    ("Грамоту вручили тренеру — Ирине Сомовой.", ["Ирина Сомова"]),
    # a list after a dash keeps the case of the word before it
    ("Суд оправдал двоих — Олега Кравцова и Петра Зимина.", ["Олег Кравцов", "Пётр Зимин"]),
])
def test_unseen_forms(models, text, expected):
    assert sorted(p.name for p in analyze(text, models).persons) == sorted(expected)
