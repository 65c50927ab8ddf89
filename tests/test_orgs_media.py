"""Organizations' extent and canonical names: counted genitives after a name, ``„…“`` quotes,
online platforms as the place of writing, and the capital's bodies in a text about a country abroad."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_texts


def org_names(text, models) -> list[str]:
    return sorted(org.name for org in analyze(text, models).organizations)


@pytest.mark.parametrize("text, expected", [
    # a number word or figures before people count them: no part of the body's name
    ("Мэр ввёл в городское правительство несколько известных членов прежней команды.",
     ["Городское правительство"]),
    ("Против закона в составе областной думы 17 депутатов проголосовали вчера.", ["Областная дума"]),
    ("В правление фонда «Вектор» вошли пять новых членов.", ["Вектор", "Правление фонда «Вектор»"]),
    # natasha's span with the count taken in
    ("Против закона в составе Совета ветеранов 17 депутатов проголосовали вчера.", ["Совет ветеранов"]),
    ("Школа № 5 открылась после ремонта.", ["Школа № 5"]),
    # figures before a thing are an ordinal of the name
    ("Депутаты Палаты представителей 112 созыва собрались.", ["Палата представителей 112 созыва"]),
])
def test_a_counted_genitive_is_no_part_of_a_name(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Частный конный завод „Северный ветер“ продал трёх лошадей.", ["Северный ветер"]),
    ("Компания „Кедр“ объявила о выплатах.", ["Кедр"]),
    # a name kept with its legal form takes the canonical guillemets
    ("ООО „Кедр“ объявило о выплатах.", ["ООО «Кедр»"]),
    ("ООО “Кедр” объявило о выплатах.", ["ООО «Кедр»"]),
])
def test_a_name_in_low_quotes_is_named_without_them(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, absent, present", [
    ("Вчера Иван Сомов опубликовал в Facebook длинный пост. Позже Facebook удалил этот пост.",
     "Facebook", "Facebook"),
    ("У певицы два миллиона подписчиков в Инстаграме и миллион в Weibo.", "Weibo", None),
    ("Пользователь ЖЖ написал об этом.", "ЖЖ", None),
    ("Он купил детали на eBay.", "eBay", None),
    # the platform as an employer or an actor stays
    ("В 2010 году он перешёл на работу в Facebook.", None, "Facebook"),
    ("Компания Twitter оштрафована.", None, "Компания Twitter"),
])
def test_a_platform_where_one_writes_is_no_organization(models, text, absent, present):
    found = org_texts(text, models)
    if present is not None:
        assert present in found
    if absent is not None and absent != present:
        assert absent not in found
    if absent == present:
        assert found.count(absent) == 1


@pytest.mark.parametrize("text, country, region", [
    ("Инспекторы столичной полиции прибыли в Лондон. Мэр Лондона выступил в Лондоне. "
     "Премьер Великобритании поддержал их.", "GB", None),
    ("Инспекторы столичной полиции прибыли на Тверскую улицу. Москва ждёт.", "RU", "RU-MOW"),
])
def test_the_capitals_body_in_a_text_about_a_country_abroad(models, text, country, region):
    orgs = [org for org in analyze(text, models).organizations if org.name == "Столичная полиция"]
    assert [(org.country, org.region_code) for org in orgs] == [(country, region)]


@pytest.mark.parametrize("text, absent, present", [
    # a name after a kind of place names the place, whatever club has that name
    ("Бомба взорвалась в нью-йоркском районе Челси.", "Челси", None),
    ("Он живёт на улице Правды.", "Правды", None),
    # a cemetery or a station is a place, whatever adjectives name it
    ("Артиста похоронят на Новом Городском кладбище в Твери.", "Новом Городском кладбище", None),
    ("Поезд прибыл на Северный Речной вокзал.", "Северный Речной вокзал", None),
    ("Администрация Речного вокзала сообщила о задержке.", None, "Администрация Речного вокзала"),
    ("Челси обыграл Арсенал.", None, "Челси"),
    # ``с`` is a preposition here, no abbreviation of a village
    ("Учёные поделились данными с НАСА в среду.", None, "НАСА"),
])
def test_a_place_named_like_an_organization(models, text, absent, present):
    found = org_texts(text, models)
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("text, absent, present", [
    # a plural of a kind with a state's name is several bodies, not the one of the dictionary
    ("Вклады в банках Российской Федерации застрахованы.", "банках Российской Федерации", None),
    ("Вклады в Банке России застрахованы.", None, "Банке России"),
    # ``субъектов Федерации``: the state, no federation of a sport
    ("Главы субъектов Федерации получат новые автомобили.", "Федерации", None),
    ("Федерация хоккея объявила состав.", None, "Федерация хоккея"),
])
def test_no_body_of_the_dictionary_in_a_phrase_of_the_state(models, text, absent, present):
    found = org_texts(text, models)
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("text", [
    "Вчера Глеб Ракитин опубликовал в Facebook длинный пост.",
    "Вчера Нина Котова выступила в Telegram с обращением.",
])
def test_an_adverb_opening_a_sentence_is_no_organization(models, text):
    assert org_texts(text, models) == []


@pytest.mark.parametrize("text, expected", [
    ("Сотрудники УФСБ по Тверской области задержали курьера.", ["УФСБ по Тверской области"]),
    ("Прокуратура проверит УФССП по Москве.", ["УФССП по Москве"]),
    # a ``по`` phrase of no place stays out
    ("Отчёт УФНС по итогам года опубликован.", ["УФНС"]),
    # a federal body of the dictionary with the place it serves is its territorial body, not the federal one
    ("Сотрудники МВД по Томской области задержали курьера.", ["МВД по Томской области"]),
    ("В ФСБ по Республике Карелия подтвердили задержание.", ["ФСБ по Республике Карелия"]),
    ("Министерство внутренних дел по Республике Алтай сообщило о рейде.",
     ["Министерство внутренних дел по Республике Алтай"]),
    # … but not with a ``по`` phrase of no place
    ("Данные МВД по итогам года опубликованы.", ["Министерство внутренних дел Российской Федерации"]),
])
def test_a_territorial_office_named_by_its_abbreviation(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, region", [
    ("Сотрудники МВД по Томской области задержали курьера.", "RU-TOM"),
    ("В ФСБ по Республике Карелия подтвердили задержание.", "RU-KR"),
])
def test_a_territorial_body_of_the_dictionary_has_its_region(models, text, region):
    assert [org.region_code for org in analyze(text, models).organizations] == [region]


@pytest.mark.parametrize("text, expected", [
    # a kind of two words before a quoted name is no part of it, opening a sentence too
    ("Торговый дом «Кедр» открыл магазин.", ["Кедр"]),
    ("ИД «Вектор» сообщает о новых правилах. Издательский дом «Вектор» объявляет конкурс.", ["ИД «Вектор»"]),
    # before a person's name it is the name
    ("Издательский дом Сомова выпустил книгу.", ["Издательский дом Сомова"]),
])
def test_a_kind_of_two_words_before_a_name(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # an undeclined name of a place after its kind in the genitive belongs to the body's name
    ("Управа района Лесное объявляет о начале нового конкурса.", ["Управа района Лесное"]),
    # natasha's place that ran on to the verb after it
    ("Совет депутатов поселка Заречное собрался.", ["Совет депутатов поселка Заречное"]),
])
def test_a_place_named_after_its_kind_in_a_body(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Жалобу направили в Союз издателей и распространителей печатной продукции.",
     ["Союз издателей и распространителей печатной продукции"]),
    ("Представители Союза художников и скульпторов Тверской области выступили.",
     ["Союз художников и скульпторов Тверской области"]),
])
def test_genitives_joined_by_and_in_a_name(models, text, expected):
    assert org_names(text, models) == expected


def test_two_bodies_joined_by_and_stay_two(models):
    assert "завода и фабрики" not in " ".join(org_texts("Работники завода «Кедр» и фабрики вышли на улицы.", models))
