"""Names of invented people read wrong on fresh news (round 57): the Arabic article of one surname written two
ways, a Kazakh patronymic of one word after a surname written first, a former title with an abbreviation tagged a
person, a first name in ``-у`` before a man's nominative surname as the subject of his verb, two first names of a
woman in one oblique case before her surname that does not decline."""

from __future__ import annotations

import pytest

from .conftest import person_mentions


@pytest.mark.parametrize("text, expected", [
    ("Президент Египта Абдель Рахман Аль-Зуби приехал в Каир. Абдель Рахман аз-Зуби заявил, что доволен. "
     "Аз-Зуби уехал.",
     {("Абдель Рахман Аль-Зуби", ("Абдель Рахман Аль-Зуби", "Абдель Рахман аз-Зуби", "Аз-Зуби"))}),
    ("Глава Ирака Мустафа аш-Шарими встретил гостя. Позже Мустафа аль-Шарими принял в столице министра.",
     {("Мустафа аш-Шарими", ("Мустафа аш-Шарими", "Мустафа аль-Шарими"))}),
])
def test_arabic_article_written_two_ways(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text", [
    # two given names: two people of surnames alike after the article
    "Посол Хасан аль-Мадрани приехал. Посол Юсуф ас-Мадрани уехал.",
    # the same given names, two surnames after the article
    "Посол Хасан аль-Мадрани приехал. Посол Хасан ас-Сулейми уехал.",
    # an assimilated article whose consonant is not the stem's first letter: no form of the other
    "Посол Хасан аль-Мадрани приехал. Посол Хасан аш-Мадрани уехал.",
    "Посол Хасан ад-Мадрани приехал. Посол Хасан ар-Мадрани уехал.",
])
def test_article_surnames_of_two_people(models, text):
    assert len(person_mentions(text, models)) == 2


@pytest.mark.parametrize("text, expected", [
    ("«Назначить Бекмуратова Ержана Сапаркулы акимом области», — говорится в указе. Аким Ержан Бекмуратов приехал.",
     {("Ержан Сапаркулы Бекмуратов", ("Бекмуратова Ержана Сапаркулы", "Ержан Бекмуратов"))}),
    ("«Назначить Сапаргалиеву Айгуль Нурланкызы министром», — говорится в указе. Айгуль Сапаргалиева приехала.",
     {("Айгуль Нурланкызы Сапаргалиева", ("Сапаргалиеву Айгуль Нурланкызы", "Айгуль Сапаргалиева"))}),
    ("Бекмуратов Ержан Сапаркулы назначен акимом.",
     {("Ержан Сапаркулы Бекмуратов", ("Бекмуратов Ержан Сапаркулы",))}),
])
def test_kazakh_patronymic_of_one_word(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Дамир Жанкелдиев стал акимом Озёрной области\n\nЭкс-аким ОЗО Дамир Жанкелдиев стал акимом Озёрной области, "
     "сообщает Zarinform.kz со ссылкой на сайт акимата.\n",
     {("Дамир Жанкелдиев", ("Дамир Жанкелдиев", "Дамир Жанкелдиев"))}),
    ("Экс-губернатор ЗРО Дамир Жанкелдиев возглавил министерство.\n",
     {("Дамир Жанкелдиев", ("Дамир Жанкелдиев",))}),
])
def test_former_title_with_abbreviation_no_person(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Салиму Дембар проиграл финал. Дембар занимал пост капитана команды.",
     {("Салиму Дембар", ("Салиму Дембар", "Дембар"))}),
    ("Вчера Мухаммаду Тамбар заявил, что уходит.", {("Мухаммаду Тамбар", ("Мухаммаду Тамбар",))}),
    # apposed to a man's title in the nominative, tagged a man's nominative word by word
    ("Второе место на конкурсе занял посланец Союза пчеловодов, бывший председатель жюри Умару Дембар, на третьей "
     "строчке - Пол Отанде.", {("Умару Дембар", ("Умару Дембар",)), ("Пол Отанде", ("Пол Отанде",))}),
])
def test_first_name_in_u_before_mans_nominative_subject(models, text, expected):
    assert person_mentions(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the object of a verb, not its subject: a woman's accusative
    ("Марину Котляр похвалил тренер.", "Марина Котляр"),
    ("Мы встретили Ольгу Кольман на вокзале.", "Ольга Кольман"),
])
def test_womans_accusative_object_stays(models, text, expected):
    assert {name for name, _ in person_mentions(text, models)} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Судьи наградили гимнастку Ралуку Ливиану Тобар.", "Ралука Ливиана Тобар"),
    ("Жюри отметило Лильяну Драгану Хабрович.", "Лильяна Драгана Хабрович"),
])
def test_womans_two_first_names_in_one_oblique_case(models, text, expected):
    assert {name for name, _ in person_mentions(text, models)} == {expected}


@pytest.mark.parametrize("line, word, expected", [
    # a team of a line of a match's score that pymorphy knows as a common noun: an organization
    ("Последний матч. 05.11.2001. Буревестник – Сокол – 1:1", "Буревестник", "ORG"),
    ("Последний матч. 05.11.2001. Буревестник – Сокол – 1:1", "Сокол", "ORG"),
    # a player's surname of such a line stays a person
    ("Финал. Курочкин – Буревестник – 2:1", "Курочкин", "PER"),
    # a line of players' result (chess, tennis): the other side a surname, no word of teams: a person
    ("Шахматы, пятый тур: Гусь – Кузнецов – 1:0", "Гусь", "PER"),
    ("Итоги партий. 12.03.2003. Гусь – Кузнецов – 1:0", "Гусь", "PER"),
    ("Теннис, полуфинал: Ворона – Кольцова – 2:0", "Ворона", "PER"),
    # the other side a surname, but a word of teams around: a team
    ("Первенство лиги, футбол. Буревестник – Кузнецов – 2:1", "Буревестник", "ORG"),
    # after the score: no team
    ("Последний матч – 1:1, Буревестник прошёл дальше", "Буревестник", "PER"),
])
def test_score_line_team_no_person(models, line, word, expected):
    from nerpipe.pipeline import analyze_text
    from nerpipe.records import PER, Span
    from nerpipe.spans.people.recast import recast_single_words

    analysis = analyze_text(line, models.tagger)
    start = line.index(word)
    spans = recast_single_words(analysis, [Span(start, start + len(word), PER)], models.morph, lambda _surface: False)
    assert [span.type for span in spans] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a list of districts' adjectives, one tagged a person
    ("Поголовье выросло в районах: Бобровский, Заречинский, Ельнинский и Тамбовский. Здесь поголовье свиней выросло.",
     set()),
    # two surnames in -ский, or three after first names: people
    ("Выступили Бобровский и Ельнинский, затем Петров.",
     {("Бобровский", ("Бобровский",)), ("Ельнинский", ("Ельнинский",)), ("Петров", ("Петров",))}),
    ("На сцену вышли Иван Бобровский, Петр Ельнинский и Тамбовский.",
     {("Иван Бобровский", ("Иван Бобровский",)), ("Петр Ельнинский", ("Петр Ельнинский",)),
      ("Тамбовский", ("Тамбовский",))}),
])
def test_listed_district_adjectives_no_people(models, text, expected):
    assert person_mentions(text, models) == expected
