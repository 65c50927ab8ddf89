"""ORG spans that name no organization, or more than one mention of it: attributes, works,
instruments, kinds of organizations, the sentence's full stop and a short name in brackets."""

from __future__ import annotations

import pytest

from nerpipe.records import ORG, Span

from .conftest import analyze, org_entity_names, org_texts


@pytest.mark.parametrize("text, absent, present", [
    # quoted titles of works after their noun
    ("Фестиваль покажет такие картины, как «Зимний сад», «Белый парус» и «Дорога».", "Зимний сад", None),
    ("Оркестр сыграет музыку к фильму «Маяк» на площади.", "Маяк", None),
    # a quoted name after a building people go to
    ("Фильмы покажут в кинотеатрах «Орбита», «Заря» и «Рассвет».", "Заря", None),
    ("Гостей разместили в гостинице «Заря».", "Заря", None),
    ("Матч прошёл на стадионе «Кедр-Арена» при полных трибунах.", "Кедр-Арена", None),
    # a body in the genitive after a noun that is also a vehicle's is a body (its staff), no vehicle
    ("Обращения поступили в аппарат Государственной думы.", None, "Государственной думы"),
    ("Письмо пришло в аппарат Верховной Рады.", None, "Верховной Рады"),
    ("Космический аппарат «Заря-3» вышел на орбиту.", "Заря-3", None),
    ("Орбитальный телескоп Кеплер снял звезду.", "Орбитальный телескоп Кеплер", None),
    ("Игра пройдёт на стадионе «Заречье» в субботу.", "Заречье", None),
    ("Клуб «Кедр» купил стадион у города.", None, "Клуб «Кедр»"),
    ("Магазин открылся в торговом центре «Европа».", "Европа", None),
    ("Концерт прошёл в пражском торговом центре Nova Plaza.", "пражском торговом центре Nova Plaza", None),
    ("Доклад подготовил Центр стратегических разработок.", None, "Центр стратегических разработок"),
    # a Latin word with a number designates a model or a virus
    ("Врачи изучают вирус XR-19 уже год.", "XR-19", None),
    # an instrument named after adjectives
    ("Космический телескоп Хаббл снял галактику.", "Космический телескоп Хаббл", None),
    # a kind of organization with a Latin prefix
    ("Налоговые льготы получат IT-компании и банки.", "IT-компании", None),
    # a body after an adjective whose noun is also a form of a vehicle's stays
    ("Жалобу рассмотрит судья Конституционного суда.", None, "Конституционного суда"),
    # a quoted name that is a common noun of a kind of organization is a name
    ("Он играл в группе «Федерация».", None, "группе «Федерация»"),
    # a quoted name in the genitive after a work is who made it
    ("Зрители увидели спектакль «Современника» о войне.", None, "Современника"),
    # a title held before (``экс-``) opening the sentence is no adjective of the body after it
    ("Экс-начальник полиции Твери Глеб Ракитин открыл школу.", "Экс-начальник полиции Твери", "полиции Твери"),
    ("Экс-директор городской больницы Анна Котова открыла клинику.", "Экс-директор городской больницы",
     "городской больницы"),
    # a company named after a person the text names: a name in apposition stays the company's
    ("Роберт Уэлдфорд возглавил компанию Уэлдфорд.", None, "компанию Уэлдфорд"),
    # the singular of a common noun a newspaper's name writes in the plural is the noun
    ("Известие о помолвке облетело город. Об этом пишут «Известия».", "Известие", "Известия"),
    ("Весть о победе пришла вечером, сообщили «Вести».", None, "Вести"),
    # a predicate's short adjective before a body is none of its name
    ("Мы благодарны компании «Вектор-Строй» за помощь.", "благодарны компании «Вектор-Строй»",
     "компании «Вектор-Строй»"),
    ("Читатели рады газете «Северный курьер» и её авторам.", "рады газете «Северный курьер»",
     "газете «Северный курьер»"),
    # a code of law alone is no body; a group of companies with its name is
    ("Поправки в ГК одобрены в первом чтении.", "ГК", None),
    ("Дело возбуждено по статье УК о мошенничестве.", "УК", None),
    ("ГК «Северстрой» сдала дом в срок.", None, "ГК «Северстрой»"),
    # what the quoted title of an act is about is no body the text speaks of
    ("Депутаты изменили закон «О государственной гражданской службе РФ» в среду.",
     "государственной гражданской службе РФ", None),
    ("Совет принял постановление «Об управлении делами Совета министров».", "управлении делами Совета министров",
     None),
    # a word of people of an occupation alone is no body; a quoted one is a name
    ("Учения альянса\nСолдаты НАТО в Латвии\nВ Латвии прошли учения.", "Солдаты НАТО", "НАТО"),
    ("Учения альянса\nСолдаты НАТО в Латвии\nВ Латвии прошли учения.", "Солдаты", None),
    ("Он возглавил студию «Пилот» в прошлом году.", None, "Пилот"),
    # a quoted title after the noun of its work and its author's name
    ("Зрители ждут, когда выйдет сериал Петра Зорина «Белый маяк».", "Белый маяк", None),
    ("В прокат выходит фильм Анны Леоновой «Норд Ривер».", "Норд Ривер", None),
    # the leadership of a body named by its kind alone is none of its own
    ("Федерация гребли Литвы объявила состав. Спортсмен сообщил руководству федерации о решении.",
     "руководству федерации", None),
])
def test_spans_that_name_no_organization(models, text, absent, present):
    found = org_texts(text, models)
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("text, expected", [
    ("Он учился в Колумбийском университете.", "Колумбийском университете"),
    ("Вклад внесло ООО.", "ООО."),  # an abbreviation's full stop stays
    ("Решение принял совет", "совет"),
])
def test_the_full_stop_of_the_sentence_is_left_out(text, expected):
    from nerpipe.spans.edges import drop_full_stop

    start = text.index(expected.split()[0])
    span = drop_full_stop(text, Span(start, len(text), ORG))
    assert text[span.start:span.end] == expected


@pytest.mark.parametrize("text, head, short", [
    ("Приказ издало Областное агентство лесного хозяйства (Облеслхоз)",
     "Областное агентство лесного хозяйства", "Облеслхоз"),
    ("Приказ издала Федеральная служба по надзору в сфере связи (Роскомнадзор)",
     "Федеральная служба по надзору в сфере связи", "Роскомнадзор"),
    ("Выступил ректор Томского университета (Томск)", None, None),  # a place in brackets stays
])
def test_a_short_name_in_brackets_is_a_mention_of_its_own(models, text, head, short):
    from nerpipe.spans.edges import split_abbreviation

    start = text.index(text.split()[2])
    span, inner = split_abbreviation(text, Span(start, len(text), ORG), models.gazetteer)
    if short is None:
        assert inner is None
    else:
        assert (text[span.start:span.end], text[inner.start:inner.end]) == (head, short)


def test_a_short_name_in_brackets_is_the_same_organization(models):
    text = "Приказ издало Областное агентство лесного хозяйства (Облеслхоз). Облеслхоз выдал разрешения."
    mentions = [m for m in analyze(text, models).mentions if m.type == "ORG"]
    assert len({m.entity_id for m in mentions}) == 1 and len(mentions) >= 2


@pytest.mark.parametrize("surface, expected", [
    ("IT-компании", True),
    ("PR-агентство", True),
    ("Альфа-банк", False),
    ("IT-Вектор", False),
    # a capitalised Latin name before the kind: a name (a bank called so), no kind
    ("Zentrix-банк", False),
    ("Kedra-компании", False),
])
def test_a_kind_of_organization_with_a_prefix(models, surface, expected):
    from nerpipe.resolve.prefixed_kinds import is_prefixed_kind

    assert is_prefixed_kind(surface, models.orgs) is expected


@pytest.mark.parametrize("text, surface, name", [
    # a diplomatic body is named by the place or organization it is in or at
    ("Фонд купил здание для своего постоянного представительства в Австрии.",
     "постоянного представительства в Австрии", "Постоянное представительство в Австрии"),
    ("Посольство России в Германии выразило протест.", "Посольство России в Германии",
     "Посольство России в Германии"),
    ("Сотрудник постпредства при ООН выступил.", "постпредства при ООН", "Постпредство при ООН"),
    ("Здание консульства в Риге закрыли.", "консульства в Риге", "Консульство в Риге"),
])
def test_a_diplomatic_body_named_by_where_it_is(models, text, surface, name):
    assert dict((m.text, m.normal) for m in analyze(text, models).mentions if m.type == "ORG").get(surface) == name


def test_a_diplomatic_body_without_a_place_is_none(models):
    assert org_texts("Посольство в понедельник выразило протест.", models) == []


@pytest.mark.parametrize("text, taken, expected", [
    ("Проверку начал СК\n\nФонд борьбы с бедностью\nВ Твери прошли обыски.",
     "СК\n\nФонд борьбы с бедностью\nВ", ["СК", "Фонд борьбы с бедностью"]),
    ("Пришёл Союз\nВ городе", "Союз\nВ", ["Союз"]),
    ("Пришёл фонд «Вектор»", "фонд «Вектор»", ["фонд «Вектор»"]),
])
def test_a_span_across_line_breaks_is_cut_into_its_lines(text, taken, expected):
    from nerpipe.spans.edges import split_at_lines

    start = text.index(taken)
    pieces = split_at_lines(text, Span(start, start + len(taken), ORG))
    assert [text[p.start:p.end] for p in pieces] == expected


def test_no_organization_runs_across_a_line_break(models):
    text = "Проверку начал СК\n\nФонд борьбы с бедностью\nВ Твери полиция пришла в офис фонда."
    assert not any("\n" in surface for surface in org_texts(text, models))


def test_a_quoted_name_in_brackets_is_the_same_organization(models):
    text = "Фильм покажут на телеканале «Вектор ТВ» («Вектор-Культура»)."
    mentions = {m.text: m.entity_id for m in analyze(text, models).mentions if m.type == "ORG"}
    assert "Вектор-Культура" in mentions and len(set(mentions.values())) == 1


@pytest.mark.parametrize("text, taken, expected", [
    # a straight quote after a word closes a name opened before the span: no run to the next quote
    ('лидер "Союза — Фронт" (АБВ) Иван Петров и глава "Движения" (ВГД)', 'Союза — Фронт" (АБВ',
     'Союза — Фронт" (АБВ'),
    # one that opens a name runs to its closing quote
    ('Сделку одобрило ООО "Вектор Плюс" в мае.', 'ООО "Вектор', 'ООО "Вектор Плюс"'),
    # a line break in the middle of a quoted name: the name goes on to its quote on the next line
    ("Контракт подписала компания «Северные\nогни» в мае.", "компания «Северные", "компания «Северные\nогни»"),
    ("Сотрудники ЗАО «Ладожский\nсудоремонтный завод» вышли на работу.", "ЗАО «Ладожский",
     "ЗАО «Ладожский\nсудоремонтный завод»"),
    # a new paragraph, or a line opening with a capital letter, is no name's rest
    ("Контракт подписала компания «Северные\n\nогни» в мае.", "компания «Северные", "компания «Северные"),
    ("Контракт подписала компания «Северные\nВ мае «огни» погасли.", "компания «Северные", "компания «Северные"),
])
def test_quotes_closed_of_a_span(text, taken, expected):
    from nerpipe.spans.edges import close_quotes

    start = text.index(taken)
    span = close_quotes(text, Span(start, start + len(taken), ORG))
    assert text[span.start:span.end] == expected


@pytest.mark.parametrize("word, kind", [
    ("медиахолдинга", "descriptor"),
    ("Медиахолдинг", "descriptor"),
    ("нефтекомпании", "descriptor"),
    ("автозавода", "descriptor"),
    ("кинотеатрах", None),  # a building
    ("Уралвагонзавод", None),  # a name
    ("Газпромбанк", None),
])
def test_a_compound_that_ends_in_a_descriptor(models, word, kind):
    assert models.orgs.kind_of(word) == kind


@pytest.mark.parametrize("text, name", [
    ("Медиахолдинг «Вектор» открыл новый канал.", "Вектор"),
    ("Сотрудники нефтекомпании «Северная звезда» вышли на забастовку.", "Северная звезда"),
])
def test_a_compound_descriptor_is_left_out_of_the_name(models, text, name):
    assert [m.normal for m in analyze(text, models).mentions if m.type == "ORG"] == [name]


@pytest.mark.parametrize("text, taken, expected", [
    ("Офис «Вектора» закрыли.", "Офис «Вектора»", "Вектора"),
    ("Акции «Вектора» подорожали.", "Акции «Вектора»", "Вектора"),
    ("Правление «Вектора» собралось.", "Правление «Вектора»", "Правление «Вектора»"),  # a unit
    ("Проект «Вектор» запущен.", "Проект «Вектор»", "Проект «Вектор»"),  # a name in apposition
])
def test_a_noun_before_a_quoted_genitive_is_no_part_of_the_name(models, text, taken, expected):
    from nerpipe.ner import analyze_text
    from nerpipe.spans.edges import drop_leading_nouns

    analysis = analyze_text(text, models.tagger)
    start = text.index(taken)
    [span] = drop_leading_nouns(analysis, [Span(start, start + len(taken), ORG)], models.orgs)
    assert text[span.start:span.end] == expected


def test_an_abbreviation_before_a_remark_in_brackets_names_the_organization(models):
    text = "Суд признал банкротом ОАО «Заречная ткацкая компания» (ЗТК; долги с 2009 года). Кредиторы ЗТК спорят."
    names = org_entity_names(text, models)
    assert names.get("ЗТК") == names.get("ОАО «Заречная ткацкая компания»") is not None, names


def test_a_legal_form_before_a_defined_abbreviation(models):
    text = "Суд признал банкротом ОАО «Заречная ткацкая компания» (ЗТК). Управляющий ОАО ЗТК подал иск."
    names = org_entity_names(text, models)
    assert names.get("ОАО ЗТК") == names.get("ОАО «Заречная ткацкая компания»") is not None, names


def test_a_name_and_its_abbreviation_in_brackets_are_two_mentions_of_one_organization(models):
    text = 'Об этом заявила организация "Союз защиты рек" (River Defence Union, RDU).'
    mentions = {m.text: m.entity_id for m in analyze(text, models).mentions if m.type == "ORG"}
    assert {"River Defence Union", "RDU"} <= mentions.keys() and len(set(mentions.values())) == 1


@pytest.mark.parametrize("text, expected", [
    ("Сеть (Clean Water Alliance, CWA) выступила", ["Clean Water Alliance", "CWA"]),
    ("Сеть (Clean Water Alliance) выступила", ["Clean Water Alliance"]),
    ("Сеть (Москва, Тверь) выступила", ["Москва, Тверь"]),
    ("Сеть (ЗТК; банкрот с 2009 года) выступила", ["ЗТК"]),
    ("Сеть (город Тверь; банкрот) выступила", ["город Тверь; банкрот"]),
])
def test_the_names_in_brackets(text, expected):
    from nerpipe.orgs import bracketed_parts

    assert [text[start:end] for start, end in bracketed_parts(text, len("Сеть"))] == expected


@pytest.mark.parametrize("text, surface, name", [
    ("Мариинский театр открыл сезон. Мариинский показал премьеру.", "Мариинский", "Мариинский театр"),
    ("Мариинский театр открыл сезон. Вчера Мариинский показал премьеру.", "Мариинский", "Мариинский театр"),
    ("Большой театр открыл сезон. Большой зал был полон.", "Большой", None),  # an adjective of its noun
])
def test_the_adjective_an_organization_goes_by(models, text, surface, name):
    names = {m.text: m.normal for m in analyze(text, models).mentions if m.type == "ORG"}
    assert names.get(surface) == name


@pytest.mark.parametrize("text", [
    "Расследование опубликовал ФББ (Фонд борьбы с бедностью). Юристы ФББ подали иск.",
    "Расследование опубликовал Фонд борьбы с бедностью. Юристы ФББ подали иск.",
])
def test_an_abbreviation_and_the_full_name_are_one_organization(models, text):
    result = analyze(text, models)
    names = {org.org_id: org.name for org in result.organizations}
    mentions = [(m.text, names[m.entity_id]) for m in result.mentions if m.type == "ORG"]
    assert {name for _, name in mentions} == {"Фонд борьбы с бедностью"}
    assert ("ФББ", "Фонд борьбы с бедностью") in mentions


@pytest.mark.parametrize("text, word, expected", [
    # an adjective tagged alone before a noun or a quoted name is an attribute of it, no name
    ("Лондонский «Маяк» надеется продать полузащитника.", "Лондонский", True),
    ("Вчерашнее заседание кабинета министров прошло без прессы.", "Вчерашнее", True),
    ("Мариинский показал премьеру.", "Мариинский", False),
])
def test_an_adjective_that_modifies_the_next_word(models, text, word, expected):
    from nerpipe.ner import analyze_text
    from nerpipe.resolve.generic_orgs import _modifies_next

    analysis = analyze_text(text, models.tagger)
    start = text.index(word)
    assert _modifies_next(analysis, Span(start, start + len(word), ORG)) is expected


def org_names(text, models) -> dict[str, str]:
    return org_entity_names(text, models)


@pytest.mark.parametrize("text, expected", [
    # a preposition opening the sentence, or a finite verb after the name, is none of it
    ("Из ассоциации «Тихая заводь» пришёл ответ.", {"ассоциации «Тихая заводь»": "Тихая заводь"}),
    ("Вместе с Институтом прикладной акустики работают студенты.",
     {"Институтом прикладной акустики": "Институт прикладной акустики"}),
    # nor is the predicate opening the sentence before it, a short participle or a verb
    ("Создан Наблюдательный совет технопарка «Северный вектор».",
     {"Наблюдательный совет технопарка «Северный вектор»": "Наблюдательный совет технопарка «Северный вектор»",
      "технопарка «Северный вектор»": "Северный вектор"}),
    # nor does a name end in an adjective of the noun after it
    ("Эксперты похвалили Фонд поддержки сельских библиотек за работу.",
     {"Фонд поддержки сельских библиотек": "Фонд поддержки сельских библиотек"}),
    # nor is the title of one who holds a post in it
    ("Руководитель ассоциации «Тихая заводь» Пётр Смирнов выступил.", {"ассоциации «Тихая заводь»": "Тихая заводь"}),
    # a person after the noun that says what a name is holds a post there, whatever the parser says
    ("По словам руководителя Тульской городской думы Анны Котовой, сроки не изменятся.",
     {"Тульской городской думы": "Тульская городская дума"}),
    # a name natasha leaves unclosed in brackets after an abbreviation
    ("ФСПЛ (Фонд содействия полярным лётчикам) объявляет набор.",
     {"ФСПЛ": "Фонд содействия полярным лётчикам",
      "Фонд содействия полярным лётчикам": "Фонд содействия полярным лётчикам"}),
])
def test_the_edges_of_a_name(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a body of what it does and a place, in lower case
    ("Проверку провёл комитет по делам ветеранов Курской области.",
     {"комитет по делам ветеранов Курской области": "Комитет по делам ветеранов Курской области"}),
    ("В управлении архитектуры Тверской области прошло совещание.",
     {"управлении архитектуры Тверской области": "Управление архитектуры Тверской области"}),
    # a body written with a capital letter inside a sentence
    ("Жители написали Заводу строительных материалов письмо.",
     {"Заводу строительных материалов": "Завод строительных материалов"}),
    ("Депутаты посетили Северную лесотехническую академию в среду.",
     {"Северную лесотехническую академию": "Северная лесотехническая академия"}),
])
def test_bodies_natasha_misses(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # natasha's place whose first noun names a kind of organization
    ("По словам врачей, Курскому кардиологическому центру нужны деньги.",
     {"Курскому кардиологическому центру": "Курский кардиологический центр"}),
    # and a state named by an adjective and a capitalised noun stays a place
    ("Острова отошли к Советскому Союзу после войны.", {}),
    # a place after its kind word belongs to the name before it
    ("Вместе с Центром занятости населения города Орла работают волонтёры.",
     {"Центром занятости населения города Орла": "Центр занятости населения города Орла"}),
    # the genitive after the noun that says what a name is, however the parser hung it
    ("Соглашение с Тульским заводом точных станков подписано в среду.",
     {"Тульским заводом точных станков": "Тульский завод точных станков"}),
    # a name in Cyrillic letters after the word of a kind, that the tagger took for a person's
    ("Соглашение с концерном Бриммарк подписано в среду.", {"концерном Бриммарк": "Бриммарк"}),
    # the nominative of a superlative keeps its stem (not ``Высочайшая``)
    ("Эксперты Высшей школы дизайна выступили.", {"Высшей школы дизайна": "Высшая школа дизайна"}),
    # the word of a kind opening a sentence before a quoted name is no part of it
    ("Банк «Кедр» объявляет о новом конкурсе.", {"Банк «Кедр»": "Кедр"}),
])
def test_bodies_natasha_tags_in_part(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, inner", [
    # the body of the dictionary a unit is named with is an organization of its own inside it
    ("Представитель Управления Росреестра по Тульской области выступил.", "Росреестра"),
    ("Жители направили Управлению ФНС по Курской области письмо.", "ФНС"),
])
def test_a_dictionary_body_inside_the_name_of_its_unit(models, text, inner):
    names = org_names(text, models)
    assert inner in names and any(inner in outer and outer != inner for outer in names)


@pytest.mark.parametrize("text", [
    # a unit of a company, a centre of a town, and a kind noun at a sentence's start are no body
    "Он вошёл в совет директоров крупной компании Тверской области.",
    "Пробки образовались в центре города Твери.",
    "Центр тяжести сместился к северу.",
    # people in the genitive: a thing of theirs, no body
    "Вырос фонд оплаты труда работников Тульской области.",
    "В центре внимания жителей Орла оказался новый мост.",
])
def test_no_body_of_a_kind_noun(models, text):
    assert org_names(text, models) == {}


@pytest.mark.parametrize("text, expected", [
    # an ordinal and an adjective of a level of government before an institution: its rank among a
    # town's, opening a sentence or inside it, in any case
    ("Вторая городская больница объявляет о начале нового конкурса.",
     {"Вторая городская больница": "Вторая городская больница"}),
    ("Совещание прошло в третьей областной больнице.", {"третьей областной больнице": "Третья областная больница"}),
    ("Первый городской госпиталь закрыт на ремонт.", {"Первый городской госпиталь": "Первый городской госпиталь"}),
    ("Жители направили Второй районной поликлинике письмо.",
     {"Второй районной поликлинике": "Вторая районная поликлиника"}),
    # an ordinal alone, or with an adjective of no level, says which, not whose
    ("Первая больница открылась в городе давно.", {}),
])
def test_an_institution_named_by_its_rank(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a name in Cyrillic letters after a kind noun the tagger reads as a plural subject
    ("По словам аналитиков, компании Ларкспур нужны новые инвестиции.", {"компании Ларкспур": "Ларкспур"}),
    ("Корпорации Вестпойнт нужны новые заводы.", {"Корпорации Вестпойнт": "Вестпойнт"}),
])
def test_a_name_after_a_kind_noun_read_as_a_plural(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a body a place has one of, in the dative the tagger read as a plural subject: one body
    ("По словам депутатов, администрации города Омска нужны новые кадры.",
     {"администрации города Омска": "Администрация города Омска"}),
    ("Комиссии Калужской области нужны новые эксперты.",
     {"Комиссии Калужской области": "Комиссия Калужской области"}),
    # a plural body whose place is followed by more places: one body of each place
    ("Его поддержат вместе с федерациями Эквадора, Перу и Чили.",
     {"федерациями Эквадора": "Федерация Эквадора"}),
    ("Федерации Эквадора и Перу выступили против.", {"Федерации Эквадора": "Федерация Эквадора"}),
])
def test_a_body_of_a_place_read_as_a_plural_is_one(models, text, expected):
    assert org_names(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote the name opened before its span does not stay at the span's end; the abbreviation in
    # brackets after it is the body's
    ('Лидер оппозиционного "Движения за честные выборы" (ДЧВ) Иван Петров выступил.',
     ("Движение за честные выборы", "ДЧВ", ("Движения за честные выборы", "ДЧВ"))),
    ("Лидер оппозиционного «Движения за честные выборы» (ДЧВ) Иван Петров выступил.",
     ("Движение за честные выборы", "ДЧВ", ("Движения за честные выборы", "ДЧВ"))),
])
def test_a_quoted_name_after_an_adjective_and_its_abbreviation(models, text, expected):
    assert [(o.name, o.abbr, o.variants) for o in analyze(text, models).organizations] == [expected]


@pytest.mark.parametrize("text, surface", [
    # a country after a body in the dative or locative is its genitive, whatever case the tagger made it agree in
    ("Жители направили Генпрокуратуре России коллективное письмо.", "Генпрокуратуре России"),
    ("Жители направили Госдуме России коллективное письмо.", "Госдуме России"),
])
def test_a_country_after_a_body_in_the_dative_is_its_genitive(models, text, surface):
    assert surface in [m.text for m in analyze(text, models).mentions if m.type == "ORG"]


def test_a_place_in_the_dative_after_a_body_stays_apart(models):
    orgs = [m.text for m in analyze("Минфин выделил Москве ещё миллиард.", models).mentions if m.type == "ORG"]
    assert "Минфин Москве" not in orgs


@pytest.mark.parametrize("text, expected", [
    ("Компания «Северные\nогни» заключила контракт с банком «Восток».", {"Северные огни", "Восток"}),
    ("Сотрудники ЗАО «Ладожский\nсудоремонтный завод» вышли на работу.", {"ЗАО «Ладожский судоремонтный завод»"}),
])
def test_the_name_of_a_quote_cut_by_a_line_break(models, text, expected):
    assert {org.name for org in analyze(text, models).organizations} == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb opening the sentence before a body is no word of its name
    ("Вчера банк «Северный» подписал соглашение.", {"банк «Северный»"}),
    ("Сегодня холдинг «Тихая гавань» объявил о слиянии.", {"холдинг «Тихая гавань»"}),
    # an adverb inside quotes opens the name
    ("Депутаты партии «Вперёд, Россия» выступили против.", {"партии «Вперёд, Россия»"}),
])
def test_an_adverb_before_a_body_is_no_part_of_it(models, text, expected):
    assert set(org_texts(text, models)) == expected


@pytest.mark.parametrize("text, surface", [
    # a person in the nominative after a body a person leads is the subject, not the body's owner
    ("Указа о назначении нового главы своей администрации Иван Сидоренко пока не подписал.",
     "администрации Иван Сидоренко"),
    # a one-letter quoted name after a body is no abbreviation of a body inside it
    ("В уфимской мэрии «Ъ» сообщили, что решение принято.", "уфимской мэрии «Ъ»"),
])
def test_no_body_across_its_neighbour(models, text, surface):
    assert surface not in {m.text for m in analyze(text, models).mentions if m.type == "ORG"}


@pytest.mark.parametrize("text, surface", [
    ("Сотрудники администрации Ивана Сидоренко уволены.", "администрации Ивана Сидоренко"),
    ("Члены партии Сергея Петрова собрались.", "партии Сергея Петрова"),
    ("Депутаты фракции ЛДПР проголосовали.", "фракции ЛДПР"),
])
def test_a_body_with_its_owner(models, text, surface):
    assert surface in {m.text for m in analyze(text, models).mentions if m.type == "ORG"}


@pytest.mark.parametrize("text, surname", [
    # the surname of a person the text names in full is that person after a word of an institution
    ("Посол Дэвид Крэнстон прибыл в столицу. После университета Крэнстон работал в банке.", "Крэнстон"),
    # and where an organization's name holds it, its recurrences in another case are the person's
    ("Холдинг Уэлдфорд возглавил Роберт Уэлдфорд. Позже Уэлдфорда отправили в отставку.", "Уэлдфорда"),
])
def test_a_surname_of_a_person_named_in_full_stays_the_persons(models, text, surname):
    result = analyze(text, models)
    last = [m for m in result.mentions if m.text == surname and m.start > text.index(".")]
    assert last and all(m.type == "PER" for m in last)


def test_a_latin_named_bank_is_a_body(models):
    text = "На прошлой неделе лишился лицензии популярный Zentrix-банк, который чаще использовали для платежей."
    assert "Zentrix-банк" in [m.text for m in analyze(text, models).mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, surface", [
    # a Latin prefix capitalised only for opening the sentence: a kind, as in lower case mid-sentence
    ("Digital-агентство из Твери проиграло тендер.", "Digital-агентство"),
    ("Web-компании из Заречной области выиграли конкурс.", "Web-компании"),
])
def test_a_prefixed_kind_opening_a_sentence_is_no_body(models, text, surface):
    assert surface not in [m.text for m in analyze(text, models).mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, surface", [
    # written in mixed case, the prefix is a name wherever it stands
    ("ZenTrix-банк лишился лицензии на прошлой неделе.", "ZenTrix-банк"),
])
def test_a_mixed_case_latin_name_opening_a_sentence_is_a_body(models, text, surface):
    assert surface in [m.text for m in analyze(text, models).mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, expected, absent", [
    # a noun the body's noun after it does not depend on: two phrases, the body alone
    ("Сотрудники агентства получили доступ в сеть. Эту компьютерную сеть комитет по разведке употреблял при "
     "подготовке доклада.", "комитет по разведке", "компьютерную сеть комитет по разведке"),
    # a nominative after an accusative, whatever the parser attached it to
    ("Сотрудники агентства получили доступ в сеть. Эту компьютерную сеть комитет по разведке употреблял в том "
     "числе при подготовке доклада о пытках.", "комитет по разведке", "компьютерную сеть комитет по разведке"),
])
def test_a_noun_run_into_a_body_is_cut(models, text, expected, absent):
    texts = [m.text for m in analyze(text, models).mentions if m.type == "ORG"]
    assert expected in texts and absent not in texts


@pytest.mark.parametrize("text, expected", [
    # a genitive after the noun, or a name of the noun's own: as it was
    ("Торговая сеть «Кедрон» открылась в Твери.", "Торговая сеть «Кедрон»"),
])
def test_a_noun_of_its_body_stays(models, text, expected):
    assert expected in [m.text for m in analyze(text, models).mentions if m.type == "ORG"]


@pytest.mark.parametrize("text, expected", [
    # an organization named by two places and a dash is one body; only a place's span is a route's two ends
    ("Акции Томск-Москва выросли.", ["Томск-Москва"]),
])
def test_an_organization_of_two_places_stays_whole(models, text, expected):
    assert org_texts(text, models) == expected


@pytest.mark.parametrize("text, mention, name", [
    # an adjective of time before a state body's noun is no part of its name: one body whenever the text speaks of it
    ("Стал известен состав нового правительства Заречной Республики. Позже правительство Заречной Республики "
     "собралось.", "правительства Заречной Республики", "Правительство Заречной Республики"),
    ("Министры нового правительства Германии приступили к работе.", "правительства Германии",
     "Правительство Германии"),
    ("Тогда они ждали нового кабинета министров.", "кабинета министров", "Кабинет министров"),
    ("Критику высказал нынешний парламент Норвегии.", "парламент Норвегии", "Парламент Норвегии"),
    # a name of its own keeps its adjective, and the people at a body's head the adjective saying which
    ("Об этом пишет Новая газета в пятницу.", "Новая газета", "Новая газета"),
    ("Соседи поддержат нынешнее руководство Норвегии на переговорах.", "нынешнее руководство Норвегии",
     "Нынешнее руководство Норвегии"),
])
def test_time_adjective_left_out_of_state_body(models, text, mention, name):
    assert org_entity_names(text, models).get(mention) == name
