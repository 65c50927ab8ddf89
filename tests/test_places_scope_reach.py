"""Which foreign country a text's bodies of no country of their own take: not the one it names only as a venue
(:mod:`nerpipe.resolve.venues`), not for bodies listed beside Russia's, sites, networks and relaying media
(:mod:`nerpipe.resolve.scope_reach`); a town named with a division of another country is of that country
(:mod:`nerpipe.resolve.towns_of_states`). Every sentence and name is invented."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span
from nerpipe.resolve.organizations import ResolvedOrg

from .conftest import analyze, places_of


def _countries(text: str, models) -> dict[str, tuple[str, str | None]]:
    """Each ORG mention of ``text`` with its entity's name and country."""
    result = analyze(text, models)
    orgs = {org.org_id: org for org in result.organizations}
    return {m.text: (orgs[m.entity_id].name, orgs[m.entity_id].country) for m in result.mentions
            if m.type == "ORG" and m.entity_id in orgs}


def _country_of(text: str, models, name: str) -> str | None:
    """The country of the body of ``text`` named ``name``."""
    return next(org.country for org in analyze(text, models).organizations if org.name == name)


@pytest.mark.parametrize("text, mention, expected", [
    # a foreign country named only as the venue of talks and as the counterparts': Russia's ministry
    ("Министр финансов Антон Зорин провёл переговоры в Лондоне с британскими коллегами. Минфин сообщил, что "
     "стороны обсудили налоги.", "Минфин", "Министерство финансов Российской Федерации"),
    # the venue of games
    ("Заместитель министра спорта Пётр Карпов возглавил делегацию на Играх в Лондоне. В Минспорте "
     "рассказали о подготовке.", "Минспорте", "Министерство спорта Российской Федерации"),
    # the venue of talks the verb's object names
    ("Министр экономического развития Пётр Карпов провёл переговоры в Лондоне с британскими коллегами. Как "
     "сообщили в Министерстве экономического развития, стороны обсудили инвестиции.",
     "Министерстве экономического развития", "Министерство экономического развития Российской Федерации"),
    ("Переговоры прошли в Берлине. Глава Минэнерго Пётр Карпов остался доволен.", "Минэнерго",
     "Министерство энергетики Российской Федерации"),
    ("Министр финансов Пётр Карпов находится с визитом в Лондоне. Минфин сообщил о планах.", "Минфин",
     "Министерство финансов Российской Федерации"),
    # a visit's destination
    ("Министр финансов Антон Зорин прибыл в Париж. Минфин сообщил о новых налогах.", "Минфин",
     "Министерство финансов Российской Федерации"),
])
def test_a_venue_abroad_moves_no_ministry(models, text, mention, expected):
    assert _countries(text, models)[mention][0] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a town of the country named otherwise than as a venue: the country's ministry
    ("В Тбилиси задержали подозреваемого. Как сообщили в МВД, он признал вину.", "МВД",
     "Министерство внутренних дел Грузии"),
    ("В Тбилиси прошли обыски. Как сообщили в МВД, задержаны трое.", "МВД", "Министерство внутренних дел Грузии"),
    ("Полиция задержала в Тбилиси участников встречи. Как сообщили в МВД, задержаны трое.", "МВД",
     "Министерство внутренних дел Грузии"),
    # a meeting of the country's own bodies in its capital: no venue
    ("В Тбилиси прошло совещание. Как сообщили в МВД, задержаны трое.", "МВД", "Министерство внутренних дел Грузии"),
    # the country named beside its venue: the country's
    ("Премьер-министр Великобритании Джон Кедрон провёл переговоры в Лондоне. Минфин поддержал решение.",
     "Минфин", "Министерство финансов Великобритании"),
])
def test_a_country_named_otherwise_keeps_its_bodies(models, text, mention, expected):
    assert _countries(text, models)[mention][0] == expected


@pytest.mark.parametrize("text, mention", [
    # listed beside Russia's bank of the dictionary
    ("Министерство финансов США ввело санкции против банков. Под ограничения попали Сбербанк, банк «Заречье» "
     "и компания «Кедроснаб». В Вашингтоне заявили, что санкции продлят.", "Кедроснаб"),
    # named by a kind the text speaks of as Russia's, and listed with one
    ("США ввели санкции против российских банков. В список попали Сбербанк, банк «Заречье» и фирма «Кедроснаб». "
     "В Вашингтоне обещают новые меры.", "Кедроснаб"),
    ("США ввели санкции против российских банков. В список попали банк «Заречье» и фирма «Кедроснаб». "
     "В Вашингтоне обещают новые меры.", "Заречье"),
    ("США ввели санкции против российских банков. В список попали банк «Заречье» и банк «Восходбанк». "
     "В Вашингтоне обещают новые меры.", "Восходбанк"),
    # a social network
    ("Депутат Верховной Рады Украины Иван Кобзарь написал на своей странице в соцсети Kedrbook, что Рада "
     "соберётся в Киеве.", "Kedrbook"),
    ("Депутат Верховной Рады Украины Иван Кобзарь написал в социальной сети «Кедрограм», что Рада соберётся в "
     "Киеве.", "Кедрограм"),
])
def test_the_texts_country_does_not_reach(models, text, mention):
    assert _country_of(text, models, mention) is None


@pytest.mark.parametrize("text, mention, expected", [
    # a pair with one of Russia's: partners, the text's country
    ("Газпром и Кедронафтогаз подписали новый контракт в Киеве. Украина получит газ. Президент Украины одобрил "
     "сделку.", "Кедронафтогаз", "UA"),
    # a firm of no stated country in a text about the US, listed with no body of Russia's: the US
    ("В штате Техас открылся завод. Компании «Кедроснаб» и «Бирюзатех» вложили в него миллионы. В США завод "
     "назвали крупнейшим.", "Кедроснаб", "US"),
    # an adjective of the country before the body: its own phrase wins over Russia's kind
    ("США ввели санкции против российских банков. Американский банк «Заречье» поддержал решение. В Вашингтоне "
     "обещают новые меры.", "Заречье", "US"),
    # a unit named with Russia's body it belongs to: one body, Russia's, never the text's foreign country
    ("Украинские пограничники задержали офицеров Главного разведывательного управления Вооруженных сил Российской "
     "Федерации, сообщили в Киеве.", "Главное разведывательное управление Вооруженных сил Российской Федерации", "RU"),
    # a site of a country's domain: that country's
    ("Госдепартамент США выступил с заявлением, передаёт Kedr.ua. В Вашингтоне ждут ответа.", "Kedr.ua", "UA"),
    ("Госдепартамент США выступил с заявлением, пишет Zarya.kz. В Вашингтоне ждут ответа.", "Zarya.kz", "KZ"),
    # a medium relaying others' news: the text's country
    ("Число жертв землетрясения в Индонезии превысило сто человек, сообщает издание The Kedron Times со ссылкой "
     "на спасателей. Власти Индонезии объявили траур.", "The Kedron Times", "ID"),
])
def test_the_country_of_a_body(models, text, mention, expected):
    assert _country_of(text, models, mention) == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Полиция Кембриджа, штат Массачусетс, задержала студента.", "Кембриджа", "US"),
    ("Мэрия Лондона (провинция Онтарио) объявила конкурс.", "Лондона", "CA"),
    # no division after it: the gazetteer's town
    ("Полиция Кембриджа задержала студента. В Великобритании это вызвало споры.", "Кембриджа", "GB"),
])
def test_a_town_named_with_a_division(models, text, mention, expected):
    assert places_of(text, models)[mention][2] == expected


@pytest.mark.parametrize("text, inner, parent, country, expected", [
    # a body right before the genitive of a body of a country: part of it, of its country
    ("Задержаны офицеры Кедровского управления Вооружённых сил Украины.", "Кедровского управления",
     "Вооружённых сил Украины", "UA", "UA"),
    ("Задержаны офицеры Кедровского управления Вооружённых сил России.", "Кедровского управления",
     "Вооружённых сил России", "RU", "RU"),
    # a comma between: no part
    ("Задержаны офицеры Кедровского управления, Вооружённых сил Украины.", "Кедровского управления",
     "Вооружённых сил Украины", "UA", None),
])
def test_a_part_of_a_body_of_a_country(models, text, inner, parent, country, expected):
    from nerpipe.ner import analyze_text
    from nerpipe.resolve.scope_reach import bodies_out_of_scope

    analysis = analyze_text(text, models.tagger)
    start, stop = text.index(inner), text.index(inner) + len(inner)
    outer = text.index(parent)
    organizations = {Span(start, stop, ORG): ResolvedOrg("a", inner, None, None),
                     Span(outer, outer + len(parent), ORG): ResolvedOrg("b", parent, None, None, country)}
    assert bodies_out_of_scope(analysis, organizations, models.orgs).get(Span(start, stop, ORG)) == expected
