"""A town's mayoralty and its administration are one body; a federal city's is its government."""

from __future__ import annotations

import pytest

from nerpipe.resolve import org_id_for

from .conftest import analyze


def entities(text: str, models) -> set[tuple[str, str | None, tuple[str, ...]]]:
    """(name, region, surface forms) of every organization of a text."""
    return {(o.name, o.region_code, o.variants) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    # the mayoralty and the administration, with and without ``города``
    ("Мэрия города Твери объявила конкурс. Администрация города Твери уточнила сроки.",
     {("Мэрия города Твери", "RU-TVE", ("Мэрия города Твери", "Администрация города Твери"))}),
    ("Мэрия Ярославля получила письмо. Позже администрация Ярославля ответила жителям.",
     {("Мэрия Ярославля", "RU-YAR", ("Мэрия Ярославля", "администрация Ярославля"))}),
    ("В мэрии Вологды прошло совещание. Сотрудники администрации города Вологды промолчали.",
     {("Мэрия Вологды", "RU-VLG", ("мэрии Вологды", "администрации города Вологды"))}),
    # named most often as the administration: its name
    ("Администрация Пскова ответила. Мэрия Пскова промолчала. Администрация Пскова извинилась.",
     {("Администрация Пскова", "RU-PSK", ("Администрация Пскова", "Мэрия Пскова"))}),
    # by the town's adjective and ``городская``; ``администрация города`` in a text about the town
    ("Тверская городская администрация и мэрия Твери провели встречу.",
     {("Тверская городская администрация", "RU-TVE", ("Тверская городская администрация", "мэрия Твери"))}),
    ("Мэрия Твери объявила конкурс. В администрации города уточнили сроки.",
     {("Мэрия Твери", "RU-TVE", ("Мэрия Твери", "администрации города"))}),
    # a town abroad
    ("Мэрия Нью-Йорка запретила продажу. Администрация Нью-Йорка заявила о планах.",
     {("Мэрия Нью-Йорка", None, ("Мэрия Нью-Йорка", "Администрация Нью-Йорка"))}),
    # a federal city: its government, by its genitive, its adjective or its compound
    ("Мэрия Москвы объявила о закрытии парков. Правительство Москвы продлило режим.",
     {("Мэрия Москвы", "RU-MOW", ("Мэрия Москвы", "Правительство Москвы"))}),
    ("Правительство Москвы утвердило программу. Мосправительство выделило деньги.",
     {("Правительство Москвы", "RU-MOW", ("Правительство Москвы", "Мосправительство"))}),
    ("Мэрия Санкт-Петербурга закрыла мост. Петербургское правительство ответило жителям.",
     {("Мэрия Санкт-Петербурга", "RU-SPE", ("Мэрия Санкт-Петербурга", "Петербургское правительство"))}),
    # a region's administration is no town's, nor a town's government
    ("Администрация Тверской области и мэрия Твери подписали соглашение.",
     {("Администрация Тверской области", "RU-TVE", ("Администрация Тверской области",)),
      ("Мэрия Твери", "RU-TVE", ("мэрия Твери",))}),
])
def test_a_towns_mayoralty_is_its_administration(models, text, expected):
    assert entities(text, models) == expected


@pytest.mark.parametrize("text, key", [
    ("Мэрия Твери объявила конкурс.", "Администрация Твери"),
    ("Администрация города Твери объявила конкурс.", "Администрация Твери"),
    ("Мэрия Москвы объявила конкурс.", "Правительство Москвы"),
    ("Питерская мэрия объявила конкурс.", "Правительство Санкт-Петербурга"),
])
def test_a_towns_executive_has_the_id_of_its_town(models, text, key):
    assert [o.org_id for o in analyze(text, models).organizations] == [org_id_for(key)]


@pytest.mark.parametrize("text", [
    # a capital's adjective names no one town
    "Столичная мэрия объявила конкурс. В Киеве прошли выборы.",
    # the president's administration is no town's
    "Администрация Президента объявила конкурс.",
])
def test_no_town_no_town_hall(models, text):
    keys = {org_id_for("Правительство Москвы"), org_id_for("Администрация Киева")}
    assert not {o.org_id for o in analyze(text, models).organizations} & keys


@pytest.mark.parametrize("text, name", [
    # a mayoralty named by the adjective of a region's capital the text does not name: that town's
    ("Омская мэрия обнародовала информацию о приезде делегации.", "Администрация Омска"),
    ("Тамбовская мэрия объявила конкурс на ремонт дорог.", "Администрация Тамбова"),
])
def test_a_mayoralty_by_a_capitals_adjective(models, text, name):
    assert [o.org_id for o in analyze(text, models).organizations] == [org_id_for(name)]


@pytest.mark.parametrize("text", [
    # an administration by a region's adjective: the region's or the town's, as it was
    "Тамбовская администрация объявила конкурс на ремонт дорог.",
])
def test_an_administration_by_an_adjective_stays(models, text):
    assert org_id_for("Администрация Тамбова") not in [o.org_id for o in analyze(text, models).organizations]


@pytest.mark.parametrize("text, name", [
    # ``администрация города`` the only naming in a text about one town: named by the town
    ("В Твери прошёл форум. Администрация города выделила гранты.", "Администрация Твери"),
    ("Мэр Твери Иван Сомов подписал постановление о днях открытых дверей в администрации города.",
     "Администрация Твери"),
    # near cases: a naming that names the town is kept as the name
    ("В Твери прошёл форум. Администрация города выделила гранты. Мэрия Твери сообщила об этом.", "Мэрия Твери"),
    ("В Твери прошёл форум. Тверская мэрия выделила гранты. Администрация города сообщила об этом.",
     "Тверская мэрия"),
])
def test_a_towns_administration_named_by_its_town(models, text, name):
    assert [o.name for o in analyze(text, models).organizations] == [name]
