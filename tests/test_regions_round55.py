"""Places of round 55's fresh pages, by mechanism: a common noun or an adverb opening a sentence is no place; a
one-word place in capitals opening a dateline is a place, not a body; a district named after its centre town is
in that town's region, unless many districts share its name; a settlement named by an adjective alone is in no
region of a town of that adjective's."""

from __future__ import annotations

import pytest

from .conftest import analyze, places_of


@pytest.mark.parametrize("text, gone, kept", [
    ("Землетрясение в Заречии: есть жертвы\n\nМагнитуда землетрясения оценивается по-разному – от 5,9 до 6,6 балла. "
     "Оно произошло в 07:45 по местному времени.", ("Магнитуда",), ("Заречии",)),
    ("Пётр Заречный впервые за 13 лет может проиграть выборы\n\nРовно через неделю, возможно, сменится власть в "
     "Заречии.", ("Ровно",), ("Заречии",)),
    # a town opening a sentence stays one
    ("Тамбов встретил гостей дождём. Пенза ждёт их в субботу.", (), ("Тамбов", "Пенза")),
])
def test_a_word_opening_a_sentence_that_names_no_place(models, text, gone, kept):
    places = places_of(text, models)
    assert not set(gone) & set(places)
    assert set(kept) <= set(places)


@pytest.mark.parametrize("text, surface, expected", [
    ("Тамбовская область в I кв произвела продукции на 12,6 млрд рублей\n\nТАМБОВ, 4 мая — РИА Новости. Объем "
     "валовой продукции сельского хозяйства в Тамбовской области вырос.", "ТАМБОВ", ("Тамбов", "RU-TAM", "RU")),
    ("Пензенская область в I кв произвела продукции на 2 млрд рублей\n\nПЕНЗА, 4 мая — РИА Новости. Объем "
     "продукции вырос на 5%.", "ПЕНЗА", ("Пенза", "RU-PNZ", "RU")),
])
def test_a_dateline_in_capitals_is_a_place(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
    assert not [m for m in analyze(text, models).mentions if m.text == surface and m.type == "ORG"]


@pytest.mark.parametrize("text, tagged, expected", [
    # one mechanism for a dateline's place of any number of words, whatever the tagger made of it
    ("НИЖНИЙ НОВГОРОД, 12 мар - Новости. Заседание состоится в пятницу.", None, "НИЖНИЙ НОВГОРОД"),
    ("НИЖНИЙ НОВГОРОД, 12 мар - Новости. Заседание состоится в пятницу.", "PER", "НИЖНИЙ НОВГОРОД"),
    ("ВЕРХНИЕ ЛУГИ, 14 апреля. /Новости/. Заседание совета состоится в пятницу.", "PER", "ВЕРХНИЕ ЛУГИ"),
    ("ВЕРХНИЕ ЛУГИ, 14 апреля. /Новости/. Заседание совета состоится в пятницу.", "ORG", "ВЕРХНИЕ ЛУГИ"),
    ("ТАМБОВ, 4 мая — Новости. Объем продукции вырос.", "ORG", "ТАМБОВ"),
    # no day of a month after the comma: no dateline; words the tagger left and the gazetteer does not know: none
    ("ГЛАВНОЕ УПРАВЛЕНИЕ, 12 человек. Заседание совета состоится в пятницу.", "ORG", None),
    ("ВЕРХНИЕ ЛУГИ, 14 апреля. /Новости/. Заседание совета состоится в пятницу.", None, None),
])
def test_the_place_of_a_dateline_of_any_words(models, text, tagged, expected):
    from nerpipe.records import LOC, Span
    from nerpipe.spans.datelines import place_datelines

    head = text[:text.index(",")]
    spans = [Span(0, len(head), tagged)] if tagged else []
    places = [text[span.start:span.end] for span in place_datelines(text, spans, models.gazetteer) if span.type == LOC]
    assert places == ([expected] if expected else [])


@pytest.mark.parametrize("text, surface, expected", [
    # a district named after its centre town: the town's region
    ("В Кстовском районе в связи с паводком объявлен режим чрезвычайной ситуации.", "Кстовском районе",
     ("Кстовский район", "RU-NIZ", "RU")),
    ("Глава администрации сообщил, что в Елизовском районе подтоплены дома.", "Елизовском районе",
     ("Елизовский район", "RU-KAM", "RU")),
    # a district's name many towns' districts share: no region of a town of that stem (Советск, Киров)
    ("В Советском районе прошли обыски, сообщил Пётр Заречный.", "Советском районе", ("Советский район", None, None)),
    ("В Кировском районе отремонтируют дороги.", "Кировском районе", ("Кировский район", None, None)),
    # an adjective that names a town itself (Волжский, and the town Волжск): no region of either
    ("В Волжском районе отремонтируют дороги.", "Волжском районе", ("Волжский район", None, None)),
])
def test_a_district_is_in_the_region_of_its_centre_town(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, expected, post_region", [
    # a district placed by its centre town places that district only where another district stays of no region
    # or the districts' towns are of two regions: no region of the text, the governor's none
    ("Губернатор Пётр Заречный посетил Кстовский район и Колпинский район.",
     {"Кстовский район": "RU-NIZ", "Колпинский район": None}, None),
    ("Губернатор Пётр Заречный посетил Кстовский район и Балаковский район.",
     {"Кстовский район": "RU-NIZ", "Балаковский район": "RU-SAR"}, None),
    # the districts the only places of a text, all of one region: the region the text is about
    ("Губернатор Пётр Заречный посетил Кстовский район. Там открыли школу в деревне Кедровке.",
     {"Кстовский район": "RU-NIZ"}, "RU-NIZ"),
    ("Глава района Олег Лисин открыл мост в Кстовском районе.", {"Кстовском районе": "RU-NIZ"}, "RU-NIZ"),
    # the text's region, named, still places the district and the governor
    ("Губернатор Нижегородской области Пётр Заречный посетил Кстовский район.",
     {"Кстовский район": "RU-NIZ"}, "RU-NIZ"),
])
def test_a_district_placed_by_its_town_is_the_texts_region_only_alone(models, text, expected, post_region):
    assert {surface: place[1] for surface, place in places_of(text, models).items() if surface in expected} \
        == expected
    assert [fact.region_code for fact in analyze(text, models).positions] == [post_region]


def test_a_see_named_by_a_towns_adjective_alone_keeps_the_towns_region(models):
    # a masculine adjective alone (a bishop's see) is still its town's
    text = "Литургию возглавил епископ Кудымкарский и Верещагинский Пётр."
    assert places_of(text, models)["Кудымкарский"][1] == "RU-PER"


def test_a_settlement_named_by_an_adjective_alone_is_no_towns(models):
    # ``Комсомольское`` is the adjective of the town Комсомольск (Ivanovo) but names a settlement of its own
    text = ("Паводок затронул четыре сельских муниципальных образования: Комсомольское, Заречное, Луговское и "
            "Кедровское.")
    places = places_of(text, models)
    assert places["Комсомольское"][1] is None


@pytest.mark.parametrize("text, surface, expected", [
    # a foreign name unknown to the dictionary whose guessed nominative only swaps ``-и`` for ``-ь``: as written
    ("Толчки ощущались в соседних областях Чжаоцзи и Ханьлун, а также в провинции Хуаньси.", "провинции Хуаньси",
     "провинция Хуаньси"),
    ("Толчки ощущались в соседних областях Чжаоцзи и Ханьлун.", "Чжаоцзи", "Чжаоцзи"),
])
def test_a_foreign_name_in_i_is_written_as_named(models, text, surface, expected):
    assert places_of(text, models)[surface][0] == expected


@pytest.mark.parametrize("text, expected", [
    # the seat of a state's power named without the state: that state's in a text naming a place of it
    ("Президент Заречии Пётр Орлов прибыл в Вашингтон. Переговоры с Иваном Кедровым прошли в Белом доме. Позже "
     "Кедров посетил Канаду.", "US"),
    # no place of it named: of no state, not the one the text is about
    ("Президент Заречии Пётр Орлов прибыл в Оттаву. Переговоры с Иваном Кедровым прошли в Белом доме. Позже "
     "Кедров посетил Канаду.", None),
    # a place of the state named, but not in the seat's sentence or the one before: of no state
    ("Президент Заречии Пётр Орлов прибыл в Вашингтон. Он провёл там три дня. Стороны обсудили торговлю. Вечером "
     "у Белого дома собрались сторонники Ивана Кедрова.", None),
])
def test_a_seat_of_power_is_of_its_state_only(models, text, expected):
    surface = next(surface for surface in places_of(text, models) if surface.startswith("Бел"))
    assert places_of(text, models)[surface][2] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # the seats are a resource of buildings, each with its state, matched by lemmas in any case
    ("Президент Заречии Пётр Орлов прибыл в Париж, где в Елисейском дворце его встретил Иван Кедров.",
     "Елисейском дворце", "FR"),
    ("Делегация Заречии прибыла в Лондон. Переговоры прошли на Даунинг-стрит.", "Даунинг-стрит", "GB"),
])
def test_a_seat_of_power_from_the_resource(models, text, surface, expected):
    assert places_of(text, models)[surface][2] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # the place a competition or its winner is named after, which the tagger leaves untagged
    ("Новым чемпионом Европы стал гроссмейстер Пётр Кедров.", "Европы", "Европа"),
    ("Матч между чемпионом мира и чемпионом Европы проводится впервые.", "Европы", "Европа"),
    ("В Заречном проходил седьмой личный чемпионат Азии по шахматам.", "Азии", "Азия"),
])
def test_the_place_of_a_contest_is_a_place(models, text, surface, expected):
    assert places_of(text, models)[surface][0] == expected


def test_a_country_left_untagged_in_a_list_is_a_place(models):
    text = ("Список стран-участниц: Коста Рика • Эквадор • Египет • Эль Сальвадор • Эфиопия • Грузия • Греция • Ирак "
            "• Иордания • Казахстан • Кувейт • Ливан • Ливия • Маврикий • Молдавия • Марокко")
    places = places_of(text, models)
    assert places["Эфиопия"][2] == "ET"
    assert places["Маврикий"][2] == "MU"


@pytest.mark.parametrize("text, gone", [
    # a country's name that opens a sentence as a pronoun first, or a name in quotes: left as the tagger left it
    ("Того и следовало ожидать: Пётр Кедров подал в отставку.", "Того"),
])
def test_a_word_read_first_as_no_place_stays_untagged(models, text, gone):
    assert gone not in places_of(text, models)


@pytest.mark.parametrize("text, expected", [
    # a body named with ``из`` and a foreign country after it: that country's, not the one the text is about
    ("При нападении боевиков в Найроби погибли 59 человек. Президент Кении пообещал расправиться с ними. "
     "Ответственность взяла на себя группировка Кедр-Шабаб из Сомали. Кения вводит режим ЧС.", ("Кедр-Шабаб", "SO")),
    ("Компания «Кедрон» из Японии купила завод в Кении. Кения рада инвестициям.", ("Кедрон", "JP")),
])
def test_a_body_from_a_country_is_of_it(models, text, expected):
    name, country = expected
    assert {org.country for org in analyze(text, models).organizations if org.name.startswith(name)} == {country}


@pytest.mark.parametrize("text, surface", [
    # waters between states: of no country the text or its sentence names
    ("Заседание совета министров иностранных дел стран Персидского залива прошло в Дохе. Министр иностранных дел "
     "Омана Пётр Кедров заявил, что совет поддержал инициативу.", "Персидского залива"),
])
def test_a_sea_is_of_no_country(models, text, surface):
    assert places_of(text, models)[surface][2] is None
