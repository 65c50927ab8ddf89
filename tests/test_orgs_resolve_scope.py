"""Which organization: a region's department or agency named by its remit alone
(:mod:`nerpipe.resolve.offices`), an abbreviation of a syllable and initials (:mod:`nerpipe.resolve.initialisms`)
and a short name before its longer one (:mod:`nerpipe.resolve.org_spellings`)."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.resolve.org_spellings import join_short_latin_names
from nerpipe.resolve.organizations import ResolvedOrg

from .conftest import analyze, org_entity_names


def _bodies(text: str, models) -> set[tuple[str, str | None]]:
    return {(o.name, o.region_code) for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, expected", [
    # a department or an agency named by its remit alone, in a text about one region named as a region
    ("В Омской области появится новое ведомство. Департамент лесной охраны начнёт работу в мае.",
     ("Департамент лесной охраны Омской области", "RU-OMS")),
    ("Жителей Псковской области позвали на конкурс. Агентство по делам туризма приняло заявки.",
     ("Агентство по делам туризма Псковской области", "RU-PSK")),
    ("В Тверской области сменили структуру ведомств. Полномочия передали департаменту культуры, спорта и "
     "туризма.", ("Департамент культуры, спорта и туризма Тверской области", "RU-TVE")),
])
def test_a_regions_office_named_by_its_remit(models, text, expected):
    assert expected in _bodies(text, models)


@pytest.mark.parametrize("text, absent", [
    # no region named as a region: no region given
    ("Департамент лесной охраны начнёт работу в мае.", "Департамент лесной охраны"),
    # two regions named: none of them
    ("Делегация Омской области приехала в Псковскую область. Департамент лесной охраны провёл встречу.",
     "Департамент лесной охраны"),
    # a town's executive named: its department may be the town's
    ("В Омской области прошли выборы. Мэрия Омска сообщила, что департамент лесной охраны начнёт работу.",
     "Департамент лесной охраны"),
])
def test_an_office_not_made_a_regions(models, text, absent):
    assert any(name == absent and region is None for name, region in _bodies(text, models))


@pytest.mark.parametrize("text, expected", [
    # a federal agency keeps its own name and country
    ("В Омской области открыли центр. Федеральное агентство по делам молодёжи выделило грант.",
     "Федеральное агентство по делам молодёжи"),
    # a quoted agency is a company, not an office
    ("В Омской области открыли офис. Агентство «Вектор» провело опрос.", "Вектор"),
])
def test_federal_and_named_agencies_stay(models, text, expected):
    assert any(name == expected and region is None for name, region in _bodies(text, models))


@pytest.mark.parametrize("text, mention, expected", [
    # a university's abbreviation of its town's syllable and initials
    ("Студенты ОмГУ победили в олимпиаде. Омский государственный университет наградил их.", "ОмГУ",
     "Омский государственный университет"),
])
def test_a_syllable_and_initials(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a state school's abbreviation, its name written without ``государственный``
    ("Визит ректора СГУ Ивана Сомова в Ереванский государственный университет состоялся в мае. Сотрудничество "
     "Саратовского университета с вузами Армении продолжается.", "СГУ", "Саратовский университет"),
    ("Ректор КГУ Иван Сомов выступил на форуме. Студенты Курского университета получили гранты.", "КГУ",
     "Курский университет"),
    ("Ректор ТГИ Иван Сомов выступил на форуме. Студенты Тверского института получили гранты.", "ТГИ",
     "Тверской институт"),
    # near cases: the name with ``государственный`` the text also writes wins; no ``Г``, no match
    ("Ректор СГУ Иван Сомов выступил на форуме. Студенты Саратовского университета и Сургутского государственного "
     "университета получили гранты.", "СГУ", "Сургутский государственный университет"),
    ("Директор СГК Иван Сомов выступил на форуме. Студенты Саратовского колледжа получили гранты.", "СГК", "СГК"),
])
def test_a_state_schools_abbreviation_without_state(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


def test_a_syllable_whose_initials_differ(models):
    text = "Студенты ОмГТУ победили в олимпиаде. Омский государственный университет наградил их."
    assert org_entity_names(text, models).get("ОмГТУ") != "Омский государственный университет"


def _org(name: str) -> ResolvedOrg:
    return ResolvedOrg(name, name, None, None)


@pytest.mark.parametrize("names, expected", [
    # a short name in a headline, then the longer name and the short one again: all one body
    (["Helix", "Helix Biotech", "Helix"], ["Helix Biotech"] * 3),
    (["МХТ", "МХТ имени Сомова", "МХТ"], ["МХТ имени Сомова"] * 3),
    # a short name whose later mention fits two longer names, or that is never written again: apart
    (["Helix", "Helix Biotech", "Helix Media", "Helix"], ["Helix", "Helix Biotech", "Helix Media", "Helix"]),
    (["Helix", "Helix Biotech"], ["Helix", "Helix Biotech"]),
])
def test_a_short_name_before_its_longer_one(names, expected):
    resolved = {Span(i * 30, i * 30 + len(name), ORG): _org(name) for i, name in enumerate(names)}
    join_short_latin_names(resolved)
    assert [org.name for org in resolved.values()] == expected


@pytest.mark.parametrize("text, expected", [
    # a district's body named with no district, in a text naming one district
    ("Глава Ильинского района провёл совещание. В администрации района обсудили ремонт дорог.",
     "Администрация Ильинского района"),
    ("Совещание прошло в Сосновском районе. Районная дума приняла бюджет на год.", "Дума Сосновского района"),
])
def test_a_districts_body_named_with_no_district(models, text, expected):
    assert expected in {name for name, _ in _bodies(text, models)}


@pytest.mark.parametrize("text, expected", [
    # no district named, or two: the body as written
    ("В администрации района обсудили ремонт дорог.", "Администрация района"),
    ("Главы Ильинского и Сосновского районов встретились. В администрации района обсудили ремонт дорог.",
     "Администрация района"),
    # a district's hospital is no body of the district's administration
    ("Глава Ильинского района посетил районную больницу.", None),
])
def test_a_districts_body_left_as_written(models, text, expected):
    names = {name for name, _ in _bodies(text, models)}
    assert expected is None and not any("Ильинского района" in name and "ольниц" in name for name in names) \
        or expected in names


@pytest.mark.parametrize("text, expected", [
    # a level's adjective of a second region of the text: that region's body
    ("В Омской области прошёл форум. Делегацию Алтайского края встретили в Омске. Краевое правительство "
     "подписало соглашение.", ("Правительство Алтайского края", "RU-ALT")),
    ("В Санкт-Петербурге открылся форум. Депутаты Законодательного собрания Хабаровского края приехали в "
     "Санкт-Петербург. Группа краевого Законодательного собрания посетила завод в Санкт-Петербурге.",
     ("Законодательное собрание Хабаровского края", "RU-KHA")),
])
def test_a_body_of_a_level_of_a_second_region(models, text, expected):
    bodies = _bodies(text, models)
    assert expected in bodies and not any(name.startswith(expected[0].split()[0]) and region != expected[1]
                                          for name, region in bodies)


@pytest.mark.parametrize("text, expected", [
    # the level of the region the text is about: that region's, not the other's
    ("В Омской области прошёл форум. Делегацию Алтайского края встретили в Омске. Областное правительство "
     "выделило средства.", ("Правительство Омской области", "RU-OMS")),
    # two regions of the level named: none chosen
    ("Делегации Алтайского края и Хабаровского края встретились в Омске. Краевое правительство подписало "
     "соглашение.",
     None),
])
def test_a_body_of_a_level_left(models, text, expected):
    bodies = _bodies(text, models)
    assert expected in bodies if expected else not any(region in ("RU-ALT", "RU-KHA") and "Правительство" in name
                                                      for name, region in bodies)


@pytest.mark.parametrize("text, expected", [
    # a headline's short name before the longer one: one body, of the country a later mention gives it
    ("В Kelvaro заявили, что не уйдут с рынка. Японская корпорация Kelvaro Motor объявила об этом. Kelvaro "
     "продолжит работу.", [("Kelvaro Motor", "JP")]),
    # a body named first with no country, then after its country's adjective: of that country
    ("Компания Kelvaro Motor сообщила о планах. Японская корпорация Kelvaro Motor открыла завод в Твери.",
     [("Kelvaro Motor", "JP")]),
    # a body named with no country at all: none
    ("Компания Kelvaro Motor сообщила о планах. Kelvaro Motor открыла завод в Твери.", [("Kelvaro Motor", None)]),
])
def test_the_country_one_mention_gives(models, text, expected):
    assert [(o.name, o.country) for o in analyze(text, models).organizations] == expected


def test_a_department_of_the_body_after_it(models):
    text = ("В Республике Коми прошёл форум. Выступил начальник отдела Департамента промышленной политики и "
            "проектного управления Минпромторга России Пётр Орлов.")
    assert not any(region for name, region in _bodies(text, models) if name.startswith("Департамент"))


@pytest.mark.parametrize("text", [
    # another region named: the department may be that region's
    "Новым министром Омской области стал Пётр Орлов. Ранее он работал в ХМАО и возглавлял департамент "
    "строительства.",
    # a federal district named: the department may be of its plenipotentiary's office
    "Новым министром Омской области стал Пётр Орлов. Ранее он был советником департамента по вопросам "
    "социальной политики аппарата полпреда в СФО.",
])
def test_an_office_of_a_text_naming_other_regions(models, text):
    assert not any(region for name, region in _bodies(text, models) if name.startswith("Департамент"))


def test_an_office_of_a_text_naming_a_federal_city(models):
    text = ("Делегация Тверской области приехала в Москву. Выставку Тверской области открыл директор департамента "
            "культуры Пётр Орлов.")
    assert ("Департамент культуры Тверской области", "RU-TVE") in _bodies(text, models)
