"""Places and bodies of round 51's fresh pages, by mechanism: a village or a district of no region takes
the region named nearest before it in a text about no one region; a place named by its name alone is the one the
text names with its noun; a village whose name a town shares is of the text's region; a state's body named without
a country in a text that never names Russia is of the one foreign country its sentence names."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, places_of


@pytest.mark.parametrize("text, surface, expected", [
    # the region named nearest before, where the text is about no one region
    ("Паводок охватил Хабаровский край. В Магаданской области введен режим ЧС. В поселке Зорькино уровень воды "
     "превысил критический.", "поселке Зорькино", ("поселок Зорькино", "RU-MAG", "RU")),
    ("В Магаданской области введен режим ЧС. Паводок охватил Хабаровский край. В поселке Зорькино уровень воды "
     "превысил критический.", "поселке Зорькино", ("поселок Зорькино", "RU-KHA", "RU")),
    ("В Хабаровском крае горят леса. Тем временем в Красноярском крае зарегистрировано 70 пожаров. Их площадь "
     "растёт. В Заречинском районе огонь подошёл к дорогам.", "Заречинском районе",
     ("Заречинский район", "RU-KYA", "RU")),
    # a river may cross several regions: none
    ("В Оренбургской области и Алтайском крае паводок. Вода в реке Кедровке поднялась на метр.", "реке Кедровке",
     ("река Кедровка", None, None)),
    # the nearest sentence naming regions names two: none
    ("Паводок затопил Азовский район Ростовской области и часть Краснодарского края. В хуторе Кедровом вода "
     "не доходила до ворот.", "хуторе Кедровом", ("хутор Кедровый", None, None)),
    # places of no noun listed after a village, or after ``соседних``: the village's region
    ("В Ростовской области паводок. Эвакуированы жители сел Зорькино, Мирошкино и Ленточное.", "Ленточное",
     ("Ленточное", "RU-ROS", "RU")),
    ("В Ростовской области и Краснодарском крае паводок. Вода пришла в Азовский район Ростовской области. "
     "Подобная картина - в соседних Зорькино, Мирошкино.", "Мирошкино", ("Мирошкино", "RU-ROS", "RU")),
    # a region passes from no village to the next, nor over more than three sentences
    ("Паводок охватил Хабаровский край. В Магаданской области введен режим ЧС. В поселке Зорькино уровень воды "
     "превысил критический. Спасатели работают. Дождь не прекращается. Метеорологи ждут похолодания. В деревне "
     "Кедрово упало дерево.", "деревне Кедрово", ("деревня Кедрово", None, None)),
    # in a text about one region, its region, however far
    ("В Магаданской области введен режим ЧС. Спасатели работают. Дождь не прекращается. Метеорологи ждут "
     "похолодания. Ветер усилился. В деревне Кедрово упало дерево.", "деревне Кедрово",
     ("деревня Кедрово", "RU-MAG", "RU")),
    # a foreign country named between: not the region named before it
    ("В Магаданской области и Хабаровском крае прошли дожди. В Китае наводнение затопило деревню Линьцунь.",
     "деревню Линьцунь",
     ("деревня Линьцунь", None, None)),
])
def test_a_village_takes_the_region_named_before_it(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a village named by its name alone after its noun: one place
    ("Жители покинули поселок Мирошкино, расположенный в Заречинском районе Карелии. Огонь перекинулся на "
     "Мирошкино в воскресенье.", "Мирошкино", ("поселок Мирошкино", "RU-KR", "RU")),
    ("В Нигерии боевики напали на деревню Малабу. Жителям Малабу удалось бежать.", "Малабу",
     ("деревня Малабу", None, "NG")),
    # a hamlet whose name a town of another region shares: the text's region's hamlet
    ("Праздник пройдет в Ульяновской области. Его проведут на хуторе Радужный, сообщили в администрации "
     "Ульяновской области.", "хуторе Радужный", ("хутор Радужный", "RU-ULY", "RU")),
])
def test_a_place_named_alone_is_the_one_named_with_its_noun(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, expected", [
    # a text that never names Russia: the one country of the sentence
    ("Министр Чили Хуан Мендоса прибыл в Буэнос-Айрес на переговоры. Его встретил министр Аргентины Карлос "
     "Рамос. Чилийского гостя сопровождают несколько членов Кабмина. Чили и Аргентина обсудят торговлю.",
     "Правительство Чили"),
    # a text that names Russia: the dictionary's
    ("Министр Чили Хуан Мендоса прибыл в Москву на переговоры. Его встретил министр Аргентины Карлос "
     "Рамос. Чилийского гостя сопровождают несколько членов Кабмина. Чили и Аргентина обсудят торговлю.",
     "Правительство Российской Федерации"),
])
def test_a_state_body_of_a_text_that_never_names_russia(models, text, expected):
    assert org_entity_names(text, models)["Кабмина"] == expected


def dates_of(models, text: str) -> list[tuple]:
    from nerpipe.dates import normalize_dates

    from .conftest import TODAY

    facts = normalize_dates(text, models.dates.find_raw(text), None, today=TODAY)
    return [(f.text, f.iso_from, f.iso_to) for f in facts]


@pytest.mark.parametrize("text, expected", [
    # each year of a list before a year with its word in the plural is a date of its own
    ("Он посещал Кедровию в 1998, 1999 и 2009 годах.",
     [("1998", "1998", "1998"), ("1999", "1999", "1999"), ("2009 годах", "2009", "2009")]),
    ("Бюджет на плановый период 2015 и 2016 годов приняли депутаты.",
     [("2015", "2015", "2015"), ("2016 годов", "2016", "2016")]),
    ("В 2005, 2007 и 2010 гг. завод выпускал станки.",
     [("2005", "2005", "2005"), ("2007", "2007", "2007"), ("2010 гг.", "2010", "2010")]),
    # a year with its word in the singular ends no list; numbers of another kind are no years
    ("Из 1200 и 2016 году не было ни одного.", [("2016 году", "2016", "2016")]),
    ("Тираж 1,2015 и 2016 годов вырос.", [("2016 годов", "2016", "2016")]),
])
def test_listed_years(models, text, expected):
    assert dates_of(models, text) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a town of a text about buying abroad is not of the country goods come from
    ("Завод в Кедровке закупил станки в Италии. Итальянские поставщики обещали привезти их в срок. В Кедровке "
     "ждут наладчиков из Италии.", "Кедровке", ("Кедровка", None, None)),
    ("Предприятие из Кедровки закупило оборудование в Германии. Немецкие станки уже установлены. Германия "
     "поставит ещё две линии.", "Кедровки", ("Кедровка", None, None)),
    # the preposition apart from the country's name by its adjective or noun (the syntax's ``case`` child)
    ("Завод в Кедровке закупил станки в соседней Италии. Итальянские поставщики обещали привезти их в срок. В "
     "Кедровке ждут наладчиков из Италии.", "Кедровке", ("Кедровка", None, None)),
    ("Завод в Кедровке закупил станки в Итальянской Республике. Итальянские поставщики обещали привезти их в "
     "срок. В Кедровке ждут наладчиков из Италии.", "Кедровке", ("Кедровка", None, None)),
    # a town where the text's country is: that country's
    ("Завод в Кедровке открылся в Италии. Итальянские власти довольны. Италия ждёт инвестиций.", "Кедровке",
     ("Кедровка", None, "IT")),
])
def test_a_town_of_a_purchase_abroad(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a body named by the adjective of a place the text puts in no foreign country: not that country's
    ("В Кедровке открывается производство прицепов из Германии. На базе Кедровского ремонтного завода одна из "
     "германских фирм откроет цех. Работников отправят на стажировку в Германию.", "Кедровского ремонтного завода",
     None),
    # whatever the place's name ends with, however short (the adjective read by its lemma, not by the name's letters)
    ("В Зорине открывается производство прицепов из Германии. На базе Зоринского ремонтного завода одна из "
     "германских фирм откроет цех. Работников отправят на стажировку в Германию.", "Зоринского ремонтного завода",
     None),
    ("В Твери открывается производство прицепов из Германии. На базе Тверского ремонтного завода одна из "
     "германских фирм откроет цех. Работников отправят на стажировку в Германию.", "Тверского ремонтного завода",
     None),
    # an adjective of another stem is no adjective of the place
    ("В Кедровке открывается производство прицепов из Германии. На базе Кедринского ремонтного завода одна из "
     "германских фирм откроет цех. Работников отправят на стажировку в Германию.", "Кедринского ремонтного завода",
     "DE"),
    # a body of a town of the text's country is that country's
    ("В Мюнхене прошла выставка. Мюнхенская компания «Кедр» представила станки. Германия готова продавать их.",
     "Мюнхенская компания «Кедр»", "DE"),
])
def test_a_body_of_a_home_place(models, text, surface, expected):
    from .conftest import analyze

    result = analyze(text, models)
    countries = {org.org_id: org.country for org in result.organizations}
    assert {m.text: countries.get(m.entity_id) for m in result.mentions if m.type == "ORG"}[surface] == expected


def inferred_dates(models, text: str) -> list[tuple]:
    from nerpipe.dates import read_dates

    from .conftest import TODAY

    return [(f.text, f.iso_from, f.year_inferred) for f in read_dates(text, models.dates.find_raw(text), None,
                                                                       today=TODAY).facts]


@pytest.mark.parametrize("text, expected", [
    # a copyright mark of one year dates a text of no publication date
    ("Губернатор выступит 28 апреля. Кедров, Пётр Зорин. © 2015, «Новый Кедров»",
     [("28 апреля", "2015-04-28", True)]),
    ("Сессия пройдёт 30 декабря, а отчёт будет 12 января. (c) 2016 Кедровские вести",
     [("30 декабря", "2016-12-30", True), ("12 января", "2016-01-12", True)]),
    # a range of years is the site's, not the text's
    ("Губернатор выступит 28 апреля. © 2001–2015 «Новый Кедров»",
     [("28 апреля", "--04-28", False), ("2001–2015", "2001", False)]),
    # no mark: no year
    ("Губернатор выступит 28 апреля.", [("28 апреля", "--04-28", False)]),
    # a photo's credit before the site's own mark: the last mark's year
    ("Губернатор выступит 28 апреля. Фото © 2012 Заморское агентство. © 2015, «Кедровские вести»",
     [("28 апреля", "2015-04-28", True)]),
])
def test_a_copyright_year_dates_the_text(models, text, expected):
    assert inferred_dates(models, text) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a foreign name the dictionary reads only as a dative, where the tagger reads a nominative: as written
    ("В Заморье сторонники оппозиции устроили погром в пригороде столицы, Кавангвару. Полиция Заморья задержала "
     "десятки человек.", "Кавангвару", "Кавангвару"),
    # after a town's noun in the nominative, a name that cannot be one: as written, and so after it in another case
    ("Больше всего пострадал город Палу. В городе Палу разрушены сотни домов.", "город Палу", "Палу"),
    ("Больше всего пострадал город Палу. В городе Палу разрушены сотни домов.", "городе Палу", "Палу"),
    # a name written alike after a noun in another case is one place
    ("Наводнение затопило провинцию Хубэй. В провинции Хубэй эвакуированы тысячи людей.", "провинцию Хубэй",
     "провинция Хубэй"),
    # a name alone is the place named with its division's noun
    ("Землетрясение затронуло провинции Ганьсу и Цинхай. В провинции Ганьсу погибли сто человек.", "Ганьсу",
     "провинция Ганьсу"),
    # a declined Russian name keeps its nominative
    ("Гуманитарную помощь отправили в Кедринск. Жители Кедринска благодарны.", "Кедринска", "Кедринск"),
])
def test_undeclined_foreign_names(models, text, surface, expected):
    assert places_of(text, models)[surface][0] == expected


@pytest.mark.parametrize("text, mentions, expected", [
    # a mention kept as written by a misreading (no noun before it) draws no declined mention to it
    ("Помощь отправили в Кедринске. В Кедринске тепло.", [("Кедринске", "Кедринске"), ("Кедринске", "Кедринск")],
     ["Кедринске", "Кедринск"]),
    # a name written alike after its noun in two cases: one place, as written
    ("Пострадал город Палу. В городе Палу разрушены дома.", [("город Палу", "Палу"), ("городе Палу", "Пал")],
     ["Палу", "Палу"]),
])
def test_a_declined_name_joins_only_an_undeclined_one(models, text, mentions, expected):
    from nerpipe.ner import analyze_text
    from nerpipe.places import Place
    from nerpipe.records import Span
    from nerpipe.resolve.unknown_places import join_undeclined_names

    analysis = analyze_text(text, models.tagger)
    places, start = {}, 0
    for surface, name in mentions:
        start = text.index(surface, start)
        places[Span(start, start + len(surface), "LOC")] = Place(name, "other", None, None)
        start += len(surface)
    joined = join_undeclined_names(analysis, places)
    assert [joined[span].name for span in sorted(joined, key=lambda span: span.start)] == expected
