"""Relative dates with nothing to count from (DATE mentions without a row) and shifts from another date."""

from __future__ import annotations

from datetime import date

import pytest

from nerpipe.dates import read_dates

from .conftest import TODAY, analyze


def read(models, text: str, published: str | None):
    return read_dates(text, models.dates.find_raw(text), date.fromisoformat(published) if published else None,
                      today=TODAY)


def rows_of(models, text: str, published: str | None) -> list[tuple]:
    return [(f.text, f.iso_from, f.iso_to, f.year_inferred) for f in read(models, text, published).facts]


def words_of(models, text: str, published: str | None) -> list[tuple]:
    return [(u.text, u.normal) for u in read(models, text, published).unresolved]


# no publication date: a mention with the expression's canonical words, no row
UNANCHORED = [
    ("В пятницу министр подписал указ.", [("В пятницу", "пятница")]),
    ("Сегодня глава района объявит решение.", [("Сегодня", "сегодня")]),
    ("Вчера в городе открылся каток.", [("Вчера", "вчера")]),
    ("В минувший четверг мэр посетил школу.", [("В минувший четверг", "прошлый четверг")]),
    ("В ближайшую среду пройдет совет.", [("В ближайшую среду", "ближайшая среда")]),
    ("На этой неделе совет соберется дважды.", [("На этой неделе", "эта неделя")]),
    ("В прошлом месяце цены выросли.", [("В прошлом месяце", "прошлый месяц")]),
    ("В минувшие выходные прошла ярмарка.", [("В минувшие выходные", "прошлые выходные")]),
    ("Свадьба состоится в следующем году.", [("в следующем году", "следующий год")]),
    ("В текущем году завод выпустит сто машин.", [("В текущем году", "этот год")]),
    ("Альбом, вышедший год назад, продан.", [("год назад", "год назад")]),
    ("Три года назад село осталось без школы.", [("Три года назад", "3 года назад")]),
    ("Пять лет назад мост закрыли.", [("Пять лет назад", "5 лет назад")]),
    ("Неделю назад в селе открыли клуб.", [("Неделю назад", "неделю назад")]),
    ("Обещаю, что с сегодняшнего дня всё изменится.", [("сегодняшнего дня", "сегодня")]),
    ("Через два дня начнется сессия.", [("Через два дня", "через 2 дня")]),
    ("Накануне мэр заявил об отставке.", [("Накануне", "предыдущий день")]),
    ("На следующий день клуб закрыли.", [("На следующий день", "следующий день")]),
    ("В тот же день клуб закрыли.", [("В тот же день", "тот же день")]),
    ("Спустя неделю клуб открыли вновь.", [("Спустя неделю", "через неделю")]),
    ("Двумя днями ранее клуб закрыли.", [("Двумя днями ранее", "2 дня ранее")]),
    ("Концерты покажут в пятницу и субботу.", [("в пятницу", "пятница"), ("субботу", "суббота")]),
    ("Сумку нашли в воскресенье вечером.", [("в воскресенье", "воскресенье")]),
    ("Глава района в воскресенье открыл мост.", [("в воскресенье", "воскресенье")]),
    ("Концерты покажут в субботу и воскресенье.", [("в субботу", "суббота"), ("воскресенье", "воскресенье")]),
    ("Слушание иска назначено на пятницу.", [("на пятницу", "пятница")]),
    ("Совет перенесли на ближайший вторник.", [("на ближайший вторник", "ближайший вторник")]),
]


@pytest.mark.parametrize("text, expected", UNANCHORED)
def test_unanchored_relative_dates_are_words(models, text, expected):
    assert rows_of(models, text, None) == []
    assert words_of(models, text, None) == expected


# with a publication date (2024-03-13, a Wednesday) the same expressions are rows, as before
PUBLISHED = [
    ("В минувший четверг мэр посетил школу.", [("В минувший четверг", "2024-03-07", "2024-03-07", True)]),
    ("На этой неделе совет соберется дважды.", [("На этой неделе", "2024-03-11", "2024-03-17", True)]),
    ("Свадьба состоится в следующем году.", [("в следующем году", "2025", "2025", True)]),
    ("Альбом, вышедший год назад, продан.", [("год назад", "2023", "2023", True)]),
    ("Неделю назад в селе открыли клуб.", [("Неделю назад", "2024-03-06", "2024-03-06", True)]),
    ("Два месяца назад в селе открыли клуб.", [("Два месяца назад", "2024-01", "2024-01", True)]),
    ("Обещаю, что с сегодняшнего дня всё изменится.", [("сегодняшнего дня", "2024-03-13", "2024-03-13", True)]),
    ("Через два дня начнется сессия.", [("Через два дня", "2024-03-15", "2024-03-15", True)]),
    ("Накануне мэр заявил об отставке.", [("Накануне", "2024-03-12", "2024-03-12", True)]),
    ("Глава района в воскресенье открыл мост.", [("в воскресенье", "2024-03-10", "2024-03-10", True)]),
    ("Слушание иска назначено на пятницу.", [("на пятницу", "2024-03-15", "2024-03-15", True)]),
    ("Концерты покажут в эту пятницу и субботу.",
     [("в эту пятницу", "2024-03-15", "2024-03-15", True), ("субботу", "2024-03-16", "2024-03-16", True)]),
]


@pytest.mark.parametrize("text, expected", PUBLISHED)
def test_relative_dates_on_the_publication_date(models, text, expected):
    assert rows_of(models, text, "2024-03-13") == expected
    assert words_of(models, text, "2024-03-13") == []


# shifts count from the nearest explicit date before them, with or without a publication date
ANCHORED = [
    ("Мэра госпитализировали 5 апреля. На следующий день ему стало хуже.", None,
     [("5 апреля", "--04-05", "--04-05", False), ("На следующий день", "--04-06", "--04-06", False)]),
    ("Мэра госпитализировали 5 апреля. На следующий день ему стало хуже.", "2024-04-20",
     [("5 апреля", "2024-04-05", "2024-04-05", True), ("На следующий день", "2024-04-06", "2024-04-06", True)]),
    ("Мост открыли 30 июня 2019 года. Через два дня его закрыли.", None,
     [("30 июня 2019 года", "2019-06-30", "2019-06-30", False), ("Через два дня", "2019-07-02", "2019-07-02", False)]),
    ("Мост открыли 10 мая 2019 года, а днём ранее провели проверку.", "2024-03-13",
     [("10 мая 2019 года", "2019-05-10", "2019-05-10", False), ("днём ранее", "2019-05-09", "2019-05-09", False)]),
    ("Мост открыли 10 мая 2019 года. В тот же день по нему прошли первые машины.", None,
     [("10 мая 2019 года", "2019-05-10", "2019-05-10", False), ("В тот же день", "2019-05-10", "2019-05-10", False)]),
    ("Завод остановили 1 марта 2020 года. Спустя неделю его запустили.", None,
     [("1 марта 2020 года", "2020-03-01", "2020-03-01", False), ("Спустя неделю", "2020-03-08", "2020-03-08", False)]),
    ("Мэр ушел в отставку 3 марта 2021 года. Накануне он встретился с депутатами.", None,
     [("3 марта 2021 года", "2021-03-03", "2021-03-03", False), ("Накануне", "2021-03-02", "2021-03-02", False)]),
    ("Мост открыли 1 декабря 2019 года. Через месяц его закрыли.", None,
     [("1 декабря 2019 года", "2019-12-01", "2019-12-01", False), ("Через месяц", "2020-01", "2020-01", False)]),
    # the nearest date said before may be relative itself
    ("Мост открыли 2 мая 2019 года. В минувшую пятницу его закрыли, а на следующий день открыли вновь.", "2024-03-13",
     [("2 мая 2019 года", "2019-05-02", "2019-05-02", False), ("В минувшую пятницу", "2024-03-08", "2024-03-08", True),
      ("на следующий день", "2024-03-09", "2024-03-09", True)]),
    # and a shift counts from a shift
    ("Мост открыли 2 мая 2019 года. На следующий день его закрыли, а через два дня открыли вновь.", None,
     [("2 мая 2019 года", "2019-05-02", "2019-05-02", False), ("На следующий день", "2019-05-03", "2019-05-03", False),
      ("через два дня", "2019-05-05", "2019-05-05", False)]),
]


@pytest.mark.parametrize("text, published, expected", ANCHORED)
def test_shifts_count_from_the_date_before(models, text, published, expected):
    assert rows_of(models, text, published) == expected
    assert words_of(models, text, published) == []


@pytest.mark.parametrize("text, expected_words", [
    # the date before is no single day: nothing to count from
    ("Мост открыли в мае 2019 года. На следующий день его закрыли.", [("На следующий день", "следующий день")]),
    # a day of unknown year and a shift in years
    ("Мост открыли 5 апреля. Через год его закрыли.", [("Через год", "через год")]),
    # the nearest date before has no row itself
    ("Мост открыли 2 мая 2019 года. В пятницу его закрыли, а на следующий день открыли вновь.",
     [("В пятницу", "пятница"), ("на следующий день", "следующий день")]),
    # a shift from an event, not from the date before
    ("Мост открыли 2 мая 2019 года. Через неделю после выборов его закрыли.", [("Через неделю", "через неделю")]),
])
def test_shifts_from_no_single_day_are_words(models, text, expected_words):
    assert words_of(models, text, None) == expected_words


@pytest.mark.parametrize("text", [
    "Накануне выборов мэр заявил об отставке.",  # the eve of an event: no date
    "Он провел в больнице две недели.",  # durations are no dates
    "Клуб закрыли на год.",
    "Завод выпускает сто тысяч машин в год.",
    "В течение недели совет примет решение.",
    "Раз в неделю в клубе проходят встречи.",
    "Много лет назад в селе была школа.",  # a count not given: no date
    "Несколько месяцев назад клуб закрыли.",
    "За эти годы клуб вырос.",  # many years: no date
    "В прошлые годы клуб был меньше.",
])
def test_durations_and_eves_are_no_dates(models, text):
    assert rows_of(models, text, None) == [] and words_of(models, text, None) == []
    assert rows_of(models, text, "2024-03-13") == []


def test_unanchored_relative_dates_are_mentions_without_rows(models):
    result = analyze("Совет соберется в пятницу. Решение объявят сегодня.", models)
    assert result.dates == ()
    assert [(m.text, m.normal, m.entity_id) for m in result.mentions if m.type == "DATE"] == [
        ("в пятницу", "пятница", None), ("сегодня", "сегодня", None)]


def test_relative_dates_on_a_publication_date_stay_iso(models):
    text = "Новости\n13 марта 2024\nВ пятницу прошла встреча, а сегодня объявят итоги."
    mentions = [(m.text, m.normal) for m in analyze(text, models).mentions if m.type == "DATE"]
    assert mentions == [("13 марта 2024", "2024-03-13"), ("В пятницу", "2024-03-08"), ("сегодня", "2024-03-13")]


# a season of a sport or a trade: a mention with its words, never a row, even on a publication date
@pytest.mark.parametrize("text, expected", [
    ("В текущем сезоне защитник забил шесть голов.", [("В текущем сезоне", "этот сезон")]),
    ("Клуб арендовал вратаря до конца этого сезона.", [("этого сезона", "этот сезон")]),
    ("В прошлом сезоне команда заняла третье место.", [("В прошлом сезоне", "прошлый сезон")]),
    ("В следующем сезоне клуб сыграет в высшей лиге.", [("В следующем сезоне", "следующий сезон")]),
    ("В прошлые сезоны клуб часто менял тренеров.", []),
    ("Новый сезон клуб начал с победы.", [("Новый сезон", "новый сезон")]),
    ("Задача на новый сезон поставлена скромная.", [("на новый сезон", "новый сезон")]),
    ("Театр откроет новый сезон премьерой.", [("новый сезон", "новый сезон")]),
    ("В новом сезоне клуб сыграет в высшей лиге.", [("В новом сезоне", "новый сезон")]),
    ("Новые сезоны сериала выходят каждый год.", []),  # many
    ("В новом году цены вырастут.", []),  # a year, not a season
])
def test_a_season_of_a_sport_is_words_without_a_row(models, text, expected):
    for published in (None, "2024-03-13"):
        assert rows_of(models, text, published) == []
        assert words_of(models, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a written date in apposition carries the fact; the relative word is a mention with no row of its own
    ("Накануне, 9 мая, в городе прошёл парад.", None, [("9 мая", "--05-09", "--05-09")]),
    ("Вчера, 11 марта, прошёл митинг.", "2024-03-15", [("11 марта", "2024-03-11", "2024-03-11")]),
    ("Форум открылся 5 апреля 2024 года. Накануне, 4 апреля, прибыли гости.", None,
     [("5 апреля 2024 года", "2024-04-05", "2024-04-05"), ("4 апреля", "2024-04-04", "2024-04-04")]),
    # no apposition: the relative word is a date of its own
    ("Накануне выставка открылась. 9 мая прошёл парад.", "2024-05-10",
     [("Накануне", "2024-05-09", "2024-05-09"), ("9 мая", "2024-05-09", "2024-05-09")]),
])
def test_relative_word_with_a_written_date_in_apposition(models, text, published, expected):
    assert [row[:3] for row in rows_of(models, text, published)] == expected


# a part of a week, a month or a year: with a word of which, a row (a month's part its tenth of days, a week's or a
# year's the whole of it); with none, "до конца года" may be of any year the text speaks of: a mention with its words
@pytest.mark.parametrize("text, published, rows, words", [
    ("В конце прошлого месяца прошёл форум.", "2024-03-13", [("В конце прошлого месяца", "2024-02-21", "2024-02-29")],
     []),
    ("В середине прошлой недели прошёл смотр.", "2024-03-13",
     [("В середине прошлой недели", "2024-03-04", "2024-03-10")], []),
    ("В начале этого года цены выросли.", "2024-03-13", [("В начале этого года", "2024", "2024")], []),
    ("К концу текущего года дорогу откроют.", None, [], [("К концу текущего года", "конец этого года")]),
    ("В начале следующей недели начнут ремонт.", None, [], [("В начале следующей недели", "начало следующей недели")]),
    ("Но к концу недели всё будет готово.", "2024-03-13", [], [("к концу недели", "конец недели")]),
    ("До конца года откроют школу.", "2024-03-13", [], [("До конца года", "конец года")]),
    ("С начала месяца выпало две нормы осадков.", "2024-03-13", [], [("С начала месяца", "начало месяца")]),
    # not a part of a unit of time
    ("В конце Недели моды показали коллекцию.", "2024-03-13", [], []),
    ("В начале 2023 года завод закрыли.", "2024-03-13", [("2023 года", "2023", "2023")], []),
])
def test_parts_of_a_week_month_or_year(models, text, published, rows, words):
    day = date.fromisoformat(published) if published else None
    read = read_dates(text, models.dates.find_raw(text), day, today=TODAY)
    assert [(f.text, f.iso_from, f.iso_to) for f in read.facts] == rows
    assert [(u.text, u.normal) for u in read.unresolved] == words


# a relative day before the written date it stands for: the written date carries the row, the relative word is a
# mention with its words, as a shift is
@pytest.mark.parametrize("text, published, words", [
    ("Вчера, 9 мая, в городе прошёл парад.", None, [("Вчера", "вчера")]),
    ("Об этом сегодня, 19 февраля, доложил Пётр Сёмин.", "2024-02-19", [("сегодня", "сегодня")]),
    ("В среду, 7 декабря, в Фокино столкнулись две машины.", None, [("В среду", "среда")]),
    ("Накануне, 9 мая, в городе прошёл парад.", None, [("Накануне", "предыдущий день")]),
    # no apposition: a row of its own, no words
    ("Вчера в городе прошёл парад.", "2024-05-10", []),
])
def test_relative_day_in_apposition_is_words(models, text, published, words):
    day = date.fromisoformat(published) if published else None
    read = read_dates(text, models.dates.find_raw(text), day, today=TODAY)
    assert [(u.text, u.normal) for u in read.unresolved] == words


@pytest.mark.parametrize("text, published, expected_rows", [
    # a shift forward in the past lands after the writing: it counts from an undated event, no row
    ("12 марта 2015 года. Боевики напали на деревню Кедрицы. Через сутки они напали на соседнее село.",
     "2015-03-12", [("12 марта 2015 года", "2015-03-12", "2015-03-12", False)]),
    # in the future, or landing before the writing, it counts as before
    ("12 марта 2015 года. Комиссия соберётся через два дня.", "2015-03-12",
     [("12 марта 2015 года", "2015-03-12", "2015-03-12", False), ("через два дня", "2015-03-14", "2015-03-14", False)]),
    ("5 марта 2015 года в Кедрицах прошёл митинг. На следующий день его участников задержали.", "2015-03-12",
     [("5 марта 2015 года", "2015-03-05", "2015-03-05", False),
      ("На следующий день", "2015-03-06", "2015-03-06", False)]),
])
def test_a_past_shift_after_the_writing_is_no_row(models, text, published, expected_rows):
    from nerpipe.ner import analyze_text

    analysis = analyze_text(text, models.tagger)
    facts = read_dates(text, models.dates.find_raw(text), date.fromisoformat(published), today=TODAY,
                       analysis=analysis).facts
    assert [(f.text, f.iso_from, f.iso_to, f.year_inferred) for f in facts] == expected_rows
