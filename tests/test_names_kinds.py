"""A name after a noun of a kind of thing it names is no person (invented names): a gang, a bend of a
race track, a storm, a vessel (``банда Вэйлун``, ``на вираже Тальмонте``, ``яхта Эсмеральда``);
a genitive that is the thing's owner stays one (``яхту Абрамцева``, ``банды Кормилова``); nor is its
name in Latin letters in brackets after it."""

from __future__ import annotations

import pytest

from .conftest import analyze


@pytest.mark.parametrize("text, expected", [
    ("Следователи считают, что за поджогом стоит банда Вэйлун из Гуанчжоу.", [("ORG", "Вэйлун")]),
    ("Гонщик ошибся на вираже Тальмонте и сошёл с дистанции.", [("LOC", "Тальмонте")]),
    ("Над островом прошёл ураган Орсола, а яхта Эсмеральда затонула.", []),
    ("Журналисты осмотрели яхту Абрамцева.", [("PER", "Абрамцева")]),
    ("Полиция задержала членов банды Кормилова.", [("PER", "Кормилова")]),
    ("Журналисты осмотрели яхту Олега Абрамцева.", [("PER", "Олега Абрамцева")]),
    # its name in Latin letters in brackets spells the thing, no person
    ("Следователи считают, что за поджогом стоит банда Вэйлун (Wei Lung) из Гуанчжоу.",
     [("ORG", "Вэйлун"), ("ORG", "Wei Lung")]),
    # after a person, it spells the person
    ("Гонщик Тийс Гервен (Thijs Gerven) выиграл.", [("PER", "Тийс Гервен"), ("PER", "Thijs Gerven")]),
])
def test_name_of_a_kind(models, text, expected):
    result = analyze(text, models)
    words = {w for _t, surface in expected for w in surface.split()}
    got = [(m.type, m.text) for m in result.mentions
           if m.type in ("PER", "ORG", "LOC") and (m.type == "PER" or set(m.text.split()) & words)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a woman's patronymic of a first name pymorphy does not know, without a surname: no surname
    ("Вчера Гульмира Бауыржановна рассказала о планах.", ("Гульмира", "Бауыржановна", None)),
    ("Цветы вручили Айгерим Нурлановне в пятницу.", ("Айгерим", "Нурлановна", None)),
    ("С Гульмирой Бауыржановной встретились журналисты.", ("Гульмира", "Бауыржановна", None)),
    ("Вчера Гульмира Бауыржановна Сейткалиева рассказала о планах.", ("Гульмира", "Бауыржановна", "Сейткалиева")),
])
def test_womans_patronymic_unknown_father(models, text, expected):
    assert [(p.first, p.middle, p.last) for p in analyze(text, models).persons] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a name that fills a pair of quotes is a thing named after a person: no person
    ("Сидоренко дошла до полуфиналов на Открытом чемпионате и «Анри Дюваль».", ["Сидоренко"]),
    ("Ледокол «Адмирал Котов» вышел в море, сообщил Иван Котов.", ["Иван Котов"]),
    ("Участники турнира памяти «Андрей Лыков» прибыли в город.", []),
    # a name in quotes with more words inside, or a quote opening speech, stays a person
    ("«Пётр Орлов уехал», — сказал Иван Котов.", ["Пётр Орлов", "Иван Котов"]),
    # a name in Latin letters so quoted is the person's as written
    ("Следствие полагает, что Петров, используя аккаунт «Ivan Petrov», купил билеты.", ["Ivan Petrov"]),
])
def test_quoted_name_is_no_person(models, text, expected):
    assert [p.name for p in analyze(text, models).persons] == expected
