"""A state body named as Russia's would be, in a document about another country, is that country's."""

from __future__ import annotations

import pytest

from .conftest import analyze

ABOUT_GEORGIA = "В Грузии прошли выборы. Парламент Грузии собрался в Тбилиси. Жители Грузии ждут перемен. "


def organization(text: str, surface: str, models):
    result = analyze(text, models)
    orgs = {o.org_id: o for o in result.organizations}
    [mention] = [m for m in result.mentions if m.type == "ORG" and m.text == surface]
    org = orgs[mention.entity_id]
    return org.name, org.country


@pytest.mark.parametrize("text, surface, name, country", [
    (ABOUT_GEORGIA + "МВД сообщило о задержаниях.", "МВД", "Министерство внутренних дел Грузии", "GE"),
    # the text names Russia's body: by an adjective, or elsewhere by its full name
    (ABOUT_GEORGIA + "Санкции российского Минсельхоза ударят по экономике.", "Минсельхоза",
     "Министерство сельского хозяйства Российской Федерации", "RU"),
    ("Минсельхоз РФ запретил ввоз овощей из Грузии. " + ABOUT_GEORGIA + "Решение Минсельхоза обжалуют.",
     "Минсельхоза", "Министерство сельского хозяйства Российской Федерации", "RU"),
    # a foreign country's adjective before a mention names that country, in any text
    (ABOUT_GEORGIA + "Глава грузинского МВД подал в отставку.", "МВД", "Министерство внутренних дел Грузии", "GE"),
    ("В Томске прошёл форум. Эксперты американского Минфина приехали на него.", "Минфина",
     "Министерство финансов США", "US"),
    (ABOUT_GEORGIA + "МЧС сообщило о наводнении.", "МЧС",
     "Министерство по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных "
     "бедствий Грузии", "GE"),
    # a body of Russia's own stays Russia's: of no kind every state has, with a place of Russia in its
    # name, or named by a name of Russia's own
    (ABOUT_GEORGIA + "Депутаты Госдумы осудили выборы.", "Госдумы",
     "Государственная Дума Федерального Собрания Российской Федерации", "RU"),
    (ABOUT_GEORGIA + "Минкавказ выделил средства.", "Минкавказ",
     "Министерство по делам Северного Кавказа Российской Федерации", "RU"),
    (ABOUT_GEORGIA + "Кремль осудил выборы.", "Кремль", "Администрация Президента Российской Федерации", "RU"),
    # a text about no foreign country
    ("В Томске прошёл форум. МВД сообщило о задержаниях.", "МВД", "Министерство внутренних дел Российской Федерации",
     "RU"),
    # a body named by its noun alone is the one of the country the text is about (in a text about one
    # region of Russia, Russia's of no level said)
    (ABOUT_GEORGIA + "Правительство одобрило закон.", "Правительство", "Правительство Грузии", "GE"),
    (ABOUT_GEORGIA + "Полиция усилила охрану.", "Полиция", "Полиция Грузии", "GE"),
    ("В Томске прошёл форум. Правительство одобрило закон.", "Правительство", "Правительство", "RU"),
])
def test_a_state_body_of_the_country_a_text_is_about(models, text, surface, name, country):
    assert organization(text, surface, models) == (name, country)


@pytest.mark.parametrize("text, position, country, ministry", [
    # a title that states no country, of a holder whose other titles state one foreign country: that country's
    ("Президент Эстонии Карл Ильвес прибыл в Москву. Ранее Ильвес работал министром обороны.",
     "министр обороны", "EE", "Министерство обороны Эстонии"),
    # not the country of a post only run for
    ("Жители Москвы обсуждают назначение. Игорь Соболев выдвинут на должность посла в Китае. Ранее Соболев "
     "работал министром обороны.", "министр обороны", None, "Министерство обороны Российской Федерации"),
    # not another holder's title
    ("Президент Эстонии Карл Ильвес прибыл в Москву и встретился с министром обороны Иваном Петровым.",
     "министр обороны", None, "Министерство обороны Российской Федерации"),
])
def test_a_title_of_a_holder_abroad(models, text, position, country, ministry):
    result = analyze(text, models)
    orgs = {o.org_id: o.name for o in result.organizations}
    [row] = [f for f in result.positions if f.position == position]
    assert (row.country, orgs.get(row.org_id)) == (country, ministry)


@pytest.mark.parametrize("text, expected", [
    # a mission a foreign country opens in a Russian town: that country's, whatever town it is in
    ("Киргизия открыла почетное консульство в Южно-Сахалинске.", ("Почётное консульство в Южно-Сахалинске", "KG")),
    ("Словения откроет консульство в Казани.", ("Консульство в Казани", "SI")),
    # Russia's, or a body of a region, or the object of a verb of no country: as it was
    ("Россия открыла консульство в Казани.", ("Консульство в Казани", "RU")),
    ("Губернатор открыл представительство области в Москве.", ("Представительство области в Москве", "RU")),
])
def test_a_mission_of_the_country_that_opens_it(models, text, expected):
    assert {(o.name, o.country) for o in analyze(text, models).organizations} == {expected}
