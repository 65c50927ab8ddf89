"""Villages, rivers and military districts: a village's name after its noun kept as written where it does not
decline with it, and the region named right after it or the one the text is about; a river after its noun, alone or
coordinated, never the town or region of its name; a military district, written out or by its initials, Russia's."""

from __future__ import annotations

import pytest

from .conftest import places_of


@pytest.mark.parametrize("text, surface, expected", [
    # a name in apposition, in the nominative whatever the noun's case, kept as written
    ("Пожар произошёл в деревне Кедрицы Заречного района.", "деревне Кедрицы", ("деревня Кедрицы", None, None)),
    ("Пожар произошёл в деревне Сосновское.", "деревне Сосновское", ("деревня Сосновское", None, None)),
    ("Дом сгорел в деревне Кедрово.", "деревне Кедрово", ("деревня Кедрово", None, None)),
    # a name declined with its noun stays declined to the nominative
    ("Пожар произошёл в деревне Ивановке.", "деревне Ивановке", ("деревня Ивановка", None, None)),
    ("Школу открыли в селе Заречёвском.", "селе Заречёвском", ("село Заречёвское", None, None)),
    # the region named right after the village, past its district
    ("Пять человек погибли при пожаре в деревне Кедрицы Кедринского района Брянской области.", "деревне Кедрицы",
     ("деревня Кедрицы", "RU-BRY", "RU")),
    ("Жители села Кедровый Лог Иркутской области остались без света.", "села Кедровый Лог",
     ("село Кедровый Лог", "RU-IRK", "RU")),
    # a text about one region: its villages are the region's
    ("В Тамбовской области горел дом. Пожар в посёлке Кедрицы потушили за час. Тамбовской области выделят деньги.",
     "посёлке Кедрицы", ("поселок Кедрицы", "RU-TAM", "RU")),
    # and its towns the gazetteer does not know, named by their noun
    ("В Тамбовской области горел дом. Тамбовской области выделят деньги. Маршрутка выехала из города Кедринска в "
     "сторону Тамбова.", "города Кедринска", ("Кедринск", "RU-TAM", "RU")),
    # not a town abroad its phrase names
    ("В Тамбовской области горел дом. Тамбовской области выделят деньги. Делегация из китайского города Ляньхэ "
     "приехала в Тамбов.", "города Ляньхэ", ("Ляньхэ", None, "CN")),
])
def test_villages(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("В Орске прорвало дамбу на реке Урал.", "реке Урал", ("река Урал", None, None)),
    ("Вода поднимается в реках Ишим и Тобол.", "Ишим", ("река Ишим", None, None)),
    ("Вода поднимается в реках Ишим и Тобол.", "Тобол", ("река Тобол", None, None)),
    # the town of that name elsewhere stays the town
    ("Лодки вышли на реку Урал и Оренбург встретил гонщиков салютом.", "Оренбург", ("Оренбург", "RU-ORE", "RU")),
    ("В Ишиме и Тобольске прошли выборы.", "Ишиме", ("Ишим", "RU-TYU", "RU")),
])
def test_rivers(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("Учения прошли в Южном военном округе.", "Южном военном округе", ("Южный военный округ", None, "RU")),
    ("Учения Западного военного округа начались. Пресс-служба сообщила, что ЗВО готов.", "ЗВО",
     ("Западный военный округ", None, "RU")),
    ("В Волгоградской области начались учения ЮВО. Командует учениями генерал Пётр Кедров.", "ЮВО",
     ("Южный военный округ", None, "RU")),
])
def test_military_districts(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a part of a town after its noun and the town's adjective: the town's region
    ("Мэр осмотрел дома в казанском микрорайоне Кедровка.", "Кедровка", ("Кедровка", "RU-TA", "RU")),
    ("Жители томского микрорайона Кедровка пожаловались мэру.", "Кедровка", ("Кедровка", "RU-TOM", "RU")),
    # a region centre's adjective in -ской of a soft stem (тверской: Тверь)
    ("Мэр осмотрел дома в тверском микрорайоне Зорька.", "Зорька", ("Зорька", "RU-TVE", "RU")),
    # no town's adjective: as before; nor an adjective of a common word that a town's name shares
    ("Мэр осмотрел дома в советском квартале Кедровка.", "Кедровка", ("Кедровка", None, None)),
    ("Мэр осмотрел дома в новом микрорайоне Кедровка.", "Кедровка", ("Кедровка", None, None)),
])
def test_parts_of_towns(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # federal districts by their adjectives alone, in a text that names one in full
    ("Край перешёл из Сибирского в Дальневосточный федеральный округ.", "Сибирского",
     ("Сибирский федеральный округ", None, "RU")),
    ("Край войдёт в Сибирский или Дальневосточный федеральный округ.", "Сибирский",
     ("Сибирский федеральный округ", None, "RU")),
    ("Край вошёл в Дальневосточный федеральный округ. Число полпредов в Сибирском и Приволжском округах сократят.",
     "Приволжском округах", ("Приволжский федеральный округ", None, "RU")),
    # no federal district named in full: the districts as written
    ("Число управ в Кедровском и Сосновском округах сократят.", "Сосновском округах",
     ("Сосновский округ", None, None)),
])
def test_federal_districts_by_their_adjectives(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # an adjective that opens a district's name, in a span of its own, is the district, not a town of its name
    ("Прошло заседание Совета Советского муниципального района. Главой администрации Советского муниципального "
     "района утверждён Пётр Кедров.", "Советского", ("Советский муниципальный район", None, None)),
    ("Прошло заседание Совета Советского муниципального района.", "Советского муниципального района",
     ("Советский муниципальный район", None, None)),
])
def test_a_districts_adjective_is_the_district(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a name read only in the plural is no town whose name has no plural
    ("Паводок затопил дома в соседних Сосновке и Курганах.", "Курганах", ("Курганы", None, None)),
    ("Учения прошли в Орлах.", "Орлах", ("Орлы", None, None)),
    # the towns themselves, and towns named in the plural or undeclined
    ("Выставка прошла в Кургане.", "Кургане", ("Курган", "RU-KGN", "RU")),
    ("Выставка прошла в Химках.", "Химках", ("Химки", "RU-MOS", "RU")),
    ("Выставка прошла в Шахтах.", "Шахтах", ("Шахты", "RU-ROS", "RU")),
    ("Выставка прошла в Сочи.", "Сочи", ("Сочи", "RU-KDA", "RU")),
])
def test_a_plural_is_no_town_of_one_number(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a state or a division of history named with a region's adjective: no region of today's
    ("В 1922 году была образована Якутская АССР.", "Якутская АССР", ("Якутская АССР", None, None)),
    ("В Тверской губернии открылся первый завод.", "Тверской губернии", ("Тверская губерния", None, None)),
    # the region itself, and a place of today named with its adjective, keep it
    ("В Тверской области открылся завод.", "Тверской области", ("Тверская область", "RU-TVE", "RU")),
])
def test_a_place_of_history_is_in_no_region_of_today(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


KUBAN = ("Ливни подтопили дома Краснодарского края. Власти Краснодарского края помогают жителям. Губернатор "
         "Краснодарского края ввёл режим ЧС. Жители станицы Кедровская остались без света. Паводок разрушил мост "
         "в Кедринском районе Бурятии, без связи остались жители села Кедрачи. В Краснодарском крае работает штаб.")


@pytest.mark.parametrize("text, surface, expected", [
    # a district before its region: of that region, not of the one the text is about
    (KUBAN, "Кедринском районе", ("Кедринский район", "RU-BU", "RU")),
    # a village of a sentence naming one region's district: of that region
    (KUBAN, "села Кедрачи", ("село Кедрачи", "RU-BU", "RU")),
    # the text is still about its region: the district counted once, by its region after it
    (KUBAN, "станицы Кедровская", ("станица Кедровская", "RU-KDA", "RU")),
    # a village of a sentence naming districts of two regions: of the one the text is about
    ("В Тамбовской области горел дом. Тамбовской области выделят деньги. Губернатор Тамбовской области доволен. "
     "В Тамбове рады. Гости из Кедринского района Бурятии и Кедровского района Омской области осмотрели ферму в "
     "селе Кедрачи.", "селе Кедрачи", ("село Кедрачи", "RU-TAM", "RU")),
])
def test_a_district_placed_by_its_region_after_it(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
