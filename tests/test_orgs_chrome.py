"""ORG spans natasha takes from a web page's furniture or from words that name no body: menu
words, hashtags and file names, sectors of the economy by their abbreviation, a lone participle
opening a sentence and things counted (:mod:`nerpipe.spans.chrome`)."""

from __future__ import annotations

import pytest

from .conftest import analyze, org_entity_names, org_texts


@pytest.mark.parametrize("text, absent, present", [
    # menu words of a site at the head of a line
    ("Новости\nКомпания «Верескон» открыла склад в Твери.", "Новости", "Верескон"),
    ("Новости компании\nЗавод «Кедровит» начал выпуск плит.", "Новости компании", "Кедровит"),
    ("Главная\nБанк «Ортекс» снизил ставки.", "Главная", "Ортекс"),
    # a quoted menu word is a name
    ("Сюжет показали в программе «Новости» на канале.", None, None),
    # hashtags and file names
    ("Фонд «Лесоград» помог школе.\n#Край_Россия #помощь", "Край_Россия", "Лесоград"),
    ("IMG_0042\nКомпания «Верескон» открыла склад.", "IMG_0042", "Верескон"),
    # a sector of the economy by its abbreviation, alone or with its place
    ("Предприятия ОПК получили новые заказы.", "ОПК", None),
    ("Тульский ОПК выполнил заказ в срок.", "Тульский ОПК", None),
    ("Заводы вошли в реестр ОПК Российской Федерации.", "ОПК Российской Федерации", None),
    # a lone participle opening a sentence
    ("Сформированный бюджет превысил план. Об этом сообщил Минфин.", "Сформированный", "Минфин"),
    # things counted
    ("Два завода откроются в Липецкой области в мае.", "Два завода", None),
    # a research institute by its abbreviation is a body, no sector
    ("НИИ онкологии провёл исследование.", None, "НИИ онкологии"),
])
def test_page_furniture_and_words_of_no_body(models, text, absent, present):
    found = org_texts(text, models)
    assert absent is None or absent not in found
    assert present is None or any(present in f for f in found)


@pytest.mark.parametrize("text, expected", [
    # an office and its genitive dependents end before the name of the person after them
    ("Как сообщил директор департамента строительства Ивана Корнеева, работы идут.", "департамента строительства"),
    ("По словам начальника управления дорожного хозяйства Марины Сивцевой, ремонт завершён.",
     "управления дорожного хозяйства"),
    # a person's office keeps the person's name
    ("Весной администрация президента Орлова смягчила правила.", "администрация президента Орлова"),
])
def test_an_office_ends_before_the_person_after_it(models, text, expected):
    assert expected in org_texts(text, models)


@pytest.mark.parametrize("text, absent, present", [
    # a title before a body in the genitive is no part of it
    ("В церемонии участвовал заместитель Председателя Правительства Омской области Иван Орлов.",
     "Председателя Правительства Омской области", "Правительства Омской области"),
    # a common noun of things or people before a place names no body
    ("Предприятия Курской области получили заказы.", "Предприятия Курской области", None),
    ("Жители Омской области получили выплаты.", "Жители Омской области", None),
    # one body whose kind the dictionary does not list stays
    ("Гимназия Тамбова заняла первое место в конкурсе.", None, "Гимназия Тамбова"),
    ("Епархия Курской области провела праздничную службу.", None, "Епархия Курской области"),
    ("Торгпредство России открыло офис в Ханое.", None, "Торгпредство России"),
    # a noun before a genitive of no body stays, and so does a quoted name
    ("Концерт прошёл в Доме культуры «Дружба».", None, "Доме культуры «Дружба»"),
    ("Он дал интервью «Голосу Севера» в среду.", None, "Голосу Севера"),
])
def test_a_leading_noun_of_no_body(models, text, absent, present):
    found = org_texts(text, models)
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("word, expected", [
    ("ТулГУ", True), ("ЮФУ", True), ("МГТУ", True), ("СПбГУ", True), ("ОмГТУ", True),
    ("ГУ", False), ("Тула", False), ("МВД", False),
])
def test_university_acronyms(word, expected):
    from nerpipe.spans.chrome import is_university_acronym

    assert is_university_acronym(word) is expected


def test_a_university_acronym_tagged_as_a_place_is_an_organization(models):
    result = analyze("Договор о партнерстве подписали в среду. ОмГТУ и завод начнут работу.", models)
    assert not any(m.text == "ОмГТУ" for m in result.mentions if m.type == "LOC")


@pytest.mark.parametrize("text, expected", [
    ("Фото: Вестник Севера / Иван Орлов", "Вестник Севера"),
    ("Кадр: Тверьинформ \\ архив", "Тверьинформ"),
    ("ООО «Кедр»", "ООО «Кедр»"),
])
def test_a_credits_slash_is_no_part_of_a_name(text, expected):
    from nerpipe.records import ORG, Span
    from nerpipe.spans.chrome import drop_trailing_marks

    start = text.index(expected)
    end = start + len(expected)
    while end < len(text) and text[end] in " /\\":
        end += 1
    span = drop_trailing_marks(text, Span(start, end, ORG))
    assert text[span.start:span.end] == expected


@pytest.mark.parametrize("text, present", [
    # a sector's abbreviation with a quoted name is a body
    ("Инвестор перенёс производство в ОЭЗ «Калуга».", "ОЭЗ «Калуга»"),
])
def test_a_named_zone_is_a_body(models, text, present):
    assert present in org_texts(text, models)


@pytest.mark.parametrize("text, expected", [
    # a technopark or a business incubator says what the quoted name after it is
    ("Средства получит технопарк «Кедровая роща» в Томской области.", "Кедровая роща"),
    ("Компания стала резидентом технопарка «Северный берег».", "Северный берег"),
])
def test_a_technopark_is_named_by_its_quoted_name(models, text, expected):
    assert expected in {o.name for o in analyze(text, models).organizations}


@pytest.mark.parametrize("text, absent", [
    # a span run on into its sentence's verb: cut before the verb, whatever the kind's noun is then
    ("«Кедровая Россия» лидирует на выборах.\n\nПартия набирает 17,35% голосов на выборах в Думу.",
     "Партия набирает 17,35"),
    ("Концерн образован постановлением Совета министров Заречья.", "Концерн образован"),
])
def test_span_cut_before_its_verb(models, text, absent):
    assert absent not in org_texts(text, models)


@pytest.mark.parametrize("text, name", [
    # a full participle stays in a name; a finite verb and a short participle do not
    ("Заявление опубликовал Координационный совет пострадавших соинвесторов.",
     "Координационный совет пострадавших соинвесторов"),
    ("Партия набирает голоса.", "Партия"),
    ("Концерн образован в мае.", "Концерн"),
    # a noun of a genitive chain the tagger read as a verb stays in the name
    ("Союз производителей стали выступил против пошлин.", "Союз производителей стали"),
    ("Ассоциация торговцев стали направила письмо в министерство.", "Ассоциация торговцев стали"),
    # the same word heading the span's subject, with no verb after it, is the verb
    ("Союз кедроводов стали критиковать за молчание.", "Союз кедроводов"),
    # a quoted name holds its verbs: the span inside the quotes is never cut
    ("Лидер альянса «Вместе построим город» выступил на митинге.", "Вместе построим город"),
    ("Движение «Мы изменим Заречье» провело съезд.", "Мы изменим Заречье"),
])
def test_cut_at_verbs(models, text, name):
    from nerpipe.ner import analyze_text
    from nerpipe.records import ORG, Span
    from nerpipe.spans.chrome import cut_at_verbs

    analysis = analyze_text(text, models.tagger)
    words = name.split()
    start = text.index(words[0])
    stop = text.index(" ", start + 1) if len(words) == 1 else text.index(words[-1]) + len(words[-1])
    whole = Span(start, text.index(" ", stop + 1) if len(words) == 1 else stop, ORG)
    assert [(s.start, s.end) for s in cut_at_verbs(analysis, [whole], models.morph)] == [(start, stop)]


@pytest.mark.parametrize("text, mention, absent", [
    # a descriptor opening a sentence refers to a body named before it, not to one named after it
    ("«Кедровая Россия» лидирует после обработки 35% протоколов\n\nПартия набирает 17,35% голосов на выборах в "
     "Думу. В пятёрке также партия «Новая сила — За правду» (7,14%).", "Партия", "Новая сила — За правду"),
])
def test_sentence_opening_descriptor_not_cataphoric(models, text, mention, absent):
    assert org_entity_names(text, models).get(mention) != absent


@pytest.mark.parametrize("text, absent", [
    # several bodies of a kind, no one of them
    ("Парламентские партии Заречья заключили соглашение о коалиции.", "Парламентские партии"),
    ("Капитализация четырех крупнейших IT-компаний США выросла на 250 млрд долларов.", "IT-компаний"),
])
def test_plural_kinds_no_body(models, text, absent):
    assert not any(found.startswith(absent) for found in org_texts(text, models))


@pytest.mark.parametrize("text, mention, kept", [
    # a shared head after names, a Latin name after a plural: names; the plural alone with its country: none
    ("В концерте приняли участие солисты Большого, Кедрового театров и хора.", "Кедрового театров", True),
    ("В тот же день рейтинговые агентства ZRAX и Кедр-Рейтинг понизили оценку.", "рейтинговые агентства ZRAX", True),
    ("Вчера парламентские партии Германии заключили соглашение.", "парламентские партии Германии", False),
    # the plural with no place after it, its adjectives or none: several bodies still; a singular: one
    ("Крупные компании снизили цены на топливо.", "Крупные компании", False),
    ("Вчера компании снизили цены на топливо.", "компании", False),
    ("Члены партии проголосовали за устав.", "партии", True),
])
def test_drop_plural_kinds(models, text, mention, kept):
    from nerpipe.ner import analyze_text
    from nerpipe.records import ORG, Span
    from nerpipe.spans.chrome import drop_plural_kinds

    analysis = analyze_text(text, models.tagger)
    start = text.index(mention)
    span = Span(start, start + len(mention), ORG)
    assert (drop_plural_kinds(analysis, [span], models.orgs) == [span]) is kept


@pytest.mark.parametrize("text, mention, kind", [
    # the place of a dateline in capitals, before a day, its month and a dash: a place
    ("КЕДРОВАЯ ПОЛЯНА, 12 мар - Прайм. Заседание совета состоится 22 марта.", "КЕДРОВАЯ ПОЛЯНА", "LOC"),
    ("НИЖНИЙ НОВГОРОД, 12 мар - РИА Новости. Заседание состоится в пятницу.", "НИЖНИЙ НОВГОРОД", "LOC"),
    # the dateline of an agency's form, the month in full and the agency after a full stop
    ("ВЕРХНИЕ ЛУГИ, 14 апреля. /ТАСС/. Заседание совета состоится в пятницу.", "ВЕРХНИЕ ЛУГИ", "LOC"),
    # a known place in capitals before a full stop and the text, no date: a place, no body
    ("ТОМСК . «Кедровик» подписал контракт с вратарём Иваном Пальцевым.", "ТОМСК", "LOC"),
    ("ОМСК . «Метеор» заключил контракты с двумя защитниками.", "ОМСК", "LOC"),
])
def test_dateline_place_in_capitals(models, text, mention, kind):
    assert any(m.text == mention and m.type == kind for m in analyze(text, models).mentions)


@pytest.mark.parametrize("text, mention, kept", [
    # words in capitals before a number that is no day of a month: no dateline
    ("ГЛАВНОЕ УПРАВЛЕНИЕ, 12 человек. Заседание совета состоится в пятницу.", "ГЛАВНОЕ УПРАВЛЕНИЕ", True),
    ("ГЛАВНОЕ УПРАВЛЕНИЕ, 12 марта. /ТАСС/. Заседание совета состоится в пятницу.", "ГЛАВНОЕ УПРАВЛЕНИЕ", False),
])
def test_place_datelines(models, text, mention, kept):
    from nerpipe.records import ORG, Span
    from nerpipe.spans.datelines import place_datelines

    span = Span(0, len(mention), ORG)
    assert (place_datelines(text, [span], models.gazetteer) == [span]) is kept
