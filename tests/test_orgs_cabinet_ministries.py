"""A ministry named without a place in a text about one region's cabinet is the region's, for its ORG mentions
and for a minister's title alike; a text that names the ministry as Russia's, or speaks of no cabinet of the
region, keeps the federal one. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze, minister_rows, org_entity_names


@pytest.mark.parametrize("text, mention, expected", [
    # the region's government named: the ministry named bare is the region's
    ("Губернатор Тверской области утвердил состав правительства области. Министерство здравоохранения "
     "возглавил Олег Пастухов.", "Министерство здравоохранения", "Министерство здравоохранения Тверской области"),
    ("Правительство Тверской области обновило состав. Ранее Минздравом руководила Анна Котова.",
     "Минздравом", "Министерство здравоохранения Тверской области"),
    ("В Тверской области сменился состав регионального правительства. В министерстве культуры сообщили о "
     "назначении.", "министерстве культуры", "Министерство культуры Тверской области"),
    # the governor appointing a minister: only his own cabinet's
    ("Губернатор Тверской области назначил Олега Пастухова министром здравоохранения. Ранее Минздравом "
     "руководила Анна Котова.", "Минздравом", "Министерство здравоохранения Тверской области"),
    # ... or its head, named with the region or generically
    ("Глава Республики Адыгея назначил Олега Пастухова министром культуры. Ранее Минкультуры руководила Анна "
     "Котова.", "Минкультуры", "Министерство культуры Республики Адыгея"),
    ("В Майкопе прошло совещание. Глава региона назначил Олега Пастухова министром культуры. Ранее Минкультуры "
     "руководила Анна Котова.", "Минкультуры", "Министерство культуры Республики Адыгея"),
    # the head of state appointing: the federal one
    ("В Майкопе прошло совещание. Глава государства назначил Олега Пастухова министром культуры. Ранее "
     "Минкультуры руководила Анна Котова.", "Минкультуры", "Министерство культуры Российской Федерации"),
    # no sign of the region's cabinet: the federal ministry
    ("Губернатор Тверской области встретился в Твери с главой Минздрава Анной Котовой.",
     "Минздрава", "Министерство здравоохранения Российской Федерации"),
    # the ministry named as Russia's: federal, and so are its bare mentions
    ("Правительство Тверской области обсудило бюджет. Минздрав России выделил области средства, сообщили в "
     "Минздраве.", "Минздраве", "Министерство здравоохранения Российской Федерации"),
    ("Правительство Тверской области обсудило бюджет. Средства выделит федеральный Минздрав.",
     "Минздрав", "Министерство здравоохранения Российской Федерации"),
    # a city of federal rank has no ministries: its government's text names the federal one
    ("Правительство Москвы обсудило бюджет. Минздрав выделил городу средства.",
     "Минздрав", "Министерство здравоохранения Российской Федерации"),
    # a ministry no region has, and an abbreviation: the federal body
    ("Правительство Тверской области обсудило бюджет. В Министерстве обороны сообщили о сборах.",
     "Министерстве обороны", "Министерство обороны Российской Федерации"),
    ("Правительство Тверской области обсудило бюджет. В МЧС сообщили о паводке.",
     "МЧС", "Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и "
            "ликвидации последствий стихийных бедствий"),
])
def test_a_ministry_of_the_regions_cabinet(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, expected", [
    # the governor appointing: the minister's title is of the region's ministry
    ("Губернатор Тверской области назначил Олега Пастухова новым министром здравоохранения. Указ подписан "
     "в пятницу.", {("Олег Пастухов", "Министерство здравоохранения Тверской области", "RU-TVE")}),
    # the governor meeting a minister: the federal one
    ("Губернатор Тверской области встретился с министром здравоохранения Олегом Пастуховым.",
     {("Олег Пастухов", "Министерство здравоохранения Российской Федерации", None)}),
])
def test_a_ministers_title_in_the_regions_cabinet(models, text, expected):
    assert minister_rows(text, models) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a ministry the dictionary does not know, named by its remit alone, in a text about the region's cabinet
    ("Правительство Тверской области обновило состав. Министерство лесного хозяйства и охоты возглавит Олег "
     "Пастухов.", "Министерство лесного хозяйства и охоты", "Министерство лесного хозяйства и охоты Тверской области"),
    # the noun alone points back to the ministry named before
    ("Правительство Тверской области обновило состав. Министерство культуры возглавил Олег Пастухов. В "
     "министерстве сообщили о назначении.", "министерстве", "Министерство культуры Тверской области"),
    # ... not in a text with no sign of the cabinet
    ("Губернатор Тверской области встретился в Твери с представителями Министерства лесного хозяйства и охоты.",
     "Министерства лесного хозяйства и охоты", "Министерство лесного хозяйства и охоты"),
])
def test_an_unknown_ministry_of_the_regions_cabinet(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a cabinet named by its noun alone in a text about one region: the region's (``новый`` no part of its name)
    ("Глава Республики Адыгея утвердил новый кабинет министров. Новый кабинет министров соберётся в понедельник.",
     "кабинет министров", "Кабинет министров Республики Адыгея"),
    # ... the government the text names with the region, when it does
    ("В Тверской области губернатор утвердил состав кабинета министров. Правительство Тверской области соберётся "
     "в понедельник.", "кабинета министров", "Правительство Тверской области"),
    # the federal government named: not the region's
    ("Губернатор Тверской области встретился с председателем правительства РФ. Кабинет министров выделит средства.",
     "Кабинет министров", "Кабинет министров"),
])
def test_a_cabinet_named_by_its_noun(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the region's minister's title names the ministry's remit shorter or longer than the federal name
    ("Губернатор Тверской области утвердил состав правительства области. Министром цифрового развития назначен "
     "Иван Рябов. В Минцифры сообщили о планах.", "Минцифры", "Министерство цифрового развития Тверской области"),
    ("Губернатор Тверской области назначил Ивана Рябова министром экономического развития и торговли. В "
     "Минэкономразвития сообщили о планах.", "Минэкономразвития",
     "Министерство экономического развития и торговли Тверской области"),
])
def test_a_regions_ministry_is_named_as_its_ministers_title_names_it(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # the same remit: the federal name's words
    ("Губернатор Тверской области назначил Ивана Рябова министром здравоохранения. Ранее Минздравом руководила "
     "Анна Котова.", "Минздравом", "Министерство здравоохранения Тверской области"),
    # two remits that both fit: the federal name's words
    ("Губернатор Тверской области назначил Ивана Рябова министром экономического развития и торговли, а Анну Котову "
     "министром экономического развития и инвестиций. В Минэкономразвития сообщили о планах.",
     "Минэкономразвития", "Министерство экономического развития Тверской области"),
])
def test_a_regions_ministry_keeps_the_federal_words_otherwise(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a bare cabinet in a text of one government is that government
    ("Правительство Франции одобрило закон. Кабинет министров собирается по средам.", "Кабинет министров",
     "Правительство Франции"),
    ("Премьер Иван Зорин сказал, что правительству неважно, какая компания будет работать, - заявил глава "
     "кабинета министров.", "кабинета министров", "Правительство"),
    # none, or two: as it is
    ("Кабинет министров собирается по средам.", "Кабинет министров", "Кабинет министров"),
    ("Правительство Франции и правительство Германии одобрили закон. Кабинет министров собирается по средам.",
     "Кабинет министров", "Кабинет министров"),
])
def test_cabinet_of_one_government(text, mention, expected, models):
    assert org_entity_names(text, models)[mention] == expected


def test_cabinet_mention_as_written(models):
    result = analyze("Правительство Франции одобрило закон. Кабинет министров собирается по средам.", models)
    assert {m.text: m.normal for m in result.mentions if m.type == "ORG"}["Кабинет министров"] == "Кабинет министров"


@pytest.mark.parametrize("name, expected", [
    # a time adjective whose first lemma pymorphy gives is a verb's (``действующий`` → ``действовать``)
    ("Действующий кабинет министров", True), ("Новый кабинет министров", True), ("Кабинет министров", True),
    ("Заречный кабинет министров", False),
])
def test_a_bare_cabinet_with_a_time_adjective(models, name, expected):
    from nerpipe.resolve.cabinet import _bare_cabinet

    assert _bare_cabinet(name, models.gazetteer) is expected
