"""Organizations of the fifty-sixth round: a dictionary name cut short inside a longer name the text defines, a
unit named with its body's abbreviation and with the body's full name in the genitive, a description in lower case
before a body's abbreviation, two names set against each other by ``vs``."""

from __future__ import annotations

import pytest

from .conftest import org_entity_names, org_texts


@pytest.mark.parametrize("text, whole, cut", [
    # the dictionary's ``Международная федерация хоккея`` inside the longer name defined by its abbreviation
    ("Исполком Международной федерации хоккея с мячом (ЗФХ) изучит рекомендации. Об этом сообщил генсекретарь ЗФХ.",
     "Международной федерации хоккея с мячом", "Международной федерации хоккея"),
])
def test_no_dictionary_name_cut_from_a_longer_one(models, text, whole, cut):
    texts = org_texts(text, models)
    assert whole in texts
    assert cut not in texts


@pytest.mark.parametrize("text, mention, name", [
    # the body a unit's span names stays (``Управления`` + ``Росреестра``)
    ("Пресс-служба Управления Росреестра по Тверской области сообщила о проверке.", "Росреестра",
     "Федеральная служба государственной регистрации кадастра и картографии"),
])
def test_the_body_of_a_unit_stays(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, short, full", [
    # a unit with its body's abbreviation, and with the body's name in the genitive: one unit
    ("Исполком Международной федерации гребли (WRF) изучит рекомендации. Исполком WRF соберётся в мае.",
     "Исполком WRF", "Исполком Международной федерации гребли"),
    ("Правление Заречной лиги гольфа (ЗЛГ) утвердило календарь. Решение правления ЗЛГ опубликовано.",
     "правления ЗЛГ", "Правление Заречной лиги гольфа"),
])
def test_unit_with_abbreviation_and_genitive_name(models, text, short, full):
    names = org_entity_names(text, models)
    assert names.get(short) == names.get(full) is not None


@pytest.mark.parametrize("text, described, named", [
    # a lower-case description with the noun the body is named with elsewhere: that body
    ("Активисты независимого профсоюза КРС вышли на митинг. Суд принял решение о ликвидации Межрегионального "
     "профсоюза «Рабочее братство» (КРС).", "независимого профсоюза КРС", "КРС"),
])
def test_description_before_an_abbreviation_is_that_body(models, text, described, named):
    names = org_entity_names(text, models)
    assert names.get(described) == names.get(named) is not None


@pytest.mark.parametrize("text, unit, body", [
    # a noun of another kind than the body's: a unit of it
    ("Сотрудники координационного центра ЗГУ провели проверку. Заречный государственный университет (ЗГУ) "
     "открыл набор.", "координационного центра ЗГУ", "ЗГУ"),
])
def test_description_of_another_kind_stays_a_unit(models, text, unit, body):
    names = org_entity_names(text, models)
    assert names.get(unit) is not None and names.get(unit) != names.get(body)


@pytest.mark.parametrize("text, parts", [
    ("Kedron vs Zentrix: 1:1", ("Kedron", "Zentrix")),
])
def test_names_set_against_each_other(models, text, parts):
    from nerpipe.records import ORG, Span
    from nerpipe.spans.listed import split_listed_bodies

    span = Span(0, text.index(":"), ORG)
    pieces = split_listed_bodies(text, span, models.orgs)
    assert tuple(text[p.start:p.end] for p in pieces) == parts


@pytest.mark.parametrize("text, mention, name", [
    # continental football confederations, also with their kind noun in lower case
    ("Юрист назвал проблему перехода Заречного футбольного союза в Азиатскую конфедерацию футбола.",
     "Азиатскую конфедерацию футбола", "Азиатская конфедерация футбола"),
    ("Сборная Заречья подала заявку в КАФ на участие в кубке.", "КАФ", "Конфедерация африканского футбола"),
    # a Soviet body by its abbreviation
    ("На поле советского ВЦСПС прижилась новая федерация.", "ВЦСПС",
     "Всесоюзный центральный совет профессиональных союзов"),
])
def test_confederations_and_soviet_bodies(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


def test_abbreviation_of_a_confederation_out_of_football(models):
    # ``АФК`` of a holding, in a text on no football
    assert org_entity_names("Акционеры АФК «Кедр» одобрили сделку.", models).get("АФК «Кедр»") == "АФК «Кедр»"


@pytest.mark.parametrize("text, short, full", [
    # a Latin name in a headline, then with a word of a kind of company after it: one body
    ("Информация о продаже Kedron Oil не подтвердилась. Пресс-служба опровергла переговоры о продаже пакета "
     "Kedron Oil Company.", "Kedron Oil", "Kedron Oil Company"),
    ("Акции Helix выросли. Helix Holdings Ltd подписала договор.", "Helix", "Helix Holdings Ltd"),
])
def test_latin_name_and_its_kind_tail(models, text, short, full):
    names = org_entity_names(text, models)
    assert names.get(short) == names.get(full) == full


def test_latin_name_of_two_longer_stays(models):
    # another longer name opening with the same word: the short one is neither
    names = org_entity_names("Акции Helix выросли. Helix Holdings и Helix Media подписали договор.", models)
    assert names.get("Helix") == "Helix"


@pytest.mark.parametrize("text, site, agency", [
    # a news agency's site in a dateline: the agency
    ("Москва. 22 ноября. INTERFAX.RU - Глава Заречного банка рассказал корреспонденту \"Интерфакса\" о планах.",
     "INTERFAX.RU", "Интерфакса"),
])
def test_agency_site_is_the_agency(models, text, site, agency):
    names = org_entity_names(text, models)
    assert names.get(site) == names.get(agency) == "Российское информационное агентство «Интерфакс»"


@pytest.mark.parametrize("text, short, full", [
    # a headline's body without ``Главная``, then in full: one body
    ("Военная прокуратура Украины начала проверку\n\nГлавная военная прокуратура Украины сообщила о проверке в "
     "части.", "Военная прокуратура Украины", "Главная военная прокуратура Украины"),
])
def test_body_without_its_main(models, text, short, full):
    names = org_entity_names(text, models)
    assert names.get(short) == names.get(full) == full


def test_bodies_of_two_countries_stay_apart(models):
    names = org_entity_names("Военная прокуратура Украины начала проверку. Главная военная прокуратура Польши "
                             "сообщила о проверке.", models)
    assert names.get("Военная прокуратура Украины") == "Военная прокуратура Украины"


@pytest.mark.parametrize("text, span", [
    # a unit's field with ``в`` in lower case belongs to its name
    ("Об этом сообщил начальник Главного управления надзора в уголовных производствах Генеральной прокуратуры "
     "Заречья.", "Главного управления надзора в уголовных производствах"),
])
def test_unit_grows_over_its_field(models, text, span):
    assert any(found.startswith(span) for found in org_texts(text, models))


@pytest.mark.parametrize("text, stop", [
    # a place or a time after ``в`` is no field
    ("Начальник управления надзора в Москве провёл совещание.", "управления надзора в Москве"),
    ("Главное управление надзора в этом году сократило штат.", "Главное управление надзора в этом году"),
])
def test_unit_stops_before_place_or_time(models, text, stop):
    assert stop not in org_texts(text, models)


def test_country_adjective_before_a_kind_noun(models):
    # ``Российская компания`` is not the Indian company named before it
    text = ("«Кедрнефть» и индийская частная нефтеперерабатывающая компания Zentrix заключили крупнейшую сделку. "
            "Российская компания будет поставлять контрагенту нефть.")
    assert org_entity_names(text, models).get("компания") != "Zentrix"


def test_same_country_adjective_refers_back(models):
    text = "Индийская компания Zentrix заключила сделку. Индийская компания будет поставлять нефть."
    assert org_entity_names(text, models).get("компания") == "Zentrix"


@pytest.mark.parametrize("text, predicate", [
    ("Кедрнефть выкупит долю в компании Zentrix. Кедрнефть таким образом станет компанией номер один в мире.",
     "компанией"),
])
def test_predicate_noun_is_no_body(models, text, predicate):
    assert predicate not in org_texts(text, models)


def test_kind_noun_refers_back(models):
    text = "Кедрнефть выкупит долю в компании Zentrix. Руководство компании одобрило сделку."
    assert org_entity_names(text, models).get("компании") == "Zentrix"


def test_unit_initials_before_body_abbreviation_still_join(models):
    # ``КДК ЛФС``: the unit's initials and the body's abbreviation, beside both in full
    text = ("КДК ЛФС оштрафовал клуб «Вымпел». Решение принято на заседании Контрольно-дисциплинарного комитета "
            "Лесного футбольного союза (ЛФС). Исполком ЛФС соберётся в мае.")
    names = org_entity_names(text, models)
    assert names.get("КДК ЛФС") == "Контрольно-дисциплинарный комитет Лесного футбольного союза"


@pytest.mark.parametrize("text, kept, dropped", [
    # a unit's abbreviation before its body inside a unit's span: no body of its own
    ("Об этом сообщает пресс-служба СУ СК России по Ростовской области.",
     "пресс-служба СУ СК России по Ростовской области", "СУ"),
])
def test_unit_abbreviation_inside_a_unit_is_no_body(models, text, kept, dropped):
    texts = org_texts(text, models)
    assert kept in texts
    assert dropped not in texts


@pytest.mark.parametrize("text, mention", [
    # the body's country is read from any of its mentions, not only its last one (``Компания Marvex`` has none)
    ("Индийская компания Marvex заключила сделку. Компания Marvex получила заказ, а российская компания "
     "отказалась от поставок.", "компания"),
    ("Польский банк Tarnex открыл филиал. Акции банка Tarnex выросли, а немецкий банк закрыл филиал.", "банк"),
])
def test_country_adjective_reads_the_body_country_of_any_mention(models, text, mention):
    names = org_entity_names(text, models)
    assert names.get(mention) not in ("Marvex", "Tarnex")


@pytest.mark.parametrize("text, mention, name", [
    # a copula with a preposition before the noun (``остался с компанией``): the body named before, no predicate
    ("Компания «Кедрон» наняла нового директора. Иван Сомов остался с компанией до конца года.", "компанией",
     "Кедрон"),
    ("Концерн «Лесоторг» сменил владельца. Павел Лунин остался с концерном до конца года.", "концерном",
     "Лесоторг"),
])
def test_copula_with_a_preposition_refers_back(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name


@pytest.mark.parametrize("text, short, full", [
    # a Group or legal-form variant of the short name is no other longer name: it blocks nothing
    ("Акции Marlow Gas выросли. Marlow Gas Company подписала договор. Marlow Gas Group расширяет бизнес.",
     "Marlow Gas", "Marlow Gas Company"),
    ("Акции Helix выросли. Helix Holdings подписала договор, Helix Ltd расширяет бизнес.", "Helix", "Helix Holdings"),
])
def test_latin_name_with_a_group_variant_joins_its_kind_tail(models, text, short, full):
    names = org_entity_names(text, models)
    assert names.get(short) == names.get(full) == full


@pytest.mark.parametrize("countries", [("UA", "PL"), ("PL", "UA")])
def test_main_variant_of_bodies_sharing_words(models, countries):
    # two bodies of the same words in two countries: the one of the main body's country joins it, whichever is last
    from nerpipe.records import ORG, Span
    from nerpipe.resolve.organizations import ResolvedOrg
    from nerpipe.resolve.rank_variants import join_main_variants

    bodies = [("Военная прокуратура Заречья", country) for country in countries]
    bodies.append(("Главная военная прокуратура Заречья", "UA"))
    resolved = {Span(at * 40, at * 40 + len(name), ORG): ResolvedOrg(f"org_{at}", name, None, None, country)
                for at, (name, country) in enumerate(bodies)}
    join_main_variants(resolved, models.morph)
    names = {country: org.name for (_, country), org in zip(bodies[:2], resolved.values())}
    assert names == {"UA": "Главная военная прокуратура Заречья", "PL": "Военная прокуратура Заречья"}


@pytest.mark.parametrize("text, unit, other", [
    # a unit with an adjective more than the one named with its body in the genitive is another unit of that body
    ("Всемирная организация гребли (ВОГ) провела конгресс. Европейское бюро ВОГ предупредило клубы. Бюро Всемирной "
     "организации гребли открылось в мае.", "Европейское бюро ВОГ", "Бюро Всемирной организации гребли"),
    ("Заречный союз журналистов (ЗСЖ) выступил с заявлением. Правление ЗСЖ собралось в мае. Молодёжное правление "
     "Заречного союза журналистов избрало председателя.", "Правление ЗСЖ", "Молодёжное правление Заречного союза "
     "журналистов"),
])
def test_unit_with_an_adjective_more_is_another_unit(models, text, unit, other):
    names = org_entity_names(text, models)
    assert names.get(unit) != names.get(other)
