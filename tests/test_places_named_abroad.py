"""A place of no country where no country dominates the text is of the one foreign country the text names, in a
text naming no place of Russia; else of the one country whose places its sentence or the one before names; never of
a country named as where its subject goes or comes from; and a town of another country listed only among places the
gazetteer does not know is a namesake of that country's (:mod:`nerpipe.resolve.named_abroad`)."""

from __future__ import annotations

import pytest

from .conftest import places_of

QUAKE = ("Землетрясение магнитудой 6,5 произошло в провинции Тамбалан на Филиппинах, сообщил Рамон Дакила. "
         "Толчки ощущались на острове Кабатуан. Сильнее всего пострадали Бангасан, Медельин и Лирайян, "
         "сообщил глава службы спасения.")
TWO_FLOODS = ("Наводнение во Вьетнаме\nВ провинциях Тханьхоа и Куангдинь вода поднялась до двух метров. "
              "Напомним, в октябре во Вьетнаме погибли 20 человек.\n"
              "В Таиланде вода затопила город Пхеткхан. В районе Сонгпхи погиб мужчина. Таиланд просит помощи.")


@pytest.mark.parametrize("text, surface, expected", [
    # the one foreign country a text naming no place of Russia names
    (QUAKE, "Бангасан", ("Бангасан", None, "PH")),
    (QUAKE, "острове Кабатуан", ("остров Кабатуан", None, "PH")),
    # a town of another country listed among them: the named country's namesake
    (QUAKE, "Медельин", ("Медельин", None, "PH")),
    # two countries: the one of the place's sentence, else of the sentence before
    (TWO_FLOODS, "Тханьхоа", ("Тханьхоа", None, "VN")),
    (TWO_FLOODS, "Куангдинь", ("Куангдинь", None, "VN")),
    (TWO_FLOODS, "город Пхеткхан", ("Пхеткхан", None, "TH")),
    (TWO_FLOODS, "районе Сонгпхи", ("район Сонгпхи", None, "TH")),
])
def test_a_place_of_no_country_takes_the_one_named_near(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a text about one region: its town, not of the foreign country its sentence names
    ("Делегация Китая приехала в Тверскую область. Гости осмотрели Кривцовскую ферму и город Ляньхэ.",
     "город Ляньхэ", ("Ляньхэ", "RU-TVE", "RU")),
    # a village of a text naming a place of Russia: no foreign country
    ("Делегация Китая провела переговоры в Тверской области. Гости посетили деревню Кривцово.",
     "деревню Кривцово", ("деревня Кривцово", "RU-TVE", "RU")),
    # a town of the named country's own stays its own
    ("Землетрясение произошло на Филиппинах. Толчки ощущались в Маниле и Бангасане.", "Маниле",
     ("Манила", None, "PH")),
])
def test_a_place_of_no_country_keeps_it(models, text, surface, expected):
    assert places_of(text, models).get(surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a foreign country's adjective in the sentence says whose, not where
    ("Модель Кира Ветрова выросла в семье учителей. После учёбы в Ляньхэ стала лицом американского бренда. Сейчас "
     "она живёт в Твери.", "Ляньхэ", ("Ляньхэ", None, None)),
])
def test_an_adjective_places_nothing(models, text, surface, expected):
    assert places_of(text, models).get(surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # another country's adjective in the sentence: no one country
    ("Лидеры встретились. После приёма у британской королевы в Кедринском дворце премьера поздравили из "
     "Соединённых Штатов.", "Кедринском дворце", ("Кедринский дворец", None, None)),
])
def test_a_sentence_of_two_countries_places_nothing(models, text, surface, expected):
    assert places_of(text, models).get(surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a town of another country the gazetteer knows, listed beside towns of the named country: its own country's
    ("Франция примет чемпионат. Игры пройдут в Лионе, Манчестере и Марселе.", "Манчестере",
     ("Манчестер", None, "GB")),
])
def test_a_known_town_beside_known_towns_keeps_its_country(models, text, surface, expected):
    assert places_of(text, models).get(surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a country its sentence names only as where someone goes or comes from: the place is where they set off
    ("Жители города Кедринска отправились на отдых в Турцию.", "города Кедринска", ("Кедринск", None, None)),
    ("Уроженец города Богульма Пётр Орлов в юности переехал в Германию.", "города Богульма",
     ("Богульма", None, None)),
    ("Рабочие из города Кедринска вернулись из Турции.", "города Кедринска", ("Кедринск", None, None)),
    ("Из города Кедринска туристы вылетели в Турцию.", "города Кедринска", ("Кедринск", None, None)),
    ("Завод города Кедринска поставил станки в Германию.", "города Кедринска", ("Кедринск", None, None)),
])
def test_a_country_gone_to_places_nothing_of_its_sentence(models, text, surface, expected):
    assert places_of(text, models).get(surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a text really about the country: the place named as a destination with it, or where it stands
    ("Туристы прилетели в Турцию. Они поселились в городе Кедринск.", "городе Кедринск", ("Кедринск", None, "TR")),
    ("Делегация прилетела в Турцию, в город Кедринск.", "город Кедринск", ("Кедринск", None, "TR")),
    ("Делегация прилетела в Турцию и посетила город Кедринск.", "город Кедринск", ("Кедринск", None, "TR")),
    ("Землетрясение в Турции разрушило дома в городе Кедринске.", "городе Кедринске", ("Кедринск", None, "TR")),
])
def test_a_country_gone_to_still_places_its_own(models, text, surface, expected):
    assert places_of(text, models).get(surface) == expected
