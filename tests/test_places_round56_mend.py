"""Places of round 56's mends, by mechanism: a federal subject after ``город`` is a town only in apposition (not
the region's genitive: ``города Татарстана``), an unknown town then; a street's plural noun before a known town's
genitive names the town (``переулки Твери``), whichever street noun; the name after a street's noun in the
nominative (``переулок Заречный``); a village is of the region its own clause places it in (``в``, ``соседней``),
not of any region its sentence names."""

from __future__ import annotations

import pytest

from .conftest import analyze, places_of


def _kinds_of(text, models):
    result = analyze(text, models)
    by_id = {p.location_id: p for p in result.locations}
    return {m.text: by_id[m.entity_id].kind for m in result.mentions if m.type == "LOC" and m.entity_id in by_id}


@pytest.mark.parametrize("text, surface, expected", [
    # the region's genitive after a plural or a singular town noun: the region
    ("Крупнейшие города Татарстана получат новые трамваи.", "Татарстана", ("Республика Татарстан", "RU-TA", "RU")),
    ("Три города Башкирии и Кедровский район получат субсидии.", "города Башкирии",
     ("Республика Башкортостан", "RU-BA", "RU")),
    ("Кедровый завод построят во втором по величине городе Башкирии.", "Башкирии",
     ("Республика Башкортостан", "RU-BA", "RU")),
    ("В одном из городов Калмыкии открылась кедровая роща.", "городов Калмыкии",
     ("Республика Калмыкия", "RU-KL", "RU")),
    # in apposition to ``город``: a town of that name, no region
    ("Делегация Заречья отдыхала в городе Алания на побережье.", "городе Алания", ("Алания", None, None)),
    ("Делегация Заречья отдыхала в курортном городе Калмыкия.", "городе Калмыкия", ("Калмыкия", None, None)),
])
def test_a_subject_after_a_towns_noun_only_in_apposition(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface", [
    ("Делегация Заречья отдыхала в городе Алания на побережье.", "городе Алания"),
    ("Делегация Заречья отдыхала в курортном городе Калмыкия.", "городе Калмыкия"),
])
def test_a_subjects_name_in_apposition_is_an_unknown_town(models, text, surface):
    assert _kinds_of(text, models)[surface] == "other"


@pytest.mark.parametrize("text, surface, expected", [
    # a street's plural noun before a known town's genitive: the town's streets
    ("Переулки Твери и бульвары Казани украсили к празднику.", "Твери", ("Тверь", "RU-TVE", "RU")),
    ("Переулки Твери и бульвары Казани украсили к празднику.", "Казани", ("Казань", "RU-TA", "RU")),
    ("Дворники расчистят проезды Омска и тупики Томска.", "Омска", ("Омск", "RU-OMS", "RU")),
    # singular: the street
    ("Жители Ростовской области пожаловались на дорогу в переулке Заречном.", "Заречном",
     ("переулок Заречный", "RU-ROS", "RU")),
])
def test_a_street_nouns_plural_before_a_town(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # an adjective agreeing with the street's noun: in the nominative, of the noun's gender
    ("Жители Заречья жаловались на ямы на бульваре Кедровом.", "бульваре Кедровом", "бульвар Кедровый"),
    ("Жители Заречья жаловались на ямы в тупике Лесном.", "Лесном", "тупик Лесной"),
    ("Жители Заречья жаловались на ямы в проезде Сосновом.", "Сосновом", "проезд Сосновый"),
    # a name in the genitive: as written
    ("Жители Заречья жаловались на ямы на бульваре Кедрина.", "бульваре Кедрина", "бульвар Кедрина"),
    ("Жители Заречья жаловались на ямы в переулке Красной Зари.", "Красной Зари", "переулок Красной Зари"),
])
def test_a_street_name_in_the_nominative(models, text, surface, expected):
    assert places_of(text, models)[surface][0] == expected


_TVER = ("В Тверской области введен режим ЧС, сообщил губернатор Тверской области. В Тверской области подтоплены "
         "дома. ")


@pytest.mark.parametrize("text, surface, expected", [
    # a region its sentence names that does not place the village: the text's
    (_TVER + "Переселенцы из Омской области обосновались в селе Кедрово.", "селе Кедрово",
     ("село Кедрово", "RU-TVE", "RU")),
    (_TVER + "По примеру Омской области в селе Кедрово открыли школу.", "селе Кедрово",
     ("село Кедрово", "RU-TVE", "RU")),
    (_TVER + "В Омской области прошли учения, а в селе Кедрово открыли школу.", "селе Кедрово",
     ("село Кедрово", "RU-TVE", "RU")),
    # the region the village's clause places it in: that one
    (_TVER + "В Омской области были эвакуированы жители села Кедрово.", "села Кедрово",
     ("село Кедрово", "RU-OMS", "RU")),
    (_TVER + "В соседней Омской области были эвакуированы жители села Кедрово.", "села Кедрово",
     ("село Кедрово", "RU-OMS", "RU")),
    (_TVER + "Спасатели прибыли в Омскую область, в село Кедрово.", "село Кедрово",
     ("село Кедрово", "RU-OMS", "RU")),
])
def test_a_village_of_the_region_its_clause_places_it_in(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
