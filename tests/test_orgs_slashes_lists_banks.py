"""Organizations in news of banks, sports bodies, courts and culture: an
abbreviation between slashes, two bodies of a list in one span."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, org_texts


@pytest.mark.parametrize("text, name, mention, abbr", [
    # an abbreviation news agencies write between slashes after the name
    ("На совещании выступили представители Федерации гребли Заречья /ФГЗ/ и клуба «Кедр». "
     "Позже ФГЗ выпустила заявление.", "Федерация гребли Заречья", "Федерации гребли Заречья", "ФГЗ"),
    ("Решение поддержала Лига северных клубов / ЛСК / на заседании. ЛСК объявит итоги в мае.",
     "Лига северных клубов", "Лига северных клубов", "ЛСК"),
])
def test_slashed_abbreviation_defines_the_body(models, text, name, mention, abbr):
    names = org_entity_names(text, models)
    assert names.get(mention) == name
    assert names.get(abbr) == name
    assert not any("/" in found for found in names)


@pytest.mark.parametrize("text, absent", [
    # slashes that hold no abbreviation stay as they were
    ("Скорость поезда выросла до 200 км/ч, сообщила компания «Вектор».", "км/ч"),
])
def test_slash_without_abbreviation_untouched(models, text, absent):
    assert not any(absent in found for found in org_texts(text, models))


@pytest.mark.parametrize("text, expected", [
    # a ministry whose name holds a comma, then a body of another kind of a list
    ("На совещании руководителей министерства спорта, туризма и молодежной политики, Федерации гребли "
     "Заречья и клуба «Кедр» решили сохранить команду.",
     ["министерства спорта, туризма и молодежной политики", "Федерации гребли Заречья"]),
])
def test_listed_bodies_split(models, text, expected):
    texts = org_texts(text, models)
    for one in expected:
        assert one in texts
    assert not any(", Федерации" in found for found in texts)


@pytest.mark.parametrize("text, expected", [
    # a comma before a lower-case word stays inside the ministry's name
    ("Приказ подписало министерство спорта, туризма и молодежной политики области.",
     "министерство спорта, туризма и молодежной политики области"),
])
def test_ministry_comma_kept(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, mention, name", [
    # a bank named by a hyphened compound, its first part an acronym: declined to the nominative
    ("Кредит заемщику выдал ВЕКТА-Банком в 2008 году.", "ВЕКТА-Банком", "ВЕКТА-Банк"),
    ("Долги перешли к ЗАРЯ-Банку весной.", "ЗАРЯ-Банку", "ЗАРЯ-Банк"),
])
def test_hyphened_bank_declined(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("word, expected", [
    ("ВЕКТА-Банком", False),
    # acronyms stay acronyms, a lower-case part after the hyphen too
    ("МИДа", True), ("СПбГУ", True), ("ВЭБ.РФ", True), ("КЕДР-ТВ", True), ("ВИЧ-инфицированных", False),
])
def test_acronym_reading(word, expected):
    from nerpipe.inflect import _is_abbr

    assert _is_abbr(word) is expected


@pytest.mark.parametrize("text, mention", [
    # a hyphened name ending in a body's noun is a body, whatever pymorphy reads in its first part
    ("Претензии предъявлены к 11 контролировавшим Лираф-Банк лицам.", "Лираф-Банк"),
    ("Претензии предъявлены к 11 контролировавшим Мираф-Банк лицам.", "Мираф-Банк"),
])
def test_hyphened_bank_found(models, text, mention):
    assert mention in org_texts(text, models)


@pytest.mark.parametrize("text, absent", [
    # a double surname is no body
    ("На встрече выступила Анна Соколова-Судакова из Твери.", "Соколова-Судакова"),
])
def test_double_surname_no_body(models, text, absent):
    assert absent not in org_texts(text, models)


@pytest.mark.parametrize("text, mention, name", [
    # an adjective and a plural noun shared with the name before it, with their place's genitive after
    ("Артисты Малого и Северного театров Заречья приехали в Тверь.", "Северного театров Заречья",
     "Северный театр Заречья"),
])
def test_shared_plural_head_with_place(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a plural of bodies that shares its noun with no name before it stays plural
    ("Союз северных театров Заречья провёл съезд.", "Союз северных театров Заречья",
     "Союз северных театров Заречья"),
])
def test_plural_head_kept(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, expected", [
    # a bank's name in the genitive, then another body's name in the nominative: two bodies
    ("Вкладчикам Кедрбанка Агентство по страхованию вкладов (АСВ), по предварительным оценкам, выплатит 9 млрд руб.",
     ["Кедрбанка", "Агентство по страхованию вкладов"]),
])
def test_genitive_name_before_named_kind_split(models, text, expected):
    texts = org_texts(text, models)
    for one in expected:
        assert one in texts


@pytest.mark.parametrize("text, expected", [
    # a body's noun in the genitive stays in the name it depends on
    ("Заседание провёл Президиум Совета Федерации.", "Президиум Совета Федерации"),
    ("Решение принял Совет директоров Компании «Вектор».", "Совет директоров Компании «Вектор»"),
])
def test_genitive_kind_kept(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, mention, other", [
    # a bank by its quoted adjective after its noun and by the adjective before the noun: one bank
    ("ЦБ отозвал лицензию у банка «Северный». Лицензию потерял Северный банк.", "банка «Северный»",
     "Северный банк"),
    # a legal form and a bank's abbreviation before the quoted name: the name named before
    ('ЦБ отозвал лицензию у банка "Кедр". Банк России отозвал лицензию у кредитной организации ООО КБ "Кедр".',
     'кредитной организации ООО КБ "Кедр"', 'банка "Кедр"'),
])
def test_one_bank_two_ways(models, text, mention, other):
    names = org_entity_names(text, models)
    assert names[mention] == names[other]


@pytest.mark.parametrize("text, mention, other", [
    # a quoted adjective after another noun is another body
    ("Банк «Лесной» работает, а Лесной альянс распался.", "Лесной альянс", "Лесной"),
])
def test_quoted_adjective_other_noun_apart(models, text, mention, other):
    names = org_entity_names(text, models)
    assert names.get(mention) != names.get(other)


@pytest.mark.parametrize("text, mention, name", [
    # a lower-case bank the central bank would be the salient body for: the other bank the text names, by a
    # compound of its name and ``банк``
    ("ЦБ отозвал лицензию у Кедрбанка. ЦБ сообщил об этом. Акционеры банка не согласны с решением регулятора.",
     "банка", "Кедрбанк"),
    ("Центральный банк проверил Заребанк. Центральный банк нашел нарушения. Совладелец банка Петр Орлов "
     "обжалует решение.", "банка", "Заребанк"),
    # the central bank alone: it
    ("Центральный банк повысил ключевую ставку. Как сообщили в пресс-службе банка, решение принято единогласно.",
     "банка", "Центральный банк Российской Федерации"),
    # a central bank of the dictionary not named ``Центральный банк …``
    ("ЕЦБ проверил Заребанк. ЕЦБ нашел нарушения. Совладелец банка Петр Орлов обжалует решение.",
     "банка", "Заребанк"),
])
def test_bare_bank_not_the_central_bank(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, absent", [
    # a tie between the central bank and another bank: the bank alone is no body of either
    ("Кедрбанк обратился в Центральный банк с просьбой о санации. Позже совладелец банка Петр Орлов заявил, "
     "что решение примут.", "Центральный банк Российской Федерации"),
])
def test_bare_bank_tie_not_the_central_bank(models, text, absent):
    assert org_entity_names(text, models).get("банка") != absent
