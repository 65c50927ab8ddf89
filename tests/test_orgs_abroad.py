"""Which body a mention without a country is: the foreign one the document names, the party whose
unit it is, the dictionary's body named inside another organization's name."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names


def org_names(text, models) -> list[tuple[str, str]]:
    """Each ORG mention with the name of the body it is (its entity's)."""
    result = analyze(text, models)
    names = {org.org_id: org.name for org in result.organizations}
    return [(m.text, names.get(m.entity_id, m.normal)) for m in result.mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, surface, name", [
    # a body the text names with a foreign country is that body where it names no country
    ("Верховный суд США отклонил иск. Решение Верховного суда вступило в силу.", "Верховного суда",
     "Верховный суд США"),
    ("Об этом сообщил МИД Франции. Представитель МИДа добавил, что Париж против.", "МИДа", "МИД Франции"),
    # the full name written in the text names the abbreviation too
    ("Об этом сообщил МИД Франции. Министерство иностранных дел Франции добавило подробности.", "МИД Франции",
     "Министерство иностранных дел Франции"),
    # a body the text also names as Russia's stays the dictionary's
    ("Верховный суд Испании отклонил иск. Верховный суд России рассмотрит дело. Решение Верховного суда "
     "вступило в силу.", "Верховного суда", "Верховный суд Российской Федерации"),
    # a unit abbreviation alone is that of the party the text names
    ("Члены ЦК Трудовой партии Бразилии собрались в столице. ЦК одобрил план.", "ЦК",
     "ЦК Трудовой партии Бразилии"),
    # a dictionary body named inside another organization's name is the dictionary's
    ("Комитет Госдумы по обороне одобрил поправки.", "Госдумы",
     "Государственная Дума Федерального Собрания Российской Федерации"),
    ("Законодательная дума области приняла закон. Депутаты Думы выступили.", "Думы",
     "Законодательная дума области"),
    ("Государственный департамент США выразил озабоченность. Госдеп призвал к сдержанности.", "Госдеп",
     "Государственный департамент США"),
    ("Наблюдатели от Афросоюза заявили о нарушениях.", "Афросоюза", "Африканский союз"),
    ("В Госдепартаменте заявили о санкциях.", "Госдепартаменте", "Государственный департамент США"),
    # in a text about another country, its body of a kind every state has, by the head noun
    ("В Киеве прошли выборы президента Украины. По данным ЦИК, явка превысила 60 процентов.", "ЦИК",
     "Центральная избирательная комиссия Украины"),
    ("В Ереване прошёл митинг. Армянские власти заявили, что Генпрокуратура возбудила дело.", "Генпрокуратура",
     "Генеральная прокуратура Армении"),
    ("В Грузии прошли обыски. Конституционный суд рассмотрит жалобу.", "Конституционный суд",
     "Конституционный суд Грузии"),
    ("В Москве прошли обыски. Конституционный суд рассмотрит жалобу.", "Конституционный суд",
     "Конституционный суд Российской Федерации"),
    ("В Грузии прошли выборы. Депутаты Государственной думы осудили их.", "Государственной думы",
     "Государственная Дума Федерального Собрания Российской Федерации"),
    # a compound is the body whose adjective and noun it shortens
    ("Национальный банк Украины снизил ставку. Решение Нацбанка поддержали.", "Нацбанка",
     "Национальный банк Украины"),
    ("Национальная гвардия Украины провела учения. В Нацгвардии сообщили об итогах.", "Нацгвардии",
     "Национальная гвардия Украины"),
    ("Центральный банк Армении снизил ставку. Центробанк объяснил это инфляцией.", "Центробанк",
     "Центральный банк Армении"),
])
def test_the_body_a_mention_without_a_country_is(models, text, surface, name):
    names = dict(org_names(text, models)[::-1])  # the first mention of a surface
    assert names.get(surface) == name


@pytest.mark.parametrize("text, name", [
    # a shared abbreviation is the body whose context the document holds, places of its district included
    ("Мэр Хабаровска выступил на ВЭФ.", "Восточный экономический форум"),
    ("Делегация края представила проекты на ВЭФ во Владивостоке.", "Восточный экономический форум"),
    ("Мэр Твери выступил на ВЭФ.", "Всемирный экономический форум"),
    ("Банкир выступил на ВЭФ в Давосе, хотя прежде бывал на Дальнем Востоке.", "Всемирный экономический форум"),
])
def test_a_shared_abbreviation_in_its_context(models, text, name):
    assert dict(org_names(text, models)).get("ВЭФ") == name


@pytest.mark.parametrize("name, key, expected", [
    ("Национальный банк Украины", "нацбанк", True),
    ("Центральный банк Армении", "центробанк", True),
    ("Национальная гвардия", "нацгвардия", True),
    ("Банк Армении", "нацбанк", False),
])
def test_compounds_of_a_name(models, name, key, expected):
    from nerpipe.resolve.compounds import compound_keys

    assert (key in compound_keys(name, models.orgs.morph)) is expected


@pytest.mark.parametrize("text, name", [
    # a town's body alone is that of the town the text names most often
    ("Жители Москвы пришли к мэрии с плакатами.", "Мэрия Москвы"),
    ("В Твери прошёл митинг. Участники пошли к мэрии.", "Мэрия Твери"),
    ("Митинг прошёл у мэрии.", "Мэрия"),
])
def test_a_town_body_of_the_town_the_text_is_about(models, text, name):
    assert dict(org_names(text, models)).get("мэрии") == name


def test_an_abbreviation_and_the_full_name_of_a_foreign_body_are_one(models):
    text = "Об этом сообщил МИД Франции. Министерство иностранных дел Франции добавило подробности."
    mentions = [m for m in analyze(text, models).mentions if m.type == "ORG"]
    assert len({m.entity_id for m in mentions}) == 1


def test_a_name_the_dictionary_shares_between_bodies_is_told_apart_by_context(models):
    """Two bodies of the dictionary share a name only when all but one say in what context it is theirs."""
    for key, refs in models.orgs.by_key.items():
        bodies = {ref.name: ref for ref in refs}
        assert len(bodies) == 1 or sum(not ref.context for ref in bodies.values()) <= 1, key


@pytest.mark.parametrize("text, name, country", [
    # a text about Russia at large: Russia's government and police
    ("В России выросли пенсии. Правительство России обсудило бюджет. Позже правительство одобрило закон.",
     "Правительство Российской Федерации", "RU"),
    ("Жители России ждут перемен. Правительство одобрило закон.", "Правительство Российской Федерации", "RU"),
    ("В Томске прошёл форум. Полиция усилила охрану.", "Полиция России", "RU"),
    # a text about one region: its government may be the region's, Russia's body all the same
    ("В Томске прошёл форум. Правительство одобрило закон.", "Правительство", "RU"),
    # a text about several countries, or about none: no one's; a body Russia has many of: Russia's
    ("Жители России и Грузии ждут перемен. Правительство одобрило закон.", "Правительство", None),
    ("Правительство одобрило закон о пенсиях.", "Правительство", None),
    ("В Томске прошёл форум. Парламент одобрил закон.", "Парламент", "RU"),
    # a chamber of a parliament by its words alone: the foreign country's; elsewhere as it is
    ("Во Франции прошли выборы. Депутаты Национального собрания поддержали закон.",
     "Национальное собрание Франции", "FR"),
    ("В Канаде прошли выборы. Палата общин одобрила закон.", "Палата общин Канады", "CA"),
    ("В Томске прошёл форум. Палата представителей одобрила закон.", "Палата представителей", None),
])
def test_a_body_named_by_its_noun_alone(models, text, name, country):
    result = analyze(text, models)
    [org] = [o for o in result.organizations if o.name.startswith(name.split()[0])]
    assert (org.name, org.country) == (name, country)


@pytest.mark.parametrize("first, second, shared", [
    # no one's government is the document's own: two documents do not share it
    ("Правительство одобрило закон о пенсиях.", "Правительство обсудило бюджет на заседании.", False),
    ("Жители России ждут перемен. Правительство одобрило закон.",
     "В России выросли пенсии. Правительство обсудило бюджет.", True),
])
def test_which_documents_share_a_body_named_by_its_noun_alone(models, first, second, shared):
    ids = [{o.org_id for o in analyze(text, models).organizations} for text in (first, second)]
    assert bool(ids[0] & ids[1]) is shared


@pytest.mark.parametrize("text, expected", [
    # a compound naming Russia's body after a country's adjective: that country's, in any letter case
    ("Вчера армянский Центробанк сообщил о новых правилах.", ("Центральный банк Армении", "AM")),
    ("Представители казахстанского центробанка приехали на встречу.", ("Центральный банк Казахстана", "KZ")),
    # no adjective: Russia's, in lower case too
    ("Вчера центробанк повысил ставку.", ("Центральный банк Российской Федерации", "RU")),
])
def test_a_compound_after_a_country_adjective(models, text, expected):
    assert {(o.name, o.country) for o in analyze(text, models).organizations} == {expected}


@pytest.mark.parametrize("text, expected", [
    # a state or a province abroad named after its noun, the noun left out of the place's span
    ("Он учится в университете штата Техас.", ("Университет штата Техас", "US")),
    ("Она работает в больнице провинции Онтарио.", ("Больница провинции Онтарио", "CA")),
])
def test_a_body_of_a_state_abroad_is_of_its_country(models, text, expected):
    assert [(o.name, o.country) for o in analyze(text, models).organizations] == [expected]


@pytest.mark.parametrize("text, name, country", [
    # a body of no country named with a body of one country inside its name is of that country
    ("Если сенат конгресса утвердит кандидатуру, Иван Петров станет послом в Вашингтоне.", "Сенат конгресса",
     "US"),
    ("Комитет Госдумы по обороне одобрил поправки.", "Комитет Госдумы по обороне", "RU"),
])
def test_a_body_named_with_a_foreign_body_inside_is_of_its_country(models, text, name, country):
    assert {o.name: o.country for o in analyze(text, models).organizations}[name] == country


@pytest.mark.parametrize("text, region, country", [
    # a district of a town abroad: the town's country, no region of Russia of a town named like the district
    ("Судом Ленинского района города Гомеля оппозиционер приговорён к штрафу.", None, "BY"),
    # a district of a Russian town: the town's region
    ("Суд Ленинского района города Омска вынес приговор.", "RU-OMS", "RU"),
    ("Суд Октябрьского района города Твери вынес приговор.", "RU-TVE", "RU"),
])
def test_a_body_of_a_district_of_a_town_is_of_the_town(models, text, region, country):
    assert [(o.region_code, o.country) for o in analyze(text, models).organizations] == [(region, country)]


def org_countries(text, models) -> dict[str, str | None]:
    """Each organization's name with its country (``None`` for Russia's)."""
    return {org.name: org.country for org in analyze(text, models).organizations}


@pytest.mark.parametrize("text, name, country", [
    # a body of no country the dictionary does not know, in a text plainly about one foreign country
    ("В Канаде прошли выборы. Партия «Кленовый лист» получила большинство в Оттаве и Торонто.",
     "Кленовый лист", "CA"),
    ("Полиция Норвегии задержала активистов. Движение «Северный ветер» провело акцию в Осло и Бергене.",
     "Северный ветер", "NO"),
    # an event of the country too, but the country named as its own as well
    ("Полиция Норвегии задержала активистов. Движение «Северный ветер» провело акцию у трассы чемпионата "
     "Норвегии в Осло и Бергене.", "Северный ветер", "NO"),
    ("В Бахрейне прошли выборы перед Гран-при Бахрейна. Партия «Кедр» получила большинство в Манаме.", "Кедр", "BH"),
    # a body named in the text besides a person's bracket: of the text's country
    ("Бахрейн принял гонку в Манаме. Команда Zentrix провела сбор в Бахрейне. Результаты: Ларс Нурми (Zentrix), "
     "Пётр Орлов (Nordfalk Racing), Иван Зимин (Alpina Team).", "Zentrix", "BH"),
    # a country's own competition: its clubs are the country's
    ("На чемпионате Норвегии по биатлону первым стал клуб «Кедр», вторым — «Вектор».", "Вектор", "NO"),
    # a state body in a bracket after a person is the body of his post: of the text's country
    ("Новыми лицами в правительстве ФРГ стали Анна Зорина (министерство труда) и Ольга Лескова (министерство по "
     "делам семьи).", "Министерство труда", "DE"),
])
def test_a_body_of_no_country_in_a_text_about_one_country(models, text, name, country):
    assert org_countries(text, models).get(name) == country


@pytest.mark.parametrize("text, name", [
    # in a text about Russia, or about no one country, it stays as it was
    ("В Томске и Новосибирске прошли акции. Движение «Северный ветер» провело пикеты.", "Северный ветер"),
    ("В Канаде и в Норвегии прошли акции. Движение «Северный ветер» провело пикеты.", "Северный ветер"),
    # a country named only as where an event is held: the teams come from many
    ("На Гран-при Бахрейна победил Пётр Орлов («Кедр»). Вторым финишировал Иван Зимин («Вектор»).", "Кедр"),
    ("Гонку на Гран-при Бахрейна выиграла команда «Кедр». Вторым стал «Вектор».", "Вектор"),
    ("На турнире Катара по теннису первым стал клуб «Кедр», вторым — «Вектор».", "Вектор"),
    # a body named only in a bracket after a person, his affiliation: whose he is, not of the text's country
    ("Бахрейн принял гонку в Манаме. Команда Zentrix провела сбор в Бахрейне. Результаты: Ларс Нурми (Zentrix), "
     "Пётр Орлов (Nordfalk Racing), Иван Зимин (Alpina Team).", "Nordfalk Racing"),
])
def test_a_body_of_no_country_elsewhere(models, text, name):
    assert org_countries(text, models).get(name, "absent") is None


@pytest.mark.parametrize("text, name, country", [
    # a country's adjective right before the name, with quotes between: that country's
    ("Полузащитник из Москвы перешёл в японский «Кавасаки Фронтале» прошлой зимой.", "Кавасаки Фронтале", "JP"),
    ("Контракт подписал бразильский «Санту-Андре», сообщили в Москве.", "Санту-Андре", "BR"),
    # a place of one country after ``в`` that depends on the body's word: that country's
    ("Она из Москвы, но преподаёт в Колледже святой Урсулы в Канаде.", "Колледж святой Урсулы", "CA"),
    # the place is the head's, not the body's, after the body in the genitive: no country from it
    ("Стороны обсудили в Москве открытие офиса «Зелёной лиги» в Норвегии.", "Зелёная лига", None),
    # a mission of a country abroad is not of the country the place after it names
    ("В Москве сообщили, что представительство «Северолеса» в Финляндии закрылось.", "Северолес", None),
])
def test_the_phrase_of_a_body_says_its_country(models, text, name, country):
    assert {o.name: o.country for o in analyze(text, models).organizations}[name] == country


@pytest.mark.parametrize("text, name, country", [
    # an adjective of a state abroad in the name: that state's country (the text names a place of it)
    ("Он окончил Орегонский университет и переехал из Бостона в Москву.", "Орегонский университет", "US"),
    ("Она преподаёт в Баварской академии искусств, а живёт то в Берлине, то в Москве.",
     "Баварская академия искусств", "DE"),
])
def test_an_adjective_of_a_state_abroad_gives_its_country(models, text, name, country):
    assert {o.name: o.country for o in analyze(text, models).organizations}[name] == country


@pytest.mark.parametrize("text, mention, expected", [
    # a foreign body's abbreviation with its country is its full name there, though the text names another
    # country's body of that name
    ("Министерство иностранных дел Норвегии вызвало российского посла. «Меня пригласили в МИД Норвегии», — сказал "
     "дипломат. Официальный представитель МИД России прокомментировала вызов.", "МИД Норвегии",
     "Министерство иностранных дел Норвегии"),
    ("Министерство иностранных дел Норвегии вызвало российского посла. «Меня пригласили в МИД Норвегии», — сказал "
     "дипломат. Министерство иностранных дел Дании вызвало посла.", "МИД Норвегии",
     "Министерство иностранных дел Норвегии"),
    # the same body named again without its country, in a sentence after it
    ("Министерство иностранных дел Норвегии вызвало российского посла. «Меня пригласили в МИД Норвегии. Мы её "
     "направили в МИД несколько дней назад», — сказал дипломат. Официальный представитель МИД России "
     "прокомментировала вызов.", "МИД", "Министерство иностранных дел Норвегии"),
    # near cases: one with no country stays Russia's; another country's stays its own
    ("Министерство иностранных дел Норвегии вызвало российского посла. Официальный представитель МИД России "
     "прокомментировала вызов. Позже в МИД заявили о протесте.", "МИД",
     "Министерство иностранных дел Российской Федерации"),
    ("Министерство иностранных дел Норвегии вызвало российского посла. Официальный представитель МИД России "
     "прокомментировала вызов. Посол МИД Дании промолчал.", "МИД Дании", "МИД Дании"),
])
def test_a_foreign_bodys_abbreviation_with_its_country(models, text, mention, expected):
    assert org_entity_names(text, models)[mention] == expected


@pytest.mark.parametrize("text, mention, name", [
    # a body of Russia by its dictionary name (``… России``) stays Russia's in a text about another country, apart
    # from that country's body of the same words
    ("В Риге прошёл турнир. Федерация хоккея Латвии подала протест. Президент ФХР ответил, что правила "
     "соблюдены.", "ФХР", "Федерация хоккея России"),
    ("В Риге прошёл турнир. Федерация хоккея Латвии подала протест. Президент ФХР ответил, что правила "
     "соблюдены.", "Федерация хоккея Латвии", "Федерация хоккея Латвии"),
    # nor is it the body of the country the text is about where the text names no other
    ("В Риге прошёл турнир. Игроки сборной Латвии победили. Президент ФХР поздравил соперников.", "ФХР",
     "Федерация хоккея России"),
])
def test_a_body_of_russia_by_name_is_never_anothers(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
