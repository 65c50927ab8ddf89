"""Event mentions and names: the noun, the words that name the event, the nominative; what is no event."""

from __future__ import annotations

import pytest

from nerpipe.events.lexicon import EventLexicon, count_of, days_of_adjective

from .events_view import events_of, one_event

# text → (kind, name in the nominative)
NAMED = [
    ("Делегации приедут на XV Международный форум «Северные территории» в Мурманске.",
     "forum", "XV Международный форум «Северные территории»"),
    ("В Иванове прошла стратегическая сессия по развитию текстильного кластера Ивановской области.",
     "session", "стратегическая сессия по развитию текстильного кластера Ивановской области"),
    ("Эксперты собрались на выездной сессии Агентства стратегических инициатив в Уфе.",
     "session", "выездная сессия Агентства стратегических инициатив"),
    ("Вчера состоялось заседание регионального штаба по газификации.",
     "meeting", "заседание регионального штаба по газификации"),
    ("В Кирове прошел круглый стол о поддержке фермеров.", "meeting", "круглый стол о поддержке фермеров"),
    ("Министр провел переговоры с делегацией из Узбекистана.", "meeting", "переговоры с делегацией из Узбекистана"),
    ("В Ижевске открылась выставка-ярмарка «Удмуртские промыслы».",
     "exhibition", "выставка-ярмарка «Удмуртские промыслы»"),
    ("Губернатор отправился с рабочим визитом в Казахстан.", "visit", "рабочий визит в Казахстан"),
    ("В Твери стартовал фестиваль «Волжские просторы».", "other", "фестиваль «Волжские просторы»"),
    ("В Брянске прошла научно-практическая конференция «Медицина будущего».",
     "conference", "научно-практическая конференция «Медицина будущего»"),
    ("Участники собрались на совещании по подготовке к паводку в Чите.",
     "meeting", "совещание по подготовке к паводку"),
    # an adverb of an adjective, a generic noun in the genitive go on in the description
    ("В Югре прошла стратегическая сессия по реализации общественно значимых мероприятий.",
     "session", "стратегическая сессия по реализации общественно значимых мероприятий"),
    ("В Перми прошло совещание по поддержке социально ориентированных организаций.",
     "meeting", "совещание по поддержке социально ориентированных организаций"),
    # "и. о." before the title of whom one meets; the name ends with the person's
    ("В рамках встречи с и. о. министра экономики края Анной Ковальчук стороны обсудили туризм.",
     "meeting", "встреча с и. о. министра экономики края Анной Ковальчук"),
    ("В рамках встречи с министром экономики края Анной Ковальчук стороны обсудили туризм.",
     "meeting", "встреча с министром экономики края Анной Ковальчук"),
    ("Прошла встреча с Иваном Петровым и Петром Ивановым.", "meeting", "встреча с Иваном Петровым и Петром Ивановым"),
    # the event noun itself in quotes, its name after it
    ("В понедельник в Перми пройдет «круглый стол» «Город для всех».", "meeting", "круглый стол «Город для всех»"),
    ('В понедельник в Перми пройдет "круглый стол" "Город для всех", посвященный доступной среде.',
     "meeting", 'круглый стол "Город для всех"'),
    ('В понедельник в Перми пройдет "круглый стол" о доступной среде.', "meeting", "круглый стол о доступной среде"),
]


@pytest.mark.parametrize("text, kind, name", NAMED)
def test_event_names_in_the_nominative(models, text, kind, name):
    event = one_event(text, models)
    assert (event.kind, event.name) == (kind, name)


@pytest.mark.parametrize("text, name", [
    # a duration, a pointer, a word of another instance are no part of the name
    ("В Пензе завершилась двухдневная стратегическая сессия по развитию села.",
     "стратегическая сессия по развитию села"),
    ("Форум «Сибирский лес» открылся в Томске. Этот форум проходит в пятый раз.", "форум «Сибирский лес»"),
    # a common word that opens a sentence loses its capital
    ("Форум «Сибирский лес» открылся в Томске.", "форум «Сибирский лес»"),
])
def test_words_left_out_of_a_name(models, text, name):
    assert one_event(text, models).name == name


@pytest.mark.parametrize("text", [
    "Мэрия сообщила о готовности к переговорам с подрядчиками.",
    "Мероприятия по благоустройству продолжатся до осени.",
    "Встречи с жителями станут регулярными.",
    "Студенты сдают зимнюю сессию.",
    "Закон принял Конгресс США.",
    "Водитель пропустил съезд с трассы.",
    "Чиновник пообещал, что визит «вызывает сожаление».",
])
def test_no_event(models, text):
    assert events_of(text, models) == []


def test_a_quoted_phrase_with_a_verb_is_no_name(models):
    event = one_event("Пресс-служба назвала визит делегации «важным шагом, который укрепит связи».", models)
    assert event.name == "визит делегации"


def test_every_mention_is_listed(models):
    text = ("В Сочи открылся форум «Курорты России». На форуме выступили мэры. "
            "Итоги мероприятия подведут в пятницу.")
    event = one_event(text, models)
    assert event.mentions == ("форум «Курорты России»", "форуме", "мероприятия")


@pytest.mark.parametrize("word, days", [("двухдневная", 2), ("трехдневного", 3), ("3-дневный", 3),
                                        ("пятидневный", 5), ("ежедневный", None), ("дневной", None)])
def test_days_of_an_adjective(word, days):
    assert days_of_adjective(word) == days


@pytest.mark.parametrize("word, count", [("двух", 2), ("трех", 3), ("4", 4), ("пяти", 5), ("много", None)])
def test_small_counts(models, word, count):
    assert count_of(word, models.morph) == count


def test_lexicon_kinds(models):
    lexicon = EventLexicon(models.morph)
    assert lexicon.kind_of("форуме") == ("forum", "форум")
    assert lexicon.kind_of("заседаниях") == ("meeting", "заседание")
    assert lexicon.kind_of("мероприятия") == ("generic", "мероприятие")
    assert lexicon.kind_of("столе", before="круглом") == ("meeting", "круглый стол")
    assert lexicon.kind_of("столе", before="письменном") is None
    assert lexicon.kind_of("поездки", before="рабочей") == ("visit", "рабочий поездка")
    assert lexicon.kind_of("собрании") is None


@pytest.mark.parametrize("text, name", [
    # a slogan with a verb, written with a capital, is the event's name
    ("В Омске прошла стратегическая сессия «Верим в Омск».", "стратегическая сессия «Верим в Омск»"),
    ("На площадке штаба 5 марта была организована стратегическая сессия «Верим в Омск», в рамках которой "
     "прошли три блока.", "стратегическая сессия «Верим в Омск»"),
    ("В Омске прошел форум «Сделаем вместе».", "форум «Сделаем вместе»"),
    # a quote of speech after the noun is none
    ("По итогам встречи «Мы обо всем договорились», — сказал министр Иван Сухов.", "встреча"),
])
def test_a_quoted_slogan_with_a_verb_names_the_event(models, text, name):
    assert events_of(text, models)[0].name == name


@pytest.mark.parametrize("text, name", [
    # a verb the tagger took for a noun ends the name
    ("Материал о визите губернатора читайте в следующем номере газеты.", "визит губернатора"),
    # a genitive noun goes on
    ("В Омске прошло совещание руководителей предприятий.", "совещание руководителей предприятий"),
])
def test_a_name_ends_before_a_verb(models, text, name):
    assert events_of(text, models)[0].name == name


@pytest.mark.parametrize("text, name", [
    # an organization's abbreviation between the noun and a quoted name belongs to the name
    ("Делегация приняла участие в конференции ТвГУ «Северная Русь, Тверь и Ганза».",
     "конференция ТвГУ «Северная Русь, Тверь и Ганза»"),
    ("В Омске прошел форум ОмГТУ «Инженеры Сибири».", "форум ОмГТУ «Инженеры Сибири»"),
    # near cases: no quoted name after it, or a quoted phrase with a verb
    ("На конференции ТвГУ «потеряло» гранты.", "конференция"),
])
def test_an_abbreviation_before_a_quoted_name(models, text, name):
    assert events_of(text, models)[0].name == name


@pytest.mark.parametrize("text, names", [
    # a noun that can be in no case the name wants ends it, whatever the tagger says
    ("В Омске открылся форум «Кедр». Мэр рассказал о концертах, которые ждут участников форума праздничной "
     "программе.", ["форум «Кедр»"]),
    # near cases: a genitive goes on, also one pymorphy reads only as another word's nominative
    ("В Омске прошло заседание совета по культурной программе. Программу совета утвердили.",
     ["заседание совета по культурной программе"]),
    ("В Минске открылась выставка автотехники.", ["выставка автотехники"]),
])
def test_a_word_in_no_case_of_the_name_ends_it(models, text, names):
    assert [event.name for event in events_of(text, models)] == names


@pytest.mark.parametrize("text, name", [
    # the other side of talks stays in their name: a first name the tagger reads in another case, a colleague
    ("Переговоры министра обороны Латвии Яниса Берзиньша и госсекретаря Чехии Рекса Валента в Праге прошли "
     "успешно.", "переговоры министра обороны Латвии Яниса Берзиньша и госсекретаря Чехии Рекса Валента"),
    ("В Таллине прошла встреча министра культуры Латвии и его эстонского коллеги Марта Таммсаара.",
     "встреча министра культуры Латвии и его эстонского коллеги Марта Таммсаара"),
    # near case: a possessive that names something else ends the name
    ("Визит министра Ивана Котова в Омск завершился, и его итоги обсудят завтра.",
     "визит министра Ивана Котова в Омск"),
])
def test_the_other_side_stays_in_the_name(models, text, name):
    assert events_of(text, models)[0].name == name


@pytest.mark.parametrize("text, kind, name", [
    # "собрание" after an adjective of a meeting is an event
    ("В районном Доме культуры прошло торжественное собрание, посвящённое Дню учителя. На собрании выступил "
     "глава района Иван Лобов.", "meeting", "торжественное собрание"),
    ("Общее собрание членов ассоциации «Северный лес» состоялось в Архангельске.", "meeting",
     "общее собрание членов ассоциации «Северный лес»"),
    ("В Сурске прошло отчётно-выборное собрание местного отделения партии «Заря».", "meeting",
     "отчётно-выборное собрание местного отделения партии «Заря»"),
])
def test_a_meeting_called_sobranie_is_an_event(models, text, kind, name):
    found = events_of(text, models)
    assert [(e.kind, e.name) for e in found] == [(kind, name)]


@pytest.mark.parametrize("text, names", [
    # "Собрание" as the name of a legislature, and a collection, are no events
    ("Законодательное Собрание области приняло закон о бюджете.", []),
    ("Председатель Собрания депутатов района Иван Лобов провёл приём граждан.", []),
    ("Вышло собрание сочинений писателя Петра Ладова.", []),
    ("В Законодательном собрании края прошла сессия.", ["сессия"]),
])
def test_a_legislature_called_sobranie_is_no_event(models, text, names):
    assert [e.name for e in events_of(text, models)] == names


@pytest.mark.parametrize("text, name", [
    # a digit ordinal takes the nominative ending of its noun's gender, whatever its case's ending
    ("Депутаты провели 72-ю сессию областного совета.", "72-я сессия областного совета"),
    ("Депутаты собрались на 9-й внеочередной сессии городской думы.", "9-я внеочередная сессия городской думы"),
    ("Губернатор выступил на 15-м заседании городской думы.", "15-е заседание городской думы"),
    ("Делегаты приехали на 5-й форум «Кедр» в Сурске.", "5-й форум «Кедр»"),
])
def test_a_digit_ordinal_is_put_in_the_nominative(models, text, name):
    assert one_event(text, models).name == name
