"""Places and bodies of round 52's fresh pages, by mechanism: the settlements listed after their plural noun take
the region named before them; a settlement with its district or region in brackets right after it is of that
region; adjectives after the plural noun they share are each that place; a body many states have (a security
council, an investigative committee) named without a country in a text about a foreign country is that country's."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, places_of


@pytest.mark.parametrize("text, surface, expected", [
    # names listed after the plural noun of settlements and a dash or a colon: the region named before
    ("В Кедровском районе Иркутской области прошел паводок. Пострадали пять сел - Зорькино, Мирошкино и "
     "Ленточное.", "Мирошкино", ("Мирошкино", "RU-IRK", "RU")),
    ("В Магаданской области введен режим ЧС. Вода подтопила три населенных пункта: Зорькино, Мирошкино и "
     "Ленточное.", "Зорькино", ("Зорькино", "RU-MAG", "RU")),
    ("В Магаданской области введен режим ЧС. Вода пришла в населенные пункты Зорькино и Мирошкино.",
     "Зорькино", ("Зорькино", "RU-MAG", "RU")),
    # the sentence before names two regions: none
    ("В Магаданской области и Хабаровском крае паводок. Пострадали пять сел - Зорькино, Мирошкино и Ленточное.",
     "Мирошкино", ("Мирошкино", None, None)),
])
def test_settlements_listed_after_their_noun_take_the_region_before(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # the verb ``сел`` before a name is no noun of villages: the name takes no region from it
    ("В Магаданской области прошли учения. Он сел Зорькино-Мирошкино", "Зорькино-Мирошкино",
     ("Зорькино-Мирошкино", None, None)),
    # the noun of villages in any case: the region before
    ("В Магаданской области паводок. Вода дошла до сёл - Зорькино и Мирошкино.", "Зорькино",
     ("Зорькино", "RU-MAG", "RU")),
])
def test_only_a_noun_of_settlements_lists_them(models, text, surface, expected):
    assert places_of(text, models).get(surface, (surface, None, None)) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a region in brackets right after the settlement: its region
    ("У церкви хутора Кедровка (Тверская область) дежурят пожарные.", "хутора Кедровка",
     ("хутор Кедровка", "RU-TVE", "RU")),
    ("У церкви хутора Кедровка Тверской области дежурят пожарные.", "хутора Кедровка",
     ("хутор Кедровка", "RU-TVE", "RU")),
])
def test_a_settlement_takes_the_region_in_brackets_after_it(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # adjectives listed after the plural noun they share: each a district of its own, of the text's region
    ("В Тверской области горят леса. Очаги зарегистрированы в северных районах Заречинском, Луговом и "
     "Озёрском.", "Луговом", ("Луговой район", "RU-TVE", "RU")),
    ("В Тверской области горят леса. Очаги зарегистрированы в районах Заречинском и Озёрском.",
     "Заречинском", ("Заречинский район", "RU-TVE", "RU")),
    # the noun after them, as before
    ("Очаги зарегистрированы в Заречинском и Озёрском районах Тверской области.",
     "Заречинском", ("Заречинский район", "RU-TVE", "RU")),
])
def test_adjectives_after_a_plural_noun_are_places_of_that_noun(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a text about a foreign country: the body of that country
    ("Президент Армении Иван Заречный провел совещание в Ереване. В нем участвовал секретарь Совета "
     "безопасности. Позднее армянский лидер подписал указ. Армения ждёт реформ.", "Совета безопасности",
     "Совет Безопасности Армении"),
    ("Президент Белоруссии провел совещание в Минске. Белорусский лидер выслушал доклад Следственного комитета "
     "о беспорядках. Белоруссия ждёт реформ.", "Следственного комитета",
     "Следственный комитет Белоруссии"),
    # a text about Russia: Russia's
    ("Президент России провел совещание в Москве. Он выслушал доклад Следственного комитета о беспорядках.",
     "Следственного комитета", "Следственный комитет Российской Федерации"),
])
def test_a_body_many_states_have_is_the_foreign_countrys(models, text, surface, expected):
    assert org_entity_names(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # the initials of the ``Республика X`` name of the one foreign country a text is about: that country
    ("Кишинев, 16 июня. Правительство Молдавии ушло в отставку. Премьер-министр РМ Иван Заречный объявил об "
     "этом в Кишиневе.", "РМ", ("Молдавия", None, "MD")),
    ("Астана, 5 мая. Правительство Казахстана ушло в отставку. Премьер-министр РК Иван Заречный объявил об "
     "этом в Астане.", "РК", ("Казахстан", None, "KZ")),
    ("Сеул, 5 мая. Правительство Южной Кореи ушло в отставку. Премьер-министр РК Иван Заречный объявил об "
     "этом в Сеуле.", "РК", ("Южная Корея", None, "KR")),
])
def test_a_countrys_initials_in_a_text_about_it(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a settlement's name that does not decline, after its noun in another case: as written
    ("В хуторе Зорькино вода не доходила до ворот.", "хуторе Зорькино", ("хутор Зорькино", None, None)),
    ("Жители села Заречкино перекрыли дорогу.", "села Заречкино", ("село Заречкино", None, None)),
    # a place name the dictionary declines, read by the tagger in the nominative: declined, the one named with its
    # noun
    ("В селе Покровка остро стоит вопрос ремонта моста. Администрация сельсовета ведет подготовку к ремонту "
     "кладбищ в Абе, Машенке, Покровке.", "Покровке", ("село Покровка", None, None)),
])
def test_settlement_names_declined_or_not(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # an ocean or a sea is of no country, not of the one the text is about, nor of a town of its adjective's name
    ("Канцлер Германии заявил в Берлине, что Германия поддержит союзников. Пошлины вредят экономике по обе "
     "стороны Атлантики.", "Атлантики", ("Атлантический океан", None, None)),
    ("Канцлер Германии заявил в Берлине, что Германия поддержит союзников. Корабли вышли в Северное море.",
     "Северное море", ("Северное море", None, None)),
    ("Корабли флота стоят в Балтийском море.", "Балтийском море", ("Балтийское море", None, None)),
])
def test_seas_and_oceans_are_of_no_country(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a street's noun in the plural before a town: the town's streets, the town
    ("Протесты на улицах Каракаса начались вечером.", "Каракаса", ("Каракас", None, "VE")),
    ("На площадях Твери прошли концерты.", "Твери", ("Тверь", "RU-TVE", "RU")),
    # in the singular: a street's name
    ("Митинг прошёл на улице Чехова в Твери.", "Чехова", ("улица Чехова", "RU-TVE", "RU")),
    # in the plural before names no town: the streets of those names
    ("Ремонт прошёл на улицах Кедрова и Лесникова в Твери.", "Кедрова", ("улица Кедрова", "RU-TVE", "RU")),
])
def test_a_street_noun_in_the_plural_names_no_street(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a former subject that is a district of a region today, by its short name: of that region
    ("Лесные пожары тушат в Эвенкии.", "Эвенкии", ("Эвенкия", "RU-KYA", "RU")),
    ("На Таймыре выпал снег.", "Таймыре", ("Таймыр", "RU-KYA", "RU")),
    # the subject of history by its name: of no region of today
    ("Эвенкийский автономный округ объединили с краем в 2007 году.", "Эвенкийский автономный округ",
     ("Эвенкийский автономный округ", None, None)),
])
def test_former_subjects_of_today(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a text that counts in roubles: a bare finance ministry or central bank is Russia's, not the country of its one
    # foreign place
    ("Курс доллара вырос. ЦБ повысил ключевую ставку. Минфин разместил облигации на 20 млрд рублей. Нефть "
     "подешевела на бирже в Лондоне.", "Минфин", "Министерство финансов Российской Федерации"),
    ("Рубль укрепился к доллару. Минфин продал валюту, сообщил ЦБ. Инвесторы ждут решения в Вашингтоне.", "ЦБ",
     "Центральный банк Российской Федерации"),
    # another country's roubles: the text's country
    ("Белоруссия заняла у Китая. Минфин Белоруссии разместил облигации на 100 млн белорусских рублей. Минск ждет "
     "кредита. ЦБ повысил ставку.", "ЦБ", "Центральный банк Белоруссии"),
    # the body's sentence names a foreign country: that country's, roubles elsewhere or not
    ("В Казахстане Минфин разместил облигации на 20 млрд тенге. Курс тенге к рублю снизился.", "Минфин",
     "Министерство финансов Казахстана"),
    # the text names another currency (a foreign country's roubles beside Russia's): not Russia's
    ("Президент Белоруссии провел совещание в Минске. ЦБ повысил ставку. Курс белорусского рубля к курсу "
     "российского рубля снизился. Белоруссия ждёт реформ.", "ЦБ", "Центральный банк Белоруссии"),
    # another currency elsewhere, roubles in the body's own sentence: Russia's
    ("Курс тенге упал. Минфин разместил облигации на 20 млрд рублей. Торги прошли в Лондоне.", "Минфин",
     "Министерство финансов Российской Федерации"),
])
def test_a_text_counting_in_roubles_names_russias_money_bodies(models, text, surface, expected):
    assert org_entity_names(text, models)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # one word read in the plural by the adjective before the list that has no plural form: the singular
    ("Подобная картина - в соседних Зорьковке, Мирошкино, Курганах.", "Зорьковке", ("Зорьковка", None, None)),
    # a name in the plural stays plural
    ("Подобная картина - в соседних Зорьковке, Мирошкино, Курганах.", "Курганах", ("Курганы", None, None)),
])
def test_a_name_without_a_plural_is_named_in_the_singular(models, text, surface, expected):
    assert places_of(text, models)[surface] == expected
