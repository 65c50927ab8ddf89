"""Organizations in news of parliaments, sports federations, universities and companies: two bodies joined by
``и`` in one span, a unit's abbreviation beside its full name, a bare noun before a known abbreviation in
brackets, a university's abbreviation beside its name in full and a company's short Latin name."""

from __future__ import annotations

import pytest

from .conftest import org_countries, org_entity_names, org_texts


@pytest.mark.parametrize("text, expected", [
    # two chambers joined by ``и``: two bodies
    ("Спикер выступил перед членами палаты представителей и сената, как республиканцами, так и демократами.",
     {"палаты представителей", "сената"}),
])
def test_joined_bodies_are_two(models, text, expected):
    assert expected <= set(org_texts(text, models))


@pytest.mark.parametrize("text, mention", [
    # what a ministry does joined by ``и`` stays inside its name
    ("Приказ подписал глава министерства образования и науки Заречной области.",
     "министерства образования и науки Заречной области"),
])
def test_fields_stay_inside(models, text, mention):
    assert mention in org_texts(text, models)


@pytest.mark.parametrize("text, mention, name", [
    # a bare noun before an abbreviation the dictionary knows is that body, not the agency named before it
    ("Об этом сообщило информационное агентство «Северный вестник». По словам кандидата, агентство (ЦРУ) должно "
     "давать властям ясный анализ.", "агентство", "Центральное разведывательное управление"),
    ("Об этом сообщило информационное агентство «Северный вестник». По словам кандидата, агентство (ЦРУ) должно "
     "давать властям ясный анализ.", "ЦРУ", "Центральное разведывательное управление"),
])
def test_noun_before_known_abbreviation(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, short, name", [
    # an abbreviation in brackets after a unit's full name is the unit's, not its parent's inside it
    ("Глава контрольно-дисциплинарного комитета Лесного футбольного союза (КДК ЛФС) Иван Сомов сообщил о штрафе.",
     "КДК ЛФС", "Контрольно-дисциплинарный комитет Лесного футбольного союза"),
    # a unit's initials and its parent's abbreviation beside the unit named with its parent in full
    ("КДК ЛФС оштрафовал клуб «Вымпел». Решение принято на заседании Контрольно-дисциплинарного комитета "
     "Лесного футбольного союза (ЛФС).", "КДК ЛФС", "Контрольно-дисциплинарный комитет Лесного футбольного союза"),
])
def test_unit_abbreviation_joins_full_name(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, name", [
    # the initials of the parent's last words, a hyphenated word giving one for each part, stay the parent's
    ("Об этом рассказал директор Центра поддержки экспорта Заречной торгово-промышленной палаты (ТПП) Иван Сомов. "
     "В ТПП готовят новый форум.", "Заречная торгово-промышленная палата"),
    ("Сотрудники пресс-службы Главного управления (ГУ) рассказали о проверке. В ГУ подтвердили её итоги.",
     "Главное управление"),
])
def test_parent_abbreviation_stays_parents(models, text, name):
    assert {org_entity_names(text, models)[m] for m in ("ТПП", "ГУ") if m in text} == {name}


@pytest.mark.parametrize("text, mention", [
    # a committee's initials written before its federation's abbreviation are one span
    ("КДК ЛФС оштрафовал клубы премьер-лиги на крупную сумму.", "КДК ЛФС"),
])
def test_unit_abbreviation_span(models, text, mention):
    assert mention in org_texts(text, models)


@pytest.mark.parametrize("text, short, name", [
    # a university's abbreviation after its name in full, ending with it
    ("Ректор ЗГТУ Иван Сомов рассказал о планах. Заречный исследовательский технический университет ЗГТУ входит "
     "в число лучших. Сам Сомов — выпускник ЗГТУ.", "ЗГТУ", "Заречный исследовательский технический университет ЗГТУ"),
    # a company's short Latin name, the last word of its name before the legal form
    ("Меморандум подписали председатель совета директоров Northern Star Helix Plc и глава фонда. Helix уже "
     "работает в регионе.", "Helix", "Northern Star Helix Plc"),
])
def test_short_name_joins_full(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # a board is no body its company's abbreviation names
    ("Совет директоров ЗГК утвердил дивиденды. Акции ЗГК выросли.", "ЗГК", "ЗГК"),
    # a Latin kind's word or a place after ``of`` that ends a Latin name is no short name of it
    ("Меморандум подписали председатель совета директоров Northern Star Holding и глава фонда. Holding уже "
     "работает в регионе.", "Holding", "Holding"),
    ("Кредит выдал Royal Bank Of Zarland. Банк Zarland получил лицензию.", "Банк Zarland", "Zarland"),
])
def test_short_name_stays(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # an abbreviation two dictionary bodies share is the one the text names in full
    ("Задержаны офицеры Вооруженных сил Российской Федерации. Представитель ВС РФ отказался от комментариев.",
     "ВС РФ", "Вооружённые силы Российской Федерации"),
    ("Жалобу рассмотрел Верховный суд Российской Федерации. Решение ВС РФ вступило в силу.",
     "ВС РФ", "Верховный суд Российской Федерации"),
])
def test_shared_abbreviation_named_in_full(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, kept, dropped", [
    # a compound kind word pymorphy does not know before a quoted name at a sentence's start names no body of its own
    ("Инвестбанк «Кедровый капитал» подал в суд иск к должнику.", "Кедровый капитал", "Инвестбанк"),
    # and one of a field's first part and a descriptor, known to pymorphy or not
    ("Инвестфонд «Кедровый капитал» подал в суд иск к должнику.", "Кедровый капитал", "Инвестфонд"),
    ("Инвесткомпания «Кедровый капитал» подала в суд иск к должнику.", "Кедровый капитал", "Инвесткомпания"),
    ("Энергохолдинг «Северный ток» подал в суд иск к должнику.", "Северный ток", "Энергохолдинг"),
])
def test_compound_kind_before_quoted_name(models, text, kept, dropped):
    names = set(org_entity_names(text, models).values())
    assert kept in names and dropped not in names


@pytest.mark.parametrize("text, short, name", [
    # a body named after its leader with and without the leader's title is one body
    ("Администрация Сомова пытается погасить скандал. Администрация президента Сомова обвинила конгрессменов.",
     "Администрация Сомова", "Администрация президента Сомова"),
])
def test_body_named_with_leaders_title(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, short, name", [
    # a body named after a place or a body after a leader's title is not named after its leader
    ("Совет лидеров Заречного союза собрался в столице. Совет Заречного союза принял решение.",
     "Совет Заречного союза", "Совет Заречного союза"),
    ("Совет лидеров Евросоюза собрался в столице. Совет Евросоюза принял решение.", "Совет Евросоюза",
     "Совет Евросоюза"),
    ("Администрация губернатора Заречной области сообщила о планах. Администрация Заречной области подтвердила их.",
     "Администрация Заречной области", "Администрация Заречной области"),
])
def test_body_not_named_after_leader(models, text, short, name):
    assert org_entity_names(text, models)[short] == name


@pytest.mark.parametrize("text, mention", [
    # bodies some or any of their kind are none
    ("Как разведка, так и другие спецслужбы США не смогли собрать сведения.", "другие спецслужбы США"),
])
def test_other_bodies_are_none(models, text, mention):
    assert mention not in org_texts(text, models)


@pytest.mark.parametrize("text, mention, name", [
    # a unit named by a quoted capital letter is one span with its noun and its body
    ("Сотрудники управления «К» МВД России задержали хакера.", "управления «К» МВД России",
     "Управление «К» МВД России"),
    ("Сотрудники отдела «Э» провели обыск.", "отдела «Э»", "Отдел «Э»"),
])
def test_lettered_unit(models, text, mention, name):
    names = org_entity_names(text, models)
    assert names[mention] == name and not any(len(m) == 1 for m in names)


@pytest.mark.parametrize("text, mention, name", [
    # a quoted name of an adjective and a noun declined inside its quotes with the kind word: its nominative
    ("Акционеры компании «Лесных ресурсов» одобрили сделку.", "компании «Лесных ресурсов»", "Лесные ресурсы"),
    ("Главный редактор газеты «Северных новостей» уволился.", "газеты «Северных новостей»", "Северные новости"),
    # a name that is not declined stays as written
    ("Директор клуба «16 тонн» дал интервью.", "клуба «16 тонн»", "16 тонн"),
])
def test_quoted_name_declined_with_kind(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # a body's noun alone before ``и`` and a body of a place shares that place
    ("Начальники генштаба и спецслужб Пакистана представили отчеты.", "генштаба", "Генштаб Пакистана"),
    # a place of several words is shared whole
    ("Начальники генштаба и спецслужб Южной Заречии представили отчеты.", "генштаба", "Генштаб Южной Заречии"),
    ("Члены комитета и министерства финансов Заречной области собрались.", "комитета",
     "Комитет Заречной области"),
    ("Сотрудники отдела и управления образования Заречного района собрались.", "отдела", "Отдел Заречного района"),
    # a body's noun before a body whose last word is no place keeps its own name
    ("Представители мэрии и министерства финансов встретились.", "мэрии", "Мэрия"),
])
def test_noun_shares_place(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name


@pytest.mark.parametrize("text, mention", [
    # ``страны`` of a body the document gives no country: the noun before ``и`` names no body
    ("Представители штабов и спецслужб страны собрались на совещание.", "штабов"),
    ("Сотрудники министерства и ведомства страны собрались.", "министерства"),
])
def test_noun_shares_no_country(models, text, mention):
    assert mention not in org_texts(text, models)


@pytest.mark.parametrize("text, mention, country", [
    # an embassy is its state's, not its host's
    ("Атташе французского посольства в Москве предложено покинуть страну.", "французского посольства в Москве",
     "FR"),
    ("Сотрудники посольства Франции в Москве покинули страну.", "посольства Франции в Москве", "FR"),
    # and so is any diplomatic body's
    ("Атташе французского представительства в Москве предложено покинуть страну.",
     "французского представительства в Москве", "FR"),
])
def test_embassy_country(models, text, mention, country):
    assert org_countries(text, models)[mention] == country


@pytest.mark.parametrize("text, mention", [
    # a Latin abbreviation listed with one tagged as a body is a body too
    ("Под планкой прохода в парламент оказались две партии KDP и ZfU.", "KDP"),
    ("В коалицию вошли партии NVP, KDU и ZfR.", "ZfR"),
])
def test_listed_latin_abbreviation(models, text, mention):
    assert mention in org_texts(text, models)


@pytest.mark.parametrize("text, mention", [
    # a currency's or a technical code listed with a body is no body
    ("В коалицию вошли партии NVP, KDU и GPS.", "GPS"),
])
def test_listed_code_is_no_body(models, text, mention):
    assert mention not in org_texts(text, models)


@pytest.mark.parametrize("text, mention, name", [
    # Germany's parties under their Latin abbreviations are the dictionary's, Germany's
    ("На выборах лидировали христианские демократы CDU, социал-демократы SPD получили меньше мест.", "SPD",
     "Социал-демократическая партия Германии"),
])
def test_german_parties(models, text, mention, name):
    assert org_entity_names(text, models)[mention] == name
