"""An abbreviation is the body of the text whose initials it is (:mod:`nerpipe.resolve.initialisms`): a body
``при`` another by the initials of the words before ``при``, and ahead of a body the dictionary gives the
abbreviation that the text names by the abbreviation only; a description before a known abbreviation in
brackets is the dictionary's body (:func:`nerpipe.resolve.organizations.resolve_orgs`)."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # the dictionary's body of the abbreviation is never named in full: the text's own body of those initials
    ("Умер глава Комитета партийного контроля при ЦК Иван Заречный. На заседании сказали, что КПК работал без "
     "председателя.", "КПК", "Комитет партийного контроля при ЦК"),
    ("Глава Совета по правам человека при президенте Пётр Заречный выступил. В СПЧ сказали, что доклад готов.",
     "СПЧ", "Совет по правам человека при президенте"),
    ("Председатель Комиссии по делам молодёжи при мэрии Анна Сомова выступила. Решения КДМ вступят в силу в мае.",
     "КДМ", "Комиссия по делам молодёжи при мэрии"),
])
def test_an_abbreviation_is_the_body_named_in_full(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the dictionary's body named in full too, or alone: the dictionary's
    ("Делегация КПК прибыла в Пекин. Коммунистическая партия Китая провела съезд. КПК избрала лидера.",
     "Коммунистическая партия Китая", "Коммунистическая партия Китая"),
    ("Студенты МГУ приехали в Тверь. Ректор МГУ выступил.", "МГУ",
     "Московский государственный университет имени М. В. Ломоносова"),
])
def test_the_dictionarys_body_kept(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a body made a foreign state's by the text's scope: the abbreviation of its name with the state
    ("Верховная рада Украины заслушает руководителей Генеральной прокуратуры и министра Петра Заречного. На "
     "заседании будут и руководители ГПУ. Киев ждёт решения. Украина ждёт.", "ГПУ",
     "Генеральная прокуратура Украины"),
])
def test_an_abbreviation_of_a_body_abroad(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a description of a body before the dictionary's abbreviation in brackets, not its initials: that body
    ("БЕРЛИН (Рейтер) - Немецкие социал-демократы (СДПГ) с небольшим перевесом одержали победу на выборах.",
     "Немецкие социал-демократы", "Социал-демократическая партия Германии"),
    ("Российские футбольные власти (РФС) наказали клуб «Заря».", "Российские футбольные власти",
     "Российский футбольный союз"),
])
def test_a_description_before_a_known_abbreviation(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the text's own body of those initials keeps its name
    ("Заречный футбольный союз (ЗФС) провёл турнир.", "Заречный футбольный союз", "Заречный футбольный союз"),
    ("Региональный фонд содействия (РФС) выдал гранты.", "Региональный фонд содействия",
     "Региональный фонд содействия"),
    # the initials of some of its words: the body's own abbreviation, a place's adjective before them
    ("Директор Заречной торгово-промышленной палаты (ТПП) Иван Сомов выступил. В ТПП готовят форум.",
     "Заречной торгово-промышленной палаты", "Заречная торгово-промышленная палата"),
])
def test_a_body_of_its_initials_keeps_its_name(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a capitalised preposition of a slogan's name has its initial in the abbreviation
    ("Фракция «ОПЗП» призвала сложить мандаты. Об этом сообщил сопредседатель «Общенародной платформы - За правду» "
     "Иван Дорин.", "ОПЗП", "Общенародная платформа - За правду"),
    ("Сопредседатель партии «Новая сила — За будущее» Иван Дорин выступил. НСЗБ потребовала отставки.",
     "НСЗБ", "Новая сила — За будущее"),
    # a lower-case preposition has none
    ("Лидер «Союза за правду» Иван Дорин выступил. СЗП потребовал отставки.", "СЗП", "СЗП"),
])
def test_initials_of_a_capitalised_preposition(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # an abbreviation and a tail: the body named with that tail after the abbreviation's words
    ("Начальник штаба ВС Франции Пьер Лакур выступил. Ранее Вооружённые силы Франции провели учения.",
     "ВС Франции", "Вооружённые силы Франции"),
    ("Генерал НШ Италии выступил. Национальный штаб Италии провёл учения.", "НШ Италии", "Национальный штаб Италии"),
    # another tail: apart
    ("Начальник штаба ВС Франции Пьер Лакур выступил. Ранее Вооружённые силы Италии провели учения.",
     "ВС Франции", "ВС Франции"),
])
def test_initials_before_a_tail(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, name, abbr", [
    # a Russian name ending with its Latin abbreviation: the name without it, the abbreviation its own
    ("Совет решил, что Всемирная ассоциация гребных федераций WRA проведет проверку. Позже WRA отказалась.",
     "WRA", "Всемирная ассоциация гребных федераций", "WRA"),
    ("Об этом сообщило агентство спортивной информации SIX. По данным SIX, решение принято.",
     "SIX", "Агентство спортивной информации", "SIX"),
    # a short name before the full one in brackets: one body
    ("Доклад опубликовало WRA (Всемирное агентство гребли). Позже WRA отозвало его.",
     "Всемирное агентство гребли", "Всемирное агентство гребли", "WRA"),
    # a Latin abbreviation in brackets after a unit of a body: the body's
    ("Решение принял Совет Международной федерации гребли (WRF) в пятницу. Позже WRF опубликовала доклад.",
     "WRF", "Международная федерация гребли", "WRF"),
])
def test_latin_abbreviations_of_russian_names(models, text, mention, name, abbr):
    result = analyze(text, models)
    orgs = {org.org_id: org for org in result.organizations}
    found = [orgs[m.entity_id] for m in result.mentions if m.type == "ORG" and m.text == mention]
    assert found and all((org.name, org.abbr) == (name, abbr) for org in found)


@pytest.mark.parametrize("text, mention, name, region, country", [
    # the body of a unit before a Latin abbreviation: the region and country of the unit's name, the dictionary's
    # name and abbreviation of a body it knows
    ("Совет Федерации гребли Тверской области (TRF) собрался в субботу. TRF провела турнир.",
     "TRF", "Федерация гребли Тверской области", "RU-TVE", "RU"),
    ("Совет Международной федерации баскетбола (FIBA) собрался в субботу. Позже FIBA провела турнир.",
     "FIBA", "Международная федерация баскетбола", None, None),
])
def test_the_body_of_a_unit_is_placed_as_its_unit(models, text, mention, name, region, country):
    result = analyze(text, models)
    orgs = {org.org_id: org for org in result.organizations}
    found = {(orgs[m.entity_id].name, orgs[m.entity_id].region_code, orgs[m.entity_id].country)
             for m in result.mentions if m.type == "ORG" and m.text == mention}
    assert found == {(name, region, country)}


def test_the_body_of_a_unit_has_the_dictionarys_abbreviation(models):
    result = analyze("Совет Международной федерации баскетбола (FIBA) собрался в субботу. ФИБА провела турнир.",
                     models)
    assert len({(org.org_id, org.abbr) for org in result.organizations
                if org.name == "Международная федерация баскетбола"}) == 1


@pytest.mark.parametrize("text, mention, name", [
    # a kind and a firm's Latin name, a unit of another body: no abbreviation of the words before it
    ("Немецкий концерн BMW открыл завод в Твери.", "Немецкий концерн BMW", "BMW"),
])
def test_latin_name_after_a_kind_stays(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
