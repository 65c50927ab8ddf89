"""Where an organization's span stops: two bodies after one another with the first one's abbreviation in
brackets between them are two, a name cut at ``им.`` grows to the name it was given after, a common
noun's abbreviation alone (``НИИ``) and a headline in capitals with its verb are no bodies; the bodies of places
sharing a plural kind (``администрациях Ленинского и Кировского районов``) are one per place; status adjectives
tagged apart from the name after them join it."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_texts


@pytest.mark.parametrize("text, expected, not_expected", [
    # a body that is no unit, its abbreviation, then another body: two bodies, not one span
    ("Сведения поступили от учреждённого для надзора за имуществом Луговой академии искусств (ЛАИ) Федерального "
     "агентства речных промыслов (ФАРП).",
     {"Луговой академии искусств", "Федерального агентства речных промыслов"},
     "Луговой академии искусств (ЛАИ) Федерального агентства речных промыслов"),
    ("Средства распределит Северная академия искусств (САИ) Федерального агентства культуры.",
     {"Северная академия искусств"},
     "Северная академия искусств (САИ) Федерального агентства культуры"),
])
def test_bodies_apart_across_abbreviation(models, text, expected, not_expected):
    found = set(org_texts(text, models))
    assert expected <= found
    assert not_expected not in found


@pytest.mark.parametrize("text, expected", [
    # a unit's name, its abbreviation and its agency stay one span
    ("Сотрудники Главного управления (ГУ) МВД России по Заречной области задержали мужчину.",
     "Главного управления (ГУ) МВД России по Заречной области"),
])
def test_unit_joins_its_agency(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Ее идеологом считают ректора Петра Орлова.\n\nРуководство Химического института им. П. Л. Зорина (ХИЗ) "
     "столкнулось с неожиданной проблемой.", "Химического института им. П. Л. Зорина"),
])
def test_name_grows_past_named_after(models, text, expected):
    found = org_texts(text, models)
    assert expected in found
    assert not any(mention.endswith("им.") for mention in found)


@pytest.mark.parametrize("text, not_expected", [
    # the abbreviation of a kind of body, alone
    ("Академические НИИ тоже вправе подавать заявки на гранты Заречного фонда.", "НИИ"),
    ("Поддержку получат 40 университетов и НИИ из разных регионов.", "НИИ"),
    # a headline in capitals with a finite verb
    ("АКАДЕМИЮ ДОПУСТЯТ К ГРАНТАМ\n\nИнституты Заречной академии наук смогут участвовать в конкурсе.",
     "АКАДЕМИЮ ДОПУСТЯТ К ГРАНТАМ"),
    ("ЗАВОДУ ОТКАЖУТ В КРЕДИТЕ\n\nЗаречный трубный завод не получит денег.", "ЗАВОДУ ОТКАЖУТ В КРЕДИТЕ"),
])
def test_no_body(models, text, not_expected):
    assert not_expected not in org_texts(text, models)


@pytest.mark.parametrize("text, name, kept", [
    # words in capitals opened by a word that is only a finite verb: a headline's predicate, dropped
    ("НОВОСТИ РЕГИОНА: ЗАРЕЧНЕФТЬ ПОСТРОИТ ЗАВОД\n\nКомпания построит завод.", "ПОСТРОИТ ЗАВОД", False),
    ("ГЛАВНОЕ: КЕДРБАНК ОТКРОЕТ ФИЛИАЛЫ\n\nБанк откроет филиалы.", "ОТКРОЕТ ФИЛИАЛЫ", False),
    # a body's name in capitals that no verb opens stays
    ("НОВОСТИ РЕГИОНА: ЗАРЕЧНЫЙ ЗАВОД\n\nЗавод закрылся.", "ЗАРЕЧНЫЙ ЗАВОД", True),
])
def test_headline_opened_by_verb(models, text, name, kept):
    from nerpipe.ner import analyze_text
    from nerpipe.records import ORG, Span
    from nerpipe.spans.chrome import cut_at_verbs

    analysis = analyze_text(text, models.tagger)
    start = text.index(name)
    found = cut_at_verbs(analysis, [Span(start, start + len(name), ORG)], models.morph)
    assert bool(found) == kept


@pytest.mark.parametrize("text, expected", [
    # a body's name in capitals, no verb in it, stays
    ("ЗАРЕЧНЫЙ ТРУБНЫЙ ЗАВОД ОБЪЯВИЛ О ЗАКРЫТИИ\n\nЗаречный трубный завод закроется весной.", "Заречный трубный завод"),
])
def test_body_beside_headline_kept(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, named, expected", [
    # a name found again after capitalised adjectives that open the same quotes: the longer name, another body's
    ('Суд рассмотрит иск о ликвидации "Международного Маяка", а иск о ликвидации Правозащитного центра "Маяк" '
     'рассмотрит другой суд.', 'Правозащитного центра "Маяк"', "Международного Маяка"),
    ("Суд рассмотрит иск о ликвидации «Сибирского Кедрона», а иск к фонду «Кедрон» отклонён.",
     "фонду «Кедрон»", "Сибирского Кедрона"),
])
def test_recurring_name_takes_quoted_adjectives(models, text, named, expected):
    from nerpipe.ner import analyze_text
    from nerpipe.records import ORG, Span
    from nerpipe.spans.recurring import find_recurring_orgs

    analysis = analyze_text(text, models.tagger)
    start = text.index(named)
    spans = find_recurring_orgs(analysis, [Span(start, start + len(named), ORG)], models.orgs, models.gazetteer)
    assert expected in {text[span.start:span.end] for span in spans}


@pytest.mark.parametrize("text, named, expected", [
    # a name found again after an adjective outside the quotes stays the name alone
    ("Позже фонд «Кедрон» открыл отделение. Новый «Кедрон» работает с весны.", "фонд «Кедрон»", "Кедрон"),
])
def test_recurring_name_alone(models, text, named, expected):
    from nerpipe.ner import analyze_text
    from nerpipe.records import ORG, Span
    from nerpipe.spans.recurring import find_recurring_orgs

    analysis = analyze_text(text, models.tagger)
    start = text.index(named)
    spans = find_recurring_orgs(analysis, [Span(start, start + len(named), ORG)], models.orgs, models.gazetteer)
    assert expected in {text[span.start:span.end] for span in spans}


@pytest.mark.parametrize("text, bodies, places", [
    # adjectives of places joined by ``и`` or commas that share a plural kind of place after a body's noun: the body
    # of each place, with that place's region, and each place in the singular
    ("Проверку провели в администрациях Ленинского и Кировского районов города.",
     {("Администрация Ленинского района", None), ("Администрация Кировского района", None)},
     {"Ленинский район", "Кировский район"}),
    ("Фирма заключила контракты с администрациями Заречного, Луговского и Сосновского сельских поселений.",
     {("Администрация Заречного сельского поселения", None), ("Администрация Луговского сельского поселения", None),
      ("Администрация Сосновского сельского поселения", None)},
     {"Заречное сельское поселение", "Сосновское сельское поселение"}),
    ("Встреча прошла в правительстве Тверской и Псковской областей.",
     {("Правительство Тверской области", "RU-TVE"), ("Правительство Псковской области", "RU-PSK")},
     {"Тверская область", "Псковская область"}),
    ("Совет депутатов Заречного и Озёрного муниципальных районов собрался на сессию.",
     {("Совет депутатов Заречного муниципального района", None),
      ("Совет депутатов Озёрного муниципального района", None)},
     {"Заречный муниципальный район", "Озёрный муниципальный район"}),
    # places the gazetteer does not know: the bodies of the region the text is about
    ("Прокуратура Челябинской области проверила контракты с администрациями Луговского и Сосновского сельских "
     "поселений.",
     {("Администрация Луговского сельского поселения", "RU-CHE"),
      ("Администрация Сосновского сельского поселения", "RU-CHE")},
     {"Луговское сельское поселение", "Сосновское сельское поселение"}),
])
def test_body_of_each_shared_place(models, text, bodies, places):
    result = analyze(text, models)
    assert bodies <= {(org.name, org.region_code) for org in result.organizations}
    assert all(org.country == org.region_code[:2] for org in result.organizations if org.region_code)
    assert places <= {location.name for location in result.locations}
    assert not any(" и " in org.name or "," in org.name for org in result.organizations)


@pytest.mark.parametrize("text, expected", [
    # a body of one place with its kind in the singular stays as it is
    ("Выступил глава администрации Заречного района и Кировского района.",
     "администрации Заречного района и Кировского района"),
])
def test_body_of_one_place(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text", [
    # an abbreviation of a ministry before states in the plural: the ministries of many states, no one body
    "Главы МИД стран Северного альянса договорились о новой встрече.",
    "Главы МИД стран ЕС уверены, что переговоры продолжатся.",
])
def test_ministries_of_states_no_body(models, text):
    assert not any(mention.startswith("МИД") for mention in org_texts(text, models))


@pytest.mark.parametrize("text, expected", [
    ("Представитель МИД Франции заявил о протесте.", "МИД Франции"),
    ("Совет глав государств Северного альянса собрался в столице.", "Совет глав государств Северного альянса"),
    # states alone after the abbreviation: those named before, the tagger's abbreviation kept
    ("На встрече главы МИД стран обсудили вопросы отношений между Францией и Италией.", "МИД"),
])
def test_body_of_one_state_kept(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    # status adjectives tagged apart from the rest of the name join it
    ("Часы на фасаде Государственного академического Центрального театра кукол имени Ивана Пальцева отправили "
     "на реставрацию.", "Государственного академического Центрального театра кукол имени Ивана Пальцева"),
    ("Директор Государственного академического Малого театра драмы Пётр Зорин заявил об этом.",
     "Государственного академического Малого театра драмы"),
])
def test_adjectives_join_the_name(models, text, expected):
    found = org_texts(text, models)
    assert expected in found
    assert "Государственного академического" not in found
