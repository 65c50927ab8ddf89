"""When and where an event takes place."""

from __future__ import annotations

import pytest

from .events_view import events_of, one_event

# text → the event's period ("from/to", a single ISO value, or None)
WHEN = [
    # an explicit range, the year from the publication date
    ("Новости региона\n2 сентября 2024\nФорум «Сибирь Ready» пройдет 27–28 сентября в Омске.", "2024-09-27/2024-09-28"),
    ("Новости региона\n2 сентября 2024\nВыставка откроется 22 и 23 сентября в Омске. Выставка «Хлеб» ждет гостей.",
     "2024-09-22/2024-09-23"),
    # no publication date and no year written: the year stays unknown
    ("Форум «Сибирь Ready» пройдет 27–28 сентября в Омске.", "--09-27/--09-28"),
    # a duration ends on the day a verb of ending names …
    ("Новости\n12 мая 2024\nВ пятницу, 10 мая, в Перми завершился трехдневный форум «Уральский бизнес».",
     "2024-05-08/2024-05-10"),
    # … and starts on the day an opening verb names
    ("Новости\n1 мая 2024\nДвухдневная стратегическая сессия по экологии откроется 14 мая в Калуге.",
     "2024-05-14/2024-05-15"),
    ("Новости\n1 мая 2024\nВ Калуге 14 мая открылся форум «Зеленый город». Форум будет работать до 16 мая.",
     "2024-05-14/2024-05-16"),
    # relative days against the publication date
    ("Новости\n15 марта 2024\nВчера в Самаре прошло заседание инвестиционного совета.", "2024-03-14"),
    ("Новости\n15 марта 2024\nВ среду в Самаре прошло заседание инвестиционного совета.", "2024-03-13"),
    ("Новости\n15 марта 2024\nСегодня в Самаре открылась выставка «Волга-Экспо».", "2024-03-15"),
    ("Новости\n13 марта 2024\nНа этой неделе в Самаре прошло заседание инвестиционного совета.",
     "2024-03-11/2024-03-17"),
    # a dateline without a year: the day, the year unknown
    ("САМАРА, 15 марта — Вчера в Самаре прошло заседание инвестиционного совета.", "--03-14"),
    # a date that bounds something else is not the event's
    ("Форум «Волга» проводится с 2016 года.", None),
    ("Участники форума «Волга» обсудили стратегию до 2030 года.", None),
    # a year said of something else in the sentence
    ("На заседании правительства обсудили границы 1967 года.", None),
    # a part of a month: its tenth of days, said as the time after "в"; read as its month otherwise
    ("Новости\n2 апреля 2024\nФорум «Волжские берега» пройдёт в конце мая в Самаре.", "2024-05-21/2024-05-31"),
    ("Форум «Волжские берега» пройдёт в начале июня 2025 года в Самаре.", "2025-06-01/2025-06-10"),
    ("Форум «Волжские берега» продлится до конца мая 2025 года.", None),
    ("Визит делегации в Тверь был запланирован ещё на начало ноября 2025 года.", None),
    # the next sentence gives the days of the event the text is about
    ("Новости\n26 июня 2024\nВ Кемерове прошла стратегическая сессия по развитию угольных городов. "
     "В течение двух дней, 20 и 21 июня, эксперты готовили предложения.", "2024-06-20/2024-06-21"),
    # a word of time opening the line is no dateline's place: the date after it is the event's
    ("Сегодня, 11 июля, в Омске прошла вторая стратсессия по развитию региона.", "--07-11"),
    ("Вчера, 30.08.2017, состоялся рабочий визит губернатора в Сухобузимский район.", "2017-08-30"),
    ("Сегодня, 25 января, в 14 часов, губернатор Иван Сухов проведет заседание правительства области.", "--01-25"),
    ("Завтра, 3 марта, в Твери откроется выставка «Верхневолжье».", "--03-03"),
    # a term a noun is set for is no time the event takes place …
    ("В администрации края открылось заседание совета, посвященное итогам 2005 года и задачам на 2006 год.", None),
    ("Совещание по плану на 2025 год прошло в Омске.", None),
    # … a verb's is
    ("Форум «Кедр» перенесли на май 2025 года.", "2025-05"),
    ("Заседание совета запланировано на 2026 год.", "2026"),
]


@pytest.mark.parametrize("text, when", WHEN)
def test_when(models, text, when):
    assert events_of(text, models)[0].when == when


def test_a_relative_clause_dates_its_own_event(models):
    text = ("Новости\n20 июня 2024\nВ Томске прошла стратегическая сессия по экологии. Ее готовили по итогам "
            "предыдущей стратегической сессии, которая прошла в апреле 2024 года в Кемерове.")
    current, previous = events_of(text, models)
    assert previous.when == "2024-04" and previous.place == "Кемерово"
    assert current.when is None and current.place == "Томск"


def test_an_event_inside_another_takes_its_date_and_place(models):
    text = ("Новости\n2 сентября 2024\nФорум «Сибирь Ready» пройдет 27–28 сентября в Омске. "
            "В рамках форума состоится заседание совета ректоров.")
    forum, meeting = events_of(text, models)
    assert meeting.name == "заседание совета ректоров"
    assert (meeting.when, meeting.place) == (forum.when, forum.place) == ("2024-09-27/2024-09-28", "Омск")


# text → (place, region)
WHERE = [
    ("6 июля в г. Гусь-Хрустальный Владимирской области состоится заседание совета.",
     ("Гусь-Хрустальный", "RU-VLA")),
    ("В Сыктывкаре завершилась практическая сессия по лесной политике.", ("Сыктывкар", "RU-KO")),
    ("На территории Томской области прошла стратегическая сессия по экологии.", ("Томская область", "RU-TOM")),
    ("Губернатор отправился с рабочим визитом в Китай.", ("Китай", None)),
    ("Делегация побывала на экскурсии по заводу в Ижевске.", ("Ижевск", "RU-UD")),
    # a place inside the name of an organization or a title is no venue
    ("Заседание правительства Свердловской области перенесли.", (None, None)),
    ("Губернатор Пермского края выступил на форуме «Кама».", (None, None)),
    # nor a place in another clause
    ("Министр во время форума «Кама» заявил, что завод в Березниках построят.", (None, None)),
    # a region the description names is the event's place when the text says no venue; a venue wins
    ("Делегация района приняла участие в стратегической сессии по развитию туризма в Карелии.",
     ("Республика Карелия", "RU-KR")),
    ("В Москве прошло совещание по развитию туризма в Карелии.", ("Москва", "RU-MOW")),
    ("Делегация района приняла участие в форуме «Туризм в Карелии».", (None, None)),
]


@pytest.mark.parametrize("text, where", WHERE)
def test_where(models, text, where):
    event = one_event(text, models)
    assert (event.place, event.region) == where


def test_events_of_a_paragraph_share_its_place(models):
    text = ("Делегация провела с рабочим визитом в Якутии два дня. Помимо стратегической сессии «Север», "
            "гости посетили круглый стол по связи.")
    visit, session, table = events_of(text, models)
    assert visit.region == session.region == table.region == "RU-SA"


def test_today_opening_the_text_still_gives_the_day_of_writing(models):
    text = "Сегодня, 11 июля, в Омске прошла сессия «Омск 2030». Завтра пройдет форум «Кедр»."
    assert [e.when for e in events_of(text, models)] == ["--07-11", "--07-12"]


@pytest.mark.parametrize("text, when", [
    # the year the event was first held, said after the event is reported, is not its date
    ("В Иркутске открылся форум «Земля». Форум впервые прошел в 2015 году. В 2023 году форум проходит после "
     "перерыва.", "2023"),
    ("В Иркутске открылся форум «Земля». Форум впервые прошел в 2015 году.", None),
    # the first edition itself, reported with its year or day, keeps it
    ("В 2024 году в Сурске впервые прошел форум «Кедр».", "2024"),
    ("В Сурске 5 мая впервые прошел форум «Кедр».", "--05-05"),
    ("Впервые форум «Кедр» проводится сразу в трех городах в 2024 году.", "2024"),
])
def test_the_year_of_a_first_edition_is_no_date_of_the_event(models, text, when):
    assert one_event(text, models).when == when
