"""Kinds of institutions and bodies named by a common noun, compounds of a level of government and a
body, bodies of the foreign country a text is about, and the countries of institutions' adjectives."""

from __future__ import annotations

import pytest

from nerpipe.orgs import is_level_compound
from nerpipe.orgs.quote_marks import turn_straight_quotes
from nerpipe.orgs.trades import trade_of

from .conftest import analyze, org_entity_names


def org_names(text, models) -> dict[str, str]:
    return {m.text: m.normal for m in analyze(text, models).mentions if m.type == "ORG"}


def org_countries(text, models) -> dict[str, str | None]:
    return {org.name: org.country for org in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    # an institution with an adjective of its town
    ("Директор курского цирка Пётр Лаптев рассказал о гастролях.", {"курского цирка": "Курский цирк"}),
    ("Директор омской филармонии Анна Лаптева объявила сезон.", {"омской филармонии": "Омская филармония"}),
    ("Врач омского госпиталя Олег Сомов принял раненых.", {"омского госпиталя": "Омский госпиталь"}),
    # a party of a country named by its adjective
    ("Он был депутатом от польской компартии в Европарламенте.", {"польской компартии": "Польская компартия"}),
    # a body of a district named by its genitive
    ("Представители управы района Лесное провели встречу.", {"управы района Лесное": "Управа района Лесное"}),
])
def test_an_institution_of_a_place(models, text, expected):
    assert {k: v for k, v in org_names(text, models).items() if k in expected} == expected


@pytest.mark.parametrize("text", [
    "Она выступала в цирке и в филармонии, а потом ушла в госпиталь.",
    "Дети пошли в училище после школы.",
])
def test_a_bare_institution_is_no_organization(models, text):
    assert org_names(text, models) == {}


@pytest.mark.parametrize("word, expected", [
    ("Облдума", True), ("горсовета", True), ("облспорткомитета", True), ("горздрав", True), ("райсуду", True),
    ("облизбиркома", True), ("райотдел", True),
    ("Профсоюз", False), ("Городок", False), ("районного", False), ("горизонт", False), ("областной", False),
])
def test_a_compound_of_a_level_and_a_body(word, expected):
    assert is_level_compound(word) is expected


@pytest.mark.parametrize("text, surface", [
    ("Председатель облспорткомитета Иван Кротов открыл турнир.", "облспорткомитета"),
    ("Жалобу рассмотрел облсуд в среду.", "облсуд"),
])
def test_a_level_compound_is_an_organization(models, text, surface):
    assert surface in org_names(text, models)


@pytest.mark.parametrize("text, expected", [
    # a text about Russia that names one foreign country: Russia has no Senate
    ("Госдепартамент США осудил Москву. Спикер Палаты представителей Анна Грей заявила, что Сенат "
     "рассмотрит санкции против России. Россия ответила.",
     {"Палата представителей США": "US", "Сенат США": "US"}),
])
def test_chambers_russia_has_none_of_are_the_foreign_country(models, text, expected):
    countries = org_countries(text, models)
    assert {name: countries.get(name) for name in expected} == expected


@pytest.mark.parametrize("text, name, country", [
    # an adjective of a town or a person an institution is named after, not of that country
    ("Он окончил Колумбийский университет в прошлом году.", "Колумбийский университет", None),
    ("Она преподаёт в Джорджтаунском университете.", "Джорджтаунский университет", None),
    # a country the text names elsewhere
    ("Делегация прибыла в Боготу. Колумбийский университет принял гостей.", "Колумбийский университет", "CO"),
])
def test_the_country_of_an_institutions_adjective(models, text, name, country):
    assert org_countries(text, models)[name] == country


@pytest.mark.parametrize("text, name, expected", [
    ("Глава Федеральной службы охраны лесов РФ (ФСОЛ РФ) уволен.", "Федеральной службы охраны лесов", "ФСОЛ РФ"),
    ("Отчёт Федерального агентства связи России (ФАС России) готов.", "Федерального агентства связи", "ФАС России"),
    ("Отчёт Федерального агентства связи (ФАС) готов.", "Федерального агентства связи", "ФАС"),
])
def test_an_abbreviation_after_the_country_of_a_name(text, name, expected):
    from nerpipe.orgs import bracketed_parts

    end = text.index(name) + len(name)
    assert [text[start:stop] for start, stop in bracketed_parts(text, end)] == [expected]


@pytest.mark.parametrize("word, expected", [
    ("Облдума", "Областная дума"), ("райсуда", "Районный суд"), ("крайизбиркому", "Краевая избирательная комиссия"),
    ("Райисполком", "Районный исполком"), ("Заксобрания", "Законодательное собрание"),
    ("горздрав", None), ("Профсоюз", None),
])
def test_a_level_compound_written_out(models, word, expected):
    from nerpipe.resolve.regional import spell_compound

    assert spell_compound(word, models.morph) == expected


def test_a_level_compound_is_the_body_of_the_region(models):
    text = "В Курской области открыли стадион. Облсуд отклонил жалобу, а облизбирком назначил выборы."
    names = {org.name for org in analyze(text, models).organizations}
    assert {"Курский областной суд", "Избирательная комиссия Курской области"} <= names


@pytest.mark.parametrize("text, expected", [
    ("Книгу выпустило издательство «Северный ветер».", {"издательство «Северный ветер»": "Северный ветер"}),
    ("Песню спел ансамбль «Звонница».", {"ансамбль «Звонница»": "Звонница"}),
    ("Он работал в тресте «Тверьстрой».", {"тресте «Тверьстрой»": "Тверьстрой"}),
    # the noun alone names no organization
    ("Оркестр сыграл вальс, а потом он ушёл в кооператив.", {}),
])
def test_a_kind_before_a_quoted_name(models, text, expected):
    assert org_names(text, models) == expected


def test_a_party_keeps_the_country_of_its_adjective(models):
    text = "Он был депутатом от польской компартии в Европарламенте."
    assert org_countries(text, models)["Польская компартия"] == "PL"


@pytest.mark.parametrize("text, expected", [
    # ``подразделение`` of a company says what a body is, it names no body of its own
    ("Подразделением концерна «Ладога» является завод «Кедр».", {"Ладога", "Кедр"}),
    ("Завод «Кедр», подразделение концерна «Ладога», выпустил отчёт.", {"Ладога", "Кедр"}),
    # a branch keeps its name
    ("Филиал компании «Вектор» открылся в Твери.", {"Филиал компании «Вектор»", "Вектор"}),
])
def test_a_division_of_a_company_is_no_body(models, text, expected):
    assert {org.name for org in analyze(text, models).organizations} == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a bare noun after a body the text describes by it before its quoted name and a body whose own name holds it
    # (named more often): the described one
    ("ЦБ отозвал лицензию у банка «Заря». Совет директоров Банка России принял решение. В ЦБ пояснили, что банк "
     "полностью утратил капитал.", "банк", "Заря"),
    ("Центробанк РФ лишил лицензии ещё один банк. По данным ЦБ, банк занимался отмыванием денег. По величине "
     "активов банк «Сомов» занимает 336 место.", "банк", "Сомов"),
])
def test_a_bare_noun_is_the_body_it_describes(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a special committee is a committee
    ("Сенатский спецкомитет по разведке провёл слушания.", "Сенатский спецкомитет по разведке",
     "Сенатский спецкомитет по разведке"),
    # a name the text writes with ``е`` keeps it (pymorphy's lemma has ``ё``)
    ("Председатель совета директоров «Итеры» Игорь Зорин выступил.", "Итеры", "Итера"),
    # a common word keeps its ``ё``, the name's first one capitalised too
    ("Сотрудники Почетного консульства Испании приехали.", "Почетного консульства Испании",
     "Почётное консульство Испании"),
    ("Сотрудники почетного консульства Испании приехали.", "почетного консульства Испании",
     "Почётное консульство Испании"),
])
def test_kind_compounds_and_written_e(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, kind", [
    # a ministry's compound of ``Мин`` and its remit the tagger read as a place: an organization
    ("Концерн был создан в 1989 году из Мингазпрома.", "Мингазпрома", "ORG"),
    # a town whose name opens with the same letters stays a place
    ("Делегация прилетела в Минусинск в понедельник.", "Минусинск", "LOC"),
    # a town pymorphy does not know, no organization's word nor a ministry's remit: a place still
    ("Самолёт приземлился в Минводах вечером.", "Минводах", "LOC"),
    # a compound pymorphy does not know that spells a ministry's remit of the dictionary
    ("Решение принято в Минпросвещения на прошлой неделе.", "Минпросвещения", "ORG"),
])
def test_ministry_compound_read_as_place(models, text, mention, kind):
    assert any(m.text == mention and m.type == kind for m in analyze(text, models).mentions)


@pytest.mark.parametrize("text, mention, name", [
    # a club named by one adjective, declined with the sentence: its nominative, one body in all its forms
    ("Клуб «Кедр» одержал победу над тверским «Зорким». Гол забил футболист «Зоркого» Иван Лаптев.", "Зорким",
     "Зоркий"),
    ("Клуб «Кедр» одержал победу над тверским «Зорким». Гол забил футболист «Зоркого» Иван Лаптев.", "Зоркого",
     "Зоркий"),
    ("Клуб «Кедр» проиграл «Быстрому» в гостях.", "Быстрому", "Быстрый"),
    ("Акции «Северного» купил фонд «Кедр».", "Северного", "Северный"),
    # every reading feminine: the feminine
    ("Клуб «Кедр» сыграл вничью с «Зоркой» в гостях.", "Зоркой", "Зоркая"),
    # in the nominative already: as written
    ("Клуб «Зоркий» обыграл «Кедр».", "Клуб «Зоркий»", "Зоркий"),
])
def test_a_name_of_one_adjective_in_the_nominative(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a dictionary's body written with its abbreviation in brackets before its country: the dictionary's body,
    # the one its other mentions are
    ("Федеральная налоговая служба (ФНС) России проверила завод «Кедр». Федеральная налоговая служба выписала штраф.",
     "Федеральная налоговая служба (ФНС) России", "Федеральная налоговая служба"),
    ("Федеральная налоговая служба (ФНС) России проверила завод «Кедр». Федеральная налоговая служба выписала штраф.",
     "Федеральная налоговая служба", "Федеральная налоговая служба"),
    ("Федеральная антимонопольная служба (ФАС) России одобрила сделку, говорится в сообщении ФАС.", "ФАС",
     "Федеральная антимонопольная служба"),
])
def test_a_dictionary_body_with_its_abbreviation_inside(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


def test_a_dictionary_body_with_its_abbreviation_inside_is_one_body(models):
    text = ("Федеральная налоговая служба (ФНС) России проверила завод «Кедр». "
            "Федеральная налоговая служба выписала штраф.")
    assert len(analyze(text, models).organizations) == 2


@pytest.mark.parametrize("text, mention, name", [
    # an abbreviation after adjectives and before a genitive heads them both: the adjectives agree with it, the
    # genitive stays as written
    ("Сотрудники Заречного НИИ сельского хозяйства вывели новый сорт.", "Заречного НИИ сельского хозяйства",
     "Заречный НИИ сельского хозяйства"),
    ("Директор Тверского НИИ скорой помощи Иван Сомов рассказал о работе.", "Тверского НИИ скорой помощи",
     "Тверской НИИ скорой помощи"),
])
def test_an_abbreviation_heads_its_adjectives_and_genitive(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a company named by one word of a stem and its trade, in any case
    ("Акции Лесхимпрома подорожали на 5%.", "Лесхимпрома", "Лесхимпром"),
    ("Контракт с Кедрстроем расторгнут.", "Кедрстроем", "Кедрстрой"),
    ("Сделку одобрили акционеры Заречнефти.", "Заречнефти", "Заречнефть"),
    ("Долг Лесэнерго перед поставщиками вырос.", "Лесэнерго", "Лесэнерго"),
    ("Лесмаш получил заказ от Кедрфлота.", "Кедрфлота", "Кедрфлот"),
])
def test_a_company_of_a_stem_and_its_trade(models, text, mention, name):
    assert org_names(text, models).get(mention) == name


@pytest.mark.parametrize("text", [
    "Взаимосвязь цен и спроса изучают экономисты.",  # a common noun opening a sentence
    "Туристы поехали на Кавказ, а потом в Трансильванию.",
    "Иван Сомов говорил о настрое команды.",
])
def test_no_company_of_a_trade(models, text):
    assert org_names(text, models) == {}


@pytest.mark.parametrize("word, expected", [
    ("Лесхимпрома", "пром"), ("Кедрстроем", "строй"), ("Заречнефтью", "нефть"), ("Лесэнерго", "энерго"),
    ("Транс", None), ("Промышленность", None), ("Абдурахим", None),
])
def test_the_trade_of_a_word(word, expected):
    assert trade_of(word) == expected


@pytest.mark.parametrize("text, mention, name", [
    # straight quotes nested in a name: each opens or closes by what stands beside it, all closed, as «»
    ('Долю в ООО "Управляющая компания "Кедр" купил фонд.', 'ООО "Управляющая компания "Кедр',
     "ООО «Управляющая компания «Кедр»»"),
    ('Иск подало ЗАО "Фирма "Лесная" к заводу.', 'ЗАО "Фирма "Лесная', "ЗАО «Фирма «Лесная»»"),
])
def test_nested_straight_quotes_of_a_name(models, text, mention, name):
    assert org_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, expected", [
    ('ООО "Управляющая компания "Кедр', "ООО «Управляющая компания «Кедр"),
    ('ЗАО "Фирма "Лесная""', "ЗАО «Фирма «Лесная»»"),
    ('x"y', 'x"y'),  # a mark that neither opens nor closes: as written
])
def test_turn_straight_quotes(text, expected):
    assert turn_straight_quotes(text) == expected


@pytest.mark.parametrize("text, mention, name", [
    # an adjective opening a sentence before a company's one-word name describes it: the name is the last word
    ("Государственный Кедрбанк подписал меморандум. Член совета Кедрбанка Анна Сомова отметила рост.",
     "Государственный Кедрбанк", "Кедрбанк"),
    ("Государственный Кедрбанк подписал меморандум. Член совета Кедрбанка Анна Сомова отметила рост.",
     "Кедрбанка", "Кедрбанк"),
    # a common noun or a place's name after the adjective: the name is the whole
    ("Новая газета опубликовала статью.", "Новая газета", "Новая газета"),
    ("Единая Россия провела съезд.", "Единая Россия", "Единая Россия"),
])
def test_an_adjective_describing_a_company(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


def test_a_described_company_is_one_body(models):
    text = "Государственный Кедрбанк подписал меморандум. Член совета Кедрбанка Анна Сомова отметила рост."
    assert sorted(org.name for org in analyze(text, models).organizations) == ["Кедрбанк", "Совет Кедрбанка"]


def test_an_adjective_before_an_abbreviation_is_its(models):
    text = "Накануне визита главы японского МИДа в Москву премьер пообещал помощь."
    assert "японского МИДа" in org_names(text, models)


def test_adjectives_before_a_plain_kind_word_are_the_name(models):
    text = "Банк России отозвал лицензию. Как отметил регулятор, Новый Луговой Банк не кредитовал экономику."
    assert org_names(text, models).get("Новый Луговой Банк") == "Новый Луговой Банк"
