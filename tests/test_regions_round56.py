"""Places and bodies of round 56's fresh pages, by mechanism: a state's body named by its noun alone in a text
that names no place of Russia is the foreign country's the text is about, never one of a tie; a name after a lane's noun
is no town; a village in a sentence naming a region other than the text's is of that region; a subject's name after
``город`` is a town; a body named with a country's name is that country's; a body of many states is of no venue's
country; a place of no noun before a district's genitive is that district's settlement."""

from __future__ import annotations

import pytest

from .conftest import org_countries, org_entity_names, places_of

_TWO_COUNTRIES = ("Парламент Норвегии в четверг утвердил новое правительство. Его возглавил Кедр Ольсен, выпускник "
                  "университета в Бостоне. В кабмин вошли пять партий.")


@pytest.mark.parametrize("text, surface, expected", [
    # the country named in the body's sentence
    (_TWO_COUNTRIES, "правительство", "Правительство Норвегии"),
    # two countries named as often, one of them by its genitive with another of its bodies: that one's
    (_TWO_COUNTRIES, "кабмин", "Правительство Норвегии"),
    ("Делегация прилетит из Берлина в Осло. Парламент Норвегии утвердил бюджет. Кабмин одобрил законопроект.",
     "Кабмин", "Правительство Норвегии"),
    # one country named more often than all the others together
    ("Выборы в Норвегии завершились, итоги подвели в Осло. Правительство уйдёт в отставку. Переговоры о "
     "новом составе пройдут в Стокгольме.", "Правительство", "Правительство Норвегии"),
    # countries named as often, none the text's subject: not the first one named, Russia's
    ("Кабмин одобрил законопроект. Подписание соглашения пройдёт в Лондоне и в Париже.", "Кабмин",
     "Правительство Российской Федерации"),
    ("Кабмин одобрил законопроект. Делегация прилетит из Берлина в Лондон, а затем посетит Париж и Лондон.",
     "Кабмин", "Правительство Российской Федерации"),
])
def test_a_body_by_its_noun_in_a_text_naming_no_place_of_russia(models, text, surface, expected):
    assert org_entity_names(text, models)[surface] == expected


def test_a_body_by_its_noun_in_a_text_naming_russia_is_not_the_foreign_countrys(models):
    text = ("В среду премьер Норвегии Кедр Ольсен прибыл в Россию. Правительство одобрило визит главы кабмина "
            "Норвегии в Россию.")
    assert org_entity_names(text, models)["Правительство"] != "Правительство Норвегии"


@pytest.mark.parametrize("text, surface, expected", [
    # a name after an abbreviated lane's or street's noun is no town of another region
    ("Спасатели эвакуируют жителей в Ростовской области. Возникла угроза подтопления территорий у пер. Заречный и "
     "ул. Набережная в хуторе Кедровка Тацинского района.", "Заречный", ("переулок Заречный", "RU-ROS", "RU")),
    ("Спасатели эвакуируют жителей в Ростовской области. Возникла угроза подтопления территорий у пер. Заречный и "
     "ул. Набережная в хуторе Кедровка Тацинского района.", "хуторе Кедровка", ("хутор Кедровка", "RU-ROS", "RU")),
    ("Жители Ростовской области пожаловались на дорогу в переулке Заречном.", "Заречном",
     ("переулок Заречный", "RU-ROS", "RU")),
])
def test_a_name_after_a_lanes_noun_is_no_town(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a village in a sentence naming another region than the text's: that region's
    ("В Томской области введен режим ЧС, сообщил губернатор Томской области. В Томской области подтоплены дома. "
     "В соседней Омской области были эвакуированы жители села Кедрово.", "села Кедрово",
     ("село Кедрово", "RU-OMS", "RU")),
    # the sentence names no region: the text's
    ("В Томской области введен режим ЧС, сообщил губернатор Томской области. В Томской области подтоплены дома. "
     "Были эвакуированы жители села Кедрово.", "села Кедрово", ("село Кедрово", "RU-TOM", "RU")),
])
def test_a_village_in_a_sentence_naming_another_region(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a federal subject's name after the noun of a town: a town of that name, no region of Russia
    ("Министры встретятся в Турции в четверг. Переговоры пройдут в городе Алания на побережье.", "городе Алания",
     None),
    ("Министры встретятся в Турции в четверг. Переговоры пройдут в турецком городе Калмыкия.", "городе Калмыкия",
     None),
    # the subject named so stays itself
    ("Министры встретятся в Республике Калмыкия в четверг.", "Республике Калмыкия", "RU-KL"),
])
def test_a_subjects_name_after_a_towns_noun(models, text, surface, expected):
    places = places_of(text, models)
    assert places[surface][1] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a body whose name holds a country's name: that country's, not the text's
    ("В Нигерии прошли выборы. В Нигерии победил Кедр Обасе. Нигерия ждёт итогов, сообщает телеканал «Россия 7».",
     "телеканал «Россия 7»", None),
    ("В Нигерии прошли выборы. В Нигерии победил Кедр Обасе. Нигерия ждёт итогов, сообщила компания «Казахстан "
     "Кедр Ойл».", "компания «Казахстан Кедр Ойл»", "KZ"),
    # a country's name that is no first word of the name, or a pronoun's homograph: the text's country
    ("В Нигерии прошли выборы. В Нигерии победил Кедр Обасе. Нигерия ждёт итогов, сообщила компания «Кедр Чад "
     "Ойл».", "компания «Кедр Чад Ойл»", "NG"),
    ("В Нигерии прошли выборы. В Нигерии победил Кедр Обасе. Нигерия ждёт итогов, сообщил завод Того Кедра.",
     "Того Кедра", "NG"),
])
def test_a_body_named_with_a_countrys_name(models, text, surface, expected):
    assert org_countries(text, models).get(surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a body of many states: not of the country where it meets
    ("По итогам заседания Совета глав государств-членов КДО, прошедшего в столице Катара, принята декларация. "
     "Встреча в Дохе завершилась.", "Совета глав государств-членов КДО", None),
    ("Форум стран-экспортеров кедра, прошедший в Дохе, завершился. Катар принял делегации, а Доха украсила улицы.",
     "Форум стран-экспортеров кедра", None),
])
def test_a_body_of_many_states_is_of_no_venues_country(models, text, surface, expected):
    assert org_countries(text, models).get(surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a place the gazetteer lacks right before a district's genitive: a settlement of that district
    ("Три семьи из Кедрового Увала Мазановского района получили ключи. В Амурской области программа продолжится.",
     "Кедрового Увала", ("Кедровый Увал", "RU-AMU", "RU")),
    ("Три семьи из Кедрового Увала Мазановского района Амурской области получили ключи. В Тверской области "
     "программа продолжится, сообщил губернатор Тверской области.", "Кедрового Увала",
     ("Кедровый Увал", "RU-AMU", "RU")),
])
def test_a_place_before_a_districts_genitive(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
