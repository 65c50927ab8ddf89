"""A title with no name that speaks of the person the document is about (:mod:`nerpipe.titles.protagonist`)."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> list[tuple[str, str]]:
    """``(person, title as written)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(names[f.person_id], text[f.start:f.end]) for f in result.positions]


@pytest.mark.parametrize("text, expected", [
    # an occupation the next sentence gives the one it goes on about, in any case
    ("В Твери умер Пётр Сомов. Композитору было 80 лет.", [("Пётр Сомов", "Композитору")]),
    ("Игорь Шмелёв выпустил альбом. Рэпер рассказал о нём в интервью.", [("Игорь Шмелёв", "Рэпер")]),
    ("Игорь Шмелёв выпустил альбом. Как рассказал рэпер, альбом записан за месяц.",
     [("Игорь Шмелёв", "рэпер")]),
    ("Вера Голубева приехала в Тверь. Актриса сыграет в новом спектакле.", [("Вера Голубева", "Актриса")]),
    ("Нина Орлова выиграла марафон. Российская бегунья опередила соперниц на минуту.",
     [("Нина Орлова", "Российская бегунья")]),
    # a predicate in the instrumental
    ("Пётр Сомов родился в Твери. В 1990 году окончил институт. Работал учителем.",
     [("Пётр Сомов", "учителем")]),
])
def test_a_title_with_no_name_is_the_protagonists(text, expected, models):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, title", [
    # one who acts upon the protagonist: a judge, a doctor, a coach
    ("Пётр Сомов подал иск. Судья отклонил его жалобу через неделю.", "Судья"),
    ("Пётр Сомов попал в больницу. Врач рассказал о состоянии больного.", "Врач"),
    ("Пётр Сомов забил два гола. Тренер похвалил команду.", "Тренер"),
    # one who serves a body
    ("Пётр Сомов выиграл тендер. Представитель подтвердил это.", "Представитель"),
    # the title's sentence names someone else
    ("Пётр Сомов выиграл тендер. Директор поздравил Ивана Лаптева.", "Директор"),
    # a holder presented by a passive of naming
    ("Пётр Сомов покинул город. Директор назначен вчера.", "Директор"),
    # a title in someone's words
    ("Пётр Сомов рассказал о планах. «Хороший водитель справится и так», — добавил он.", "Хороший водитель"),
    ("Пётр Сомов рассказал о планах.\n— Хороший водитель справится и так.", "Хороший водитель"),
    # a post of another role than the protagonist's own: two people
    ("Мэр Пётр Сомов предложил закон. Губернатор поддержал его идею.", "Губернатор"),
    # the one named last is not the one the document names most often
    ("Пётр Сомов встретил Ивана Лаптева в Твери. Сомов остался доволен, Сомов уехал. Лаптев приехал позже. "
     "Композитору было 80 лет.", "Композитору"),
    # a predicate of another gender than the one named
    ("Пётр Сомов родился в Твери. Долго работала учителем в школе.", "учителем"),
    # a post is left to the rules of restatement
    ("Пётр Сомов попал в больницу. Позже премьер был переведён в обычную палату.", "премьер"),
    # one the text has titled: the occupation describes them again or is another's
    ("Председатель партии Пётр Сомов прибыл в Тверь. Встречи политика прошли успешно.", "политика"),
    ("Полузащитник Пётр Сомов забил гол. Клуб продлит аренду 30-летнего футболиста.", "30-летнего футболиста"),
    # a founder
    ("Пётр Сомов выступил в Твери. Позже создатель сервиса ответил на вопросы.", "создатель сервиса"),
    # a clause of the protagonist's own sentence, a byline
    ("Пётр Сомов заявил, что композитор уйдёт из театра.", "композитор"),
    ("Пётр Сомов\n\nКомпозитор открыл новую школу.", "Композитор"),
    # a plural speaks of a class
    ("Пётр Сомов выпустил альбом. Рэперы оценили его.", "Рэперы"),
])
def test_a_title_with_no_name_that_is_not_the_protagonists(text, title, models):
    assert title not in [written for _, written in rows(text, models)]


@pytest.mark.parametrize("text, expected", [
    # "известный как": the name the adjective qualifies, or its subject when it is short
    ("Марина Кольцова, известная как марафонка, выиграла забег.", [("Марина Кольцова", "марафонка")]),
    ("Пётр Сомов, более известный как композитор, умер в Твери.", [("Пётр Сомов", "композитор")]),
    ("Марина Кольцова известна как талантливая марафонка.", [("Марина Кольцова", "талантливая марафонка")]),
    ("Пётр Сомов был известен как композитор и пианист.",
     [("Пётр Сомов", "композитор"), ("Пётр Сомов", "пианист")]),
])
def test_a_title_one_is_known_as(text, expected, models):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text", [
    "Пётр Сомов, известный как Сом, выпустил альбом.",  # a name, not a title
    "Город Тверь, известный как родина композитора, принял гостей.",  # no person
    "Пётр Сомов известен как автор трёх романов.",  # an author holds no post
])
def test_known_as_with_no_title_of_the_person(text, models):
    assert rows(text, models) == []


@pytest.mark.parametrize("text, expected", [
    # a clause before the name with no subject of its own: the main clause's subject, of its gender
    ("После того как стал тренером, Пётр Сомов переехал в Тверь.", [("Пётр Сомов", "тренером")]),
    ("Пока работала моделью, Анна Зорина объехала весь мир.", [("Анна Зорина", "моделью")]),
    # a clause with a subject of its own keeps it
    ("После того как Иван Лаптев стал тренером, Пётр Сомов переехал в Тверь.", [("Иван Лаптев", "тренером")]),
    ("Пока Анна Зорина работала моделью, Пётр Сомов объехал весь мир.", [("Анна Зорина", "моделью")]),
    # a converb's title is its verb's subject's, not the one that verb appoints
    ("Проработав тренером десять лет, Пётр Сомов назначил Ивана Лаптева директором.",
     [("Пётр Сомов", "тренером"), ("Иван Лаптев", "директором")]),
])
def test_a_title_in_a_clause_before_the_name(text, expected, models):
    assert rows(text, models) == expected
