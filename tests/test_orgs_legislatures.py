"""One body for a region's legislature however a text names it (:mod:`nerpipe.resolve.legislatures`):
``Парламент`` of a region, ``Заксобрание`` and a level's ``парламент`` are the legislature the text names by
its own name."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # the region's parliament beside its legislature's own name: that legislature
    ("Законодательное собрание Омской области приняло закон о парках. Парламент Омской области собрался "
     "в мае.", "Парламент Омской области", "Законодательное собрание Омской области"),
    ("Дума Ставропольского края приняла закон о рынках. Парламент Ставропольского края соберётся вновь в мае.",
     "Парламент Ставропольского края", "Дума Ставропольского края"),
    # the compound written out, and one body with the name written in full
    ("Заксобрание Тверской области одобрило бюджет. Законодательное собрание Тверской области соберётся вновь "
     "в мае.", "Заксобрание Тверской области", "Законодательное собрание Тверской области"),
    # a level's parliament in a text naming one legislature
    ("Депутаты Законодательного собрания Новгородской области собрались на сессию. На сессии регионального "
     "парламента обсудили дороги.", "регионального парламента", "Законодательное собрание Новгородской области"),
    ("Законодательное собрание области собралось на сессию. На сессии регионального парламента выступил "
     "губернатор.", "регионального парламента", "Законодательное собрание области"),
    ("Депутаты Законодательного собрания Омской области собрались на сессию. Областной парламент обсудил "
     "дороги.", "Областной парламент", "Законодательное собрание Омской области"),
])
def test_a_regions_legislature_is_one_body(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, absent", [
    # two legislatures named: a level's parliament is neither
    ("Законодательное собрание Омской области и Законодательное собрание Тверской области подписали соглашение. "
     "Региональный парламент обсудил его в мае.", "Региональный парламент",
     {"Законодательное собрание Омской области", "Законодательное собрание Тверской области"}),
    # a foreign parliament stays its country's
    ("Законодательное собрание Омской области приняло закон. Парламент Грузии обсудил его в мае.",
     "Парламент Грузии", {"Законодательное собрание Омской области"}),
    # a town's parliament is not the region's
    ("Законодательное собрание Омской области приняло закон. Городской парламент Омска обсудил его в мае.",
     "Городской парламент Омска", {"Законодательное собрание Омской области"}),
    # another region's parliament is not this region's legislature
    ("Законодательное собрание Омской области приняло закон. Парламент Тверской области обсудил его в мае.",
     "Парламент Тверской области", {"Законодательное собрание Омской области"}),
])
def test_a_parliament_not_made_a_legislature(models, text, mention, absent):
    assert org_entity_names(text, models).get(mention) not in absent


@pytest.mark.parametrize("text, mention, expected", [
    # ``ЗС`` in a text about one region: its legislature, and so its press service
    ("Депутаты Омской области собрались на сессию. Как сообщает пресс-служба ЗС, закон принят.", "ЗС",
     "Законодательное собрание Омской области"),
    ("Депутаты Омской области собрались на сессию. Как сообщает пресс-служба ЗС, закон принят.",
     "пресс-служба ЗС", "Пресс-служба законодательного собрания Омской области"),
    ("Депутаты ЗС Омской области собрались на сессию. Как сообщает пресс-служба ЗС, закон принят.",
     "пресс-служба ЗС", "Пресс-служба законодательного собрания Омской области"),
    # a place's adjective keeps its capital in a unit's name
    ("В Омской области депутаты облдумы приняли закон. Об этом сообщила пресс-служба облдумы.",
     "пресс-служба облдумы", "Пресс-служба Омской областной думы"),
    # no region: as written
    ("Депутаты ЗС собрались на сессию. Как сообщает пресс-служба ЗС, закон принят.", "ЗС", "ЗС"),
    # another abbreviation with a level's adjective stays the federal body's office
    ("В Омской области прошли учения. Как сообщает пресс-служба областного МЧС, пожар потушен.",
     "пресс-служба областного МЧС", "Пресс-служба областного МЧС"),
])
def test_a_legislature_named_by_its_abbreviation(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # compounds of ``законодательный`` written out, as the legislature the text names
    ("Депутаты Законодательной Думы Хабаровского края собрались на сессию. Фракцию в Закдуме Хабаровского края "
     "возглавил Пётр Сомов.", "Закдуме Хабаровского края", "Законодательная Дума Хабаровского края"),
    ("Депутаты Законодательного собрания Омской области собрались на сессию. Коммунисты хотят расширить свою "
     "фракцию в ЗакСе.", "ЗакСе", "Законодательное собрание Омской области"),
    # a level's legislature named with a time's adjective or its convocation
    ("Депутаты Законодательной Думы Хабаровского края собрались на сессию. В новом краевом парламенте три "
     "фракции.", "новом краевом парламенте", "Законодательная Дума Хабаровского края"),
    ("Депутаты Законодательной Думы Хабаровского края собрались на сессию. Оргкомитет готовит первое заседание "
     "краевой Думы седьмого созыва.", "краевой Думы седьмого созыва", "Законодательная Дума Хабаровского края"),
    ("Депутаты Законодательного собрания Омской области собрались на сессию. Заседание областного парламента "
     "шестого созыва пройдёт в мае.", "областного парламента шестого созыва",
     "Законодательное собрание Омской области"),
    # a level's noun the region's body is made of: the legislature the text names by its full name
    ("Депутаты Законодательной Думы Хабаровского края собрались на сессию. Первое заседание краевой Думы "
     "пройдёт в мае.", "краевой Думы", "Законодательная Дума Хабаровского края"),
])
def test_a_legislature_named_another_way(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a town's duma stays the town's
    ("Депутаты Законодательной Думы Хабаровского края собрались на сессию. Хабаровская городская дума "
     "собралась в мае.", "Хабаровская городская дума", "Хабаровская городская дума"),
    # a legislature's own name alone stays as it is
    ("Депутаты собрались на сессию. Псковское областное собрание приняло закон.", "Псковское областное собрание",
     "Псковское областное собрание"),
    # two legislatures named: a new level's parliament is neither
    ("Законодательное собрание Омской области и Законодательное собрание Тверской области подписали соглашение. "
     "Новый региональный парламент обсудил его в мае.", "Новый региональный парламент", "Новый региональный парламент"),
    # a foreign parliament with a time's adjective stays its own
    ("Законодательное собрание Омской области приняло закон. Новый парламент Грузии обсудил его в мае.",
     "Новый парламент Грузии", "Новый парламент Грузии"),
])
def test_a_legislature_near_case_kept(models, text, mention, expected):
    assert org_entity_names(text, models).get(mention, mention) == expected


@pytest.mark.parametrize("text, mention, absent", [
    # a chamber of another noun than the legislature's: not the legislature
    ("Депутаты Законодательного Собрания Омской области собрались на сессию. Пресс-секретарь областной думы "
     "Иван Сомов рассказал о работе.", "областной думы", "Законодательное Собрание Омской области"),
    ("Депутаты Законодательного Собрания Омской области собрались на сессию. Кандидатов в депутаты облдумы "
     "утвердили в мае.", "облдумы", "Законодательное Собрание Омской области"),
])
def test_a_chamber_of_another_noun_kept(models, text, mention, absent):
    assert org_entity_names(text, models).get(mention) != absent


@pytest.mark.parametrize("text, mention, expected", [
    # a region's legislature named with its convocation and no region, in a text about one region
    ("Губернатор Тверской области Олег Пастухов подписал указ. Депутаты Законодательного собрания пятого созыва "
     "одобрили бюджет.", "Законодательного собрания пятого созыва", "Законодательное собрание Тверской области"),
    ("Губернатор Тверской области Олег Пастухов подписал указ. Депутаты областной Думы пятого созыва одобрили "
     "бюджет.", "областной Думы пятого созыва", "Тверская областная дума"),
])
def test_a_legislature_by_its_convocation_is_the_regions(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


def test_a_legislature_by_its_convocation_in_a_text_of_no_region_stays(models):
    text = "Депутаты Законодательного собрания пятого созыва одобрили бюджет."
    assert org_entity_names(text, models)["Законодательного собрания пятого созыва"] \
        == "Законодательное собрание пятого созыва"


@pytest.mark.parametrize("text, mention, expected", [
    # a foreign state's parliament: the one legislature of that state the text names by its own name
    ("Кнессет принял закон о банках. Парламент Израиля собрался вновь в мае.", "Парламент Израиля", "Кнессет"),
    ("Верховная рада Украины приняла закон о банках. Депутаты попросили пригласить в парламент министра "
     "Петра Заречного.", "парламент", "Верховная рада Украины"),
    ("В Германии прошли выборы. Половину депутатов избранного парламента дают округа. Партия контролирует "
     "меньше половины мест в бундестаге.", "парламента", "Бундестаг"),
    # the noun alone for the whole name, opening a headline
    ("Рада в закрытом режиме заслушает министров. Верховная рада Украины во вторник проведёт закрытое "
     "заседание.", "Рада", "Верховная рада Украины"),
    # any noun of a legislature the text names in more words, alone: that legislature
    ("Сейм Литвы принял закон о банках. Сейм соберётся вновь в мае.", "Сейм", "Сейм Литвы"),
])
def test_a_states_parliament_is_its_legislature(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, absent", [
    # two states' legislatures named: a parliament of no state is neither
    ("Бундестаг принял закон о банках. Кнессет тоже. Парламент собрался вновь в мае.", "Парламент",
     {"Бундестаг", "Кнессет"}),
    # another state's parliament is not the legislature named
    ("Кнессет принял закон о банках. Парламент Грузии обсудил его в мае.", "Парламент Грузии", {"Кнессет"}),
    # a body of people of the state named with a legislature's noun is no legislature
    ("Парламент Канады принял закон о пасеках. Всемирный конгресс пчеловодов Канады выступил против закона.",
     "Парламент Канады", {"Всемирный конгресс пчеловодов Канады"}),
    ("Парламент Бразилии принял закон о садах. Международный конгресс садоводов Бразилии осудил закон.",
     "Парламент Бразилии", {"Международный конгресс садоводов Бразилии"}),
])
def test_a_parliament_not_made_a_states_legislature(models, text, mention, absent):
    assert org_entity_names(text, models).get(mention) not in absent


@pytest.mark.parametrize("name, expected", [
    # a time adjective whose first lemma pymorphy gives is a verb's (``действующий`` → ``действовать``)
    ("действующая краевая дума", ["краевой", "дума"]), ("новая краевая дума", ["краевой", "дума"]),
    ("краевая дума", ["краевой", "дума"]),
])
def test_a_legislatures_name_without_its_time_adjectives(models, name, expected):
    from nerpipe.resolve.legislatures import _without_times

    assert _without_times(name.split(), models.gazetteer.morph) == expected
