"""Organizations of the fifth-fifth round: a dictionary body's name in lower case used as a description of
the body named right after it, international sports federations known by their Russian abbreviations."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, org_texts


@pytest.mark.parametrize("text, kept, dropped", [
    # a kind noun in lower case + Russia, then a bank's name: the description of that bank
    ("Третий по величине активов банк России Кедрбанк выдал кредит заводу.", "Кедрбанк", "банк России"),
    ("Крупнейший банк России «Заречный» открыл отделение в Твери.", "Заречный", "банк России"),
])
def test_description_before_a_name_is_no_body(models, text, kept, dropped):
    texts = org_texts(text, models)
    assert kept in texts
    assert dropped not in texts


@pytest.mark.parametrize("text, mention, name", [
    # the dictionary's body itself, in lower case or named in full, stays
    ("Лицензию у Кедрбанка отозвал банк России. Кредит выдал Заречный банк.", "банк России",
     "Центральный банк Российской Федерации"),
    ("Глава банка России Ирина Вольская заявила, что ставка сохранится.", "банка России",
     "Центральный банк Российской Федерации"),
    ("Кедрбанк и Банк России подписали соглашение.", "Банк России", "Центральный банк Российской Федерации"),
])
def test_the_bank_itself_stays(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mentions, name", [
    # an abbreviation the text never spells out, written before the full name: one body
    ("Лига северных клубов подписала меморандум с ИИХФ. Соглашение подписано после переговоров с "
     "Международной федерацией хоккея.", ("ИИХФ", "Международной федерацией хоккея"),
     "Международная федерация хоккея"),
    ("Сборная Заречья получила приглашение ФИНА на турнир.", ("ФИНА",), "Международная федерация плавания"),
    ("Решение ФИВБ о переносе турнира оспорил клуб «Кедр».", ("ФИВБ",), "Международная федерация волейбола"),
])
def test_federation_abbreviations(models, text, mentions, name):
    names = org_entity_names(text, models)
    for mention in mentions:
        assert names.get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # an abbreviation of a kind of enterprise alone: the one enterprise of that kind the text named
    ("Обвинение предъявлено гендиректору ООО «Северный нефтеперерабатывающий завод». Сотрудники НПЗ жалуются.",
     "НПЗ", "ООО «Северный нефтеперерабатывающий завод»"),
    ("Акции Заречного НПЗ выросли. Директор НПЗ ушёл в отставку.", "НПЗ", "Заречный НПЗ"),
    ("Строители Заречной ГЭС завершили работу. На ГЭС прошла проверка.", "ГЭС", "Заречная ГЭС"),
])
def test_kind_abbreviation_refers_back(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text", [
    # two of that kind, or none: no guess
    "Акции Заречного НПЗ и Кедровского НПЗ выросли. Директор НПЗ ушёл в отставку.",
    "В компании «Кедр» заявили, что НПЗ работает.",
])
def test_kind_abbreviation_without_one_body(models, text):
    assert org_entity_names(text, models).get("НПЗ") == "НПЗ"


@pytest.mark.parametrize("text, expected", [
    # a unit, ``и`` and another unit in lower case: two spans, not one name
    ("На заседании комитета по бюджету и подкомитета по налогам Заречной думы обсудили закон.",
     ["комитета по бюджету", "подкомитета по налогам Заречной думы"]),
    ("На совместном заседании комитета по обороне и подкомитета по разведке Северного парламента выступил генерал.",
     ["комитета по обороне", "подкомитета по разведке Северного парламента"]),
])
def test_two_units_joined_by_and(models, text, expected):
    texts = org_texts(text, models)
    for part in expected:
        assert part in texts


@pytest.mark.parametrize("text, whole", [
    # fields of one unit's remit joined by ``и`` stay in its name
    ("Глава комитета по культуре и туризму Заречной думы ушёл в отставку.", "комитета по культуре и туризму"),
])
def test_fields_of_one_unit_stay(models, text, whole):
    assert any(found.startswith(whole) for found in org_texts(text, models))


@pytest.mark.parametrize("text, mention, name", [
    # ``по`` and a place after a ministry inside its unit's name: where the unit serves, not the ministry's
    ("С утра в управлении финансового обеспечения Министерства обороны РФ по Заречной области проходят обыски.",
     "Министерства обороны РФ", "Министерство обороны Российской Федерации"),
    ("В Управлении МВД России по Заречному району прошли обыски.", "МВД России",
     "Министерство внутренних дел Российской Федерации"),
    ("В отделе кадров Министерства обороны РФ по Заречной области прошли обыски.", "Министерства обороны РФ",
     "Министерство обороны Российской Федерации"),
])
def test_place_of_a_unit_is_not_its_parents(models, text, mention, name):
    names = org_entity_names(text, models)
    assert names.get(mention) == name
    assert not any(found != text and found.startswith(mention + " по") for found in names if found[:1].isupper())


@pytest.mark.parametrize("text, mention", [
    # a territorial unit inside another unit keeps its place
    ("В отделе Управления Роспотребнадзора по Заречной области прошла проверка.",
     "Управления Роспотребнадзора по Заречной области"),
    ("Сотрудник пресс-службы УМВД по Заречной области сообщил об аварии.", "УМВД по Заречной области"),
])
def test_territorial_unit_keeps_its_place(models, text, mention):
    assert mention in org_texts(text, models)


_AGENCY = ("Лига подписала меморандум с Заречной федерацией хоккея и агентством по сбору допинг-проб KEDROX об "
           "антидопинговом обеспечении. Позже KEDROX и агентство KEDROX сообщили о сделке.")


@pytest.mark.parametrize("text, mention, name", [
    # a Russian name with a hyphened word and its Latin abbreviation after it: one body under both
    (_AGENCY, "агентством по сбору допинг-проб KEDROX", "Агентство по сбору допинг-проб"),
    (_AGENCY, "KEDROX", "Агентство по сбору допинг-проб"),
    # the abbreviation after a descriptor alone is that body too
    (_AGENCY, "агентство KEDROX", "Агентство по сбору допинг-проб"),
])
def test_latin_abbreviation_after_a_hyphened_name(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, absent", [
    # a compound ending in a noun of a branch of the economy names no body
    ("У крупнейших представителей IT-индустрии, таких как Kedrix и Zorvo, прибыль выросла.", "IT-индустрии"),
    ("Представители нефтяной индустрии и IT-отрасли встретились в Заречье.", "IT-отрасли"),
])
def test_sector_compound_is_no_body(models, text, absent):
    assert absent not in org_texts(text, models)


@pytest.mark.parametrize("text, kept", [
    # a quoted or capitalised name with such a part stays
    ("Компания «Медиа-Рынок» открыла магазин в Заречье.", "Медиа-Рынок"),
])
def test_named_market_stays(models, text, kept):
    assert any(kept in found for found in org_texts(text, models))


@pytest.mark.parametrize("words, expected", [
    # capitalised Latin words and a legal form after them that natasha left untagged: a company
    (("Доходы", "Zorvo", "Media", "Corp", "выросли"), "Zorvo Media Corp"),
    (("Акции", "Kedrix", "Ltd", "упали"), "Kedrix Ltd"),
])
def test_latin_name_with_legal_form(words, expected):
    from nerpipe.spans.kind_named import find_latin_legal_names

    from .hand import tagged

    analysis = tagged(*((word, "PROPN Nom Sing" if word[:1].isupper() else "VERB") for word in words))
    found = find_latin_legal_names(analysis, [])
    assert [analysis.text[span.start:span.end] for span in found] == [expected]


def test_latin_legal_form_alone_is_no_name():
    from nerpipe.spans.kind_named import find_latin_legal_names

    from .hand import tagged

    analysis = tagged(("акции", "NOUN Nom Plur"), ("Ltd", "PROPN Nom Sing"))
    assert find_latin_legal_names(analysis, []) == []


@pytest.mark.parametrize("text, mention, name", [
    # adjectives before an abbreviation of a kind of enterprise agree with the noun it stands for
    ("Акции Заречного НПЗ выросли на торгах.", "Заречного НПЗ", "Заречный НПЗ"),
    ("Акции Северного НПЗ выросли на торгах.", "Северного НПЗ", "Северный НПЗ"),
    ("Директор Кедровского ГОКа ушёл в отставку.", "Кедровского ГОКа", "Кедровский ГОК"),
    ("На Заречной ГЭС прошла проверка.", "Заречной ГЭС", "Заречная ГЭС"),
])
def test_adjectives_agree_with_kind_abbreviation(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, mention, name", [
    # a quote after the dictionary's body opens no name of a body agreeing with its noun: the body itself
    ("Об этом сообщили в пресс-службе банка России «Кедровым вестям».", "банка России",
     "Центральный банк Российской Федерации"),
    ("Документы передали в банк России «для проверки» в пятницу.", "банк России",
     "Центральный банк Российской Федерации"),
])
def test_quote_of_another_case_keeps_the_body(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, kept", [
    # a quoted name agreeing with the noun before it: that body's description
    ("Крупнейший банк России «Кедровый» открыл отделение в Твери.", "Кедровый"),
])
def test_quoted_name_agreeing_with_the_noun(models, text, kept):
    texts = org_texts(text, models)
    assert any(kept in found for found in texts)
    assert "банк России" not in texts


@pytest.mark.parametrize("text, mention", [
    # a body of a republic named with ``по``: its own name, inside a service that is no territorial unit
    ("Об этом сообщили в пресс-службе МВД по Республике Заречье.", "МВД по Республике Заречье"),
    ("Об этом сообщили в пресс-службе МВД по Заречной области.", "МВД по Заречной области"),
])
def test_placed_body_inside_a_service_keeps_its_place(models, text, mention):
    assert mention in org_texts(text, models)


@pytest.mark.parametrize("text, mention, name", [
    # the abbreviation of a kind of enterprise after a quoted name with it: that body
    ("Акции АО «Заречный НПЗ» выросли. Директор НПЗ ушёл в отставку.", "НПЗ", "АО «Заречный НПЗ»"),
    ("Строительство ОАО «Кедровая ГЭС» завершено. На ГЭС прошла проверка.", "ГЭС", "ОАО «Кедровая ГЭС»"),
])
def test_kind_abbreviation_after_a_quoted_name(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
