"""Organizations in business and world news: a name and a capitalised kind word after it in an oblique case, a
sentence's opening noun before a body the dictionary knows, one body per Latin or quoted name in a document,
and the country of a body by the phrases of all its mentions, not by a country the text names once."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.resolve.organizations import ResolvedOrg
from nerpipe.resolve.same_names import join_same_names

from .conftest import analyze, org_entity_names, org_texts


@pytest.mark.parametrize("text, mention, name", [
    # a name the kind word does not govern: the kind word heads the name and takes the nominative
    ("Переговоры «Пихты» с Кедр Банком затянулись.", "Кедр Банком", "Кедр Банк"),
    ("Сделку одобрили в Лорикс Капитале.", "Лорикс Капитале", "Лорикс Капитал"),
    ("Выплаты клиентам Хоувер Кредит Банка начнутся в мае.", "Хоувер Кредит Банка", "Хоувер Кредит Банк"),
])
def test_kind_word_after_a_name_takes_the_nominative(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # the kind word declined with its adjective, or a body's unit before it: the genitive is the unit's
    ("Переговоры «Пихты» с Кедровым Банком затянулись.", "Кедровым Банком", "Кедровый Банк"),
    ("Члены Правления Банка Кедрофф молчат.", "Правления Банка Кедрофф", "Правление Банка Кедрофф"),
    ("Правление Вельтон Банка собралось в среду.", "Правление Вельтон Банка", "Правление Вельтон Банка"),
    ("Совет директоров Хоувер Банка собрался в среду.", "Совет директоров Хоувер Банка",
     "Совет директоров Хоувер Банка"),
])
def test_kind_word_declined_with_its_phrase(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention", [
    # a sentence's opening noun of a thing or of people before a body the dictionary knows is no part of it
    ("Доклад Объединенных Наций вышел в среду.", "Объединенных Наций"),
    ("Эксперты Международного валютного фонда считают иначе.", "Международного валютного фонда"),
    ("Прогноз Международного валютного фонда ухудшился.", "Международного валютного фонда"),
])
def test_opening_noun_before_known_body_left_out(models, text, mention):
    assert org_texts(text, models) == [mention]


@pytest.mark.parametrize("text, mention", [
    # a unit's noun, and a whole name the dictionary knows, stay
    ("Совет Федерации одобрил закон.", "Совет Федерации"),
    ("Совет Безопасности ООН собрался в среду.", "Совет Безопасности ООН"),
])
def test_unit_before_known_body_stays(models, text, mention):
    assert mention in org_texts(text, models)


def _entities(text, models) -> dict[str, tuple[str, str | None]]:
    result = analyze(text, models)
    orgs = {org.org_id: org for org in result.organizations}
    return {m.text: (m.entity_id, orgs[m.entity_id].country) for m in result.mentions if m.type == "ORG"}


@pytest.mark.parametrize("text, first, second", [
    # a Latin name in capitals in a headline and in lower case after it; with and without its legal form
    ("ВПЕРВЫЕ KEDRONIX ПОТЕРЯЛА ДЕНЬГИ\nАмериканская компания Kedronix понесла убытки.", "KEDRONIX",
     "Американская компания Kedronix"),
    ("Британский концерн Lorvex Plc подписал соглашение. Ранее Lorvex сообщал о планах.",
     "Британский концерн Lorvex Plc", "Lorvex"),
    # once with a country's adjective and once without
    ("Концерн подписал контракт с китайской Zhendai. Поставки компании Zhendai начнутся в мае.", "Zhendai",
     "компании Zhendai"),
])
def test_one_body_per_latin_name(models, text, first, second):
    found = _entities(text, models)
    assert found[first][0] == found[second][0]


def _org(name: str, country: str | None = None, abbr: str | None = None) -> ResolvedOrg:
    return ResolvedOrg(f"org_{name}_{country}_{abbr}", name, abbr, None, country)


@pytest.mark.parametrize("first, second, joined", [
    # a Latin name in capitals and in lower case, with and without a legal form, with and without a country
    (_org("KEDRONIX", "US"), _org("Kedronix", "US"), True),
    (_org("Lorvex Plc", "GB", "LV"), _org("Lorvex Plc", "GB"), True),
    (_org("Lorvex Co. Ltd.", "GB"), _org("Lorvex"), True),
    (_org("Zhendai", "CN"), _org("Zhendai"), True),
    (_org("ПАО «Кедрон»", "RU"), _org("«Кедрон»"), True),
    # two countries' bodies of a name, and names of words of the language, stay apart
    (_org("Kedronix", "US"), _org("Kedronix", "JP"), False),
    (_org("Парламент", "GB"), _org("Парламент"), False),
])
def test_one_body_per_latin_or_quoted_name(first, second, joined):
    spans = {Span(0, 5, ORG): first, Span(10, 15, ORG): second}
    out = join_same_names(spans)
    assert (out[Span(0, 5, ORG)] == out[Span(10, 15, ORG)]) is joined
    if joined:
        assert out[Span(10, 15, ORG)].country == (first.country or second.country)


@pytest.mark.parametrize("text, mention", [
    # a country the text names once (a firm's business there) makes no firm of it its
    ("Холдинг «Кедрон» закрыл филиал «Лорикс», который работал в Узбекистане. Выручка «Кедрона» упала.",
     "Кедрона"),
])
def test_no_country_of_the_text_for_a_firm(models, text, mention):
    assert _entities(text, models)[mention][1] is None


@pytest.mark.parametrize("text, first, second", [
    # a body named Russia's once is Russia's in every mention, in a text about another country
    ("Российская газовая компания «Кедрон» открыла офис в Китае. Глава «Кедрона» прибыл в Китай, где «Кедрон» "
     "ищет партнёров.", "Российская газовая компания «Кедрон»", "Кедрона"),
])
def test_body_named_russias_once_is_one(models, text, first, second):
    found = _entities(text, models)
    assert found[first] == found[second]


@pytest.mark.parametrize("text, mention, country", [
    # a text plainly about one country, naming it more than once: its parties are its
    ("В Заморье прошли выборы. Партия «Новый путь» набрала больше всех голосов. Оппозиция Заморья недовольна "
     "итогами, а в Заморье начались протесты.", "Новый путь", None),
    ("В Руанде прошли выборы. Партия «Новый путь» набрала больше всех голосов. Оппозиция Руанды недовольна "
     "итогами, а в Руанде начались протесты.", "Новый путь", "RW"),
    # named once, before the party: the text is about that country's parties
    ("Литовская оппозиция требует новых выборов. С заявлением выступил депутат от партии «Новый путь» "
     "Иван Петров.", "Новый путь", "LT"),
])
def test_party_of_the_country_named_often(models, text, mention, country):
    found = {m: c for m, (_, c) in _entities(text, models).items()}
    assert found[next(m for m in found if mention in m)] == country


@pytest.mark.parametrize("text, expected", [
    # ``ЗАО`` after ``по`` is a district, no legal form: the unit before it takes it in
    ("Сотрудники УВД по ЗАО ГУ МВД России по Москве задержали подозреваемого.",
     ["УВД по ЗАО", "ГУ МВД России по Москве"]),
    ("Дежурный ОМВД по ЗАО ГУ МВД по Москве принял заявление.", ["ОМВД по ЗАО", "ГУ МВД по Москве"]),
])
def test_district_abbreviation_after_po(models, text, expected):
    texts = org_texts(text, models)
    assert all(found in texts for found in expected)
    assert not any(found.startswith("ЗАО") for found in texts)


@pytest.mark.parametrize("text, expected", [
    # a company's legal form after ``по`` before its name stays the name's
    ("Решение по ЗАО «Кедр» принято в среду.", "ЗАО «Кедр»"),
    ("Акции ЗАО «Кедр» подешевели.", "ЗАО «Кедр»"),
])
def test_legal_form_after_po_stays(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    # a name and a capitalised kind word natasha reads as a person's or a place's name, or misses
    ("Представитель Лорикс Капитала рассказал о новых планах.", "Лорикс Капитала"),
    ("На заседании в Лорикс Капитале обсудили бюджет.", "Лорикс Капитале"),
    ("Представитель Вельтон Банка рассказал о новых планах.", "Вельтон Банка"),
    # a sentence's opening noun before such a name is none of it
    ("Акционеры Лось Кредит Банка недовольны решением.", "Лось Кредит Банка"),
])
def test_name_with_kind_word_found(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    # an adjective's name and a name at a sentence's start stay as found; the opening common noun stays out
    ("Иван Петров возглавил Всемирный Банк в мае.", "Всемирный Банк"),
    ("Вельтон Банк закрыл отделения.", "Вельтон Банк"),
])
def test_kind_word_names_as_found(models, text, expected):
    assert org_texts(text, models) == [expected]


@pytest.mark.parametrize("text, expected", [
    # ``по данным``, ``по мнению``, ``по оценкам`` after a body say whose word it is, no field of the body
    ("В палате представителей, по данным Лесной газеты, у оппозиции большинство.", "палате представителей"),
    ("В министерстве финансов по оценкам экспертов дефицит вырастет.", "министерстве финансов"),
])
def test_according_to_after_a_body(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, short, longer", [
    # a Latin name the text gives alone twice before a longer one is its own body (the longer, its product's)
    ("Регулятор проверяет компанию Kedronix. Акции Kedronix упали после запуска службой Kedronix Shopping продажи. "
     "Kedronix молчит.", "компанию Kedronix", "Kedronix Shopping"),
])
def test_name_given_alone_before_longer_stays_apart(models, text, short, longer):
    found = _entities(text, models)
    assert found[short][0] != found[longer][0]


@pytest.mark.parametrize("text, short, longer", [
    # a headline's name alone once before the longer name is the longer one's
    ("KEDRONIX ПОКУПАЕТ ЗАВОД\nКомпания Kedronix Biotech купила завод. Kedronix заплатила 5 млн долларов.",
     "KEDRONIX", "Компания Kedronix Biotech"),
])
def test_headline_name_joins_longer(models, text, short, longer):
    found = _entities(text, models)
    assert found[short][0] == found[longer][0]


@pytest.mark.parametrize("text, inner, name", [
    # a kind noun in the genitive after a lower-case head of no kind is the head's body, no anaphor of the whole
    ("Партия «Новый путь» потеряла места в верхней палате Конгресса.", "Конгресса", "Конгресс"),
])
def test_body_in_genitive_of_a_unit_is_its_own(models, text, inner, name):
    assert org_entity_names(text, models)[inner] == name


@pytest.mark.parametrize("text, short, placed", [
    # a country's mission named without its host place is the one the text names with it
    ("Митинг прошёл у посольства Литвы в Лиме. Об этом говорится в заявлении посольства Литвы.",
     "посольства Литвы", "посольства Литвы в Лиме"),
    ("Сотрудника литовского генконсульства вызвали в суд. Суд допросил сотрудника Генерального консульства Литвы "
     "в Калининграде.", "литовского генконсульства", "Генерального консульства Литвы в Калининграде"),
])
def test_mission_without_its_place(models, text, short, placed):
    found = _entities(text, models)
    assert found[short][0] == found[placed][0]


@pytest.mark.parametrize("text, short, placed", [
    # two missions of a country named with their places: the one without a place stays apart
    ("Посольство Литвы в Москве и посольство Литвы в Киеве провели приёмы. Посольство Литвы обещает новые встречи.",
     "Посольство Литвы", "Посольство Литвы в Москве"),
])
def test_mission_of_two_places_stays_apart(models, text, short, placed):
    found = _entities(text, models)
    assert found[short][0] != found[placed][0]
