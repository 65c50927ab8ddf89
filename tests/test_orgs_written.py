"""Each ORG mention named as the text writes it where that is a shorter way to write its entity's name
(``nerpipe.resolve.written``); the entity keeps the dictionary's or its country's name."""

from __future__ import annotations

import pytest

from .conftest import analyze


def mention_names(text, models) -> list[tuple[str, str, str]]:
    """Each ORG mention: its text, its ``normal`` and its entity's name."""
    result = analyze(text, models)
    entities = {org.org_id: org.name for org in result.organizations}
    return [(m.text, m.normal, entities.get(m.entity_id)) for m in result.mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, surface, normal, entity", [
    # an abbreviation the dictionary expands
    ("Генерал МВД Пётр Орлов приехал в Тверь.", "МВД", "МВД", "Министерство внутренних дел Российской Федерации"),
    # a compound short name in an oblique case, in the nominative
    ("Депутаты Мосгордумы приняли закон о парковках.", "Мосгордумы", "Мосгордума", "Московская городская дума"),
    # a short name with its country
    ("Представитель Госдепартамента США выступил в среду.", "Госдепартамента США", "Госдепартамент США",
     "Государственный департамент США"),
    ("Делегация Госдумы России прибыла в Казань.", "Госдумы России", "Госдума России",
     "Государственная Дума Федерального Собрания Российской Федерации"),
    # the full name with its abbreviation after it
    ("Выборы президента Международной шахматной федерации ФИДЕ пройдут в июне.",
     "Международной шахматной федерации ФИДЕ", "Международная шахматная федерация ФИДЕ",
     "Международная шахматная федерация"),
    # a Latin name without the article the dictionary writes
    ("Газета Guardian сообщила о забастовке в порту.", "Газета Guardian", "Guardian", "The Guardian"),
])
def test_a_short_name_as_written(models, text, surface, normal, entity):
    assert (surface, normal, entity) in mention_names(text, models)


def test_the_full_name_and_then_its_abbreviation_each_as_written(models):
    names = mention_names("Министерство внутренних дел России (МВД) провело проверку. Глава МВД Пётр Орлов "
                          "доволен.", models)
    assert {normal for _, normal, _ in names} == {"Министерство внутренних дел Российской Федерации", "МВД"}
    assert {entity for _, _, entity in names} == {"Министерство внутренних дел Российской Федерации"}


def test_a_chamber_named_without_its_country(models):
    names = mention_names("Демократы сохранили большинство в Сенате США. В Сенате прошло голосование.", models)
    assert [normal for _, normal, _ in names] == ["Сенат США", "Сенат"]
    assert {entity for _, _, entity in names} == {"Сенат США"}


@pytest.mark.parametrize("text, surface, normal", [
    # a state's adjective: named after the state, not as written
    ("Глава японского МИДа прибыл в Тверь.", "японского МИДа", "МИД Японии"),
    # a common noun that refers back keeps the name it refers to
    ("Концерн «Вектор» открыл завод. Представитель концерна рассказал о планах.", "концерна", "Вектор"),
])
def test_other_mentions_keep_their_entitys_name(models, text, surface, normal):
    assert (surface, normal) in {(s, n) for s, n, _ in mention_names(text, models)}


@pytest.mark.parametrize("text, full", [
    # an abbreviation the text defines, of a body no dictionary knows
    ("Департамент жилищного хозяйства области (далее — ДЖХ) объявил конкурс. Позже в ДЖХ уточнили сроки.",
     "Департамент жилищного хозяйства области"),
    ("Партия «Вектор» (ПВ) провела съезд. Лидер ПВ Пётр Орлов выступил.", "Вектор"),
])
def test_an_abbreviation_the_text_defines_as_written(models, text, full):
    names = mention_names(text, models)
    assert {normal for _, normal, _ in names} == {full, text.split("(")[1].split(")")[0].split()[-1]}
    assert {entity for _, _, entity in names} == {full}


@pytest.mark.parametrize("text, name", [
    # a name with a capital inside keeps it in the nominative
    ("Абоненты «ТелеЛинка» жалуются на связь.", "ТелеЛинк"),
    ("Лидер «ЗвукоРяда» дал концерт.", "ЗвукоРяд"),
])
def test_capitals_inside_a_name_are_kept(models, text, name):
    assert name in {o.name for o in analyze(text, models).organizations}


@pytest.mark.parametrize("word, model, expected", [
    ("мегафон", "МегаФона", "МегаФон"),
    ("москва", "Москвы", "Москва"),
    ("ханты-мансийск", "Ханты-Мансийска", "Ханты-Мансийск"),
    ("минпромторг", "МИНПРОМТОРГА", "МИНПРОМТОРГ"),
])
def test_restore_case(word, model, expected):
    from nerpipe.morph import restore_case

    assert restore_case(word, model) == expected
