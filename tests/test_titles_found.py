"""Which words are titles: ranks of nobility, church and army, academic degrees, a post run for (``в президенты``),
a post an organization is named after (``пресс-служба губернатора``), and phrases with a title word that name no
title (``во главе с …``)."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_titles
from .test_titles_news import rows


def found(text: str, models) -> tuple[list[str], set[tuple[str, str]]]:
    """The POSITION mentions of a text and its ``(person, position)`` rows."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return ([m.text for m in result.mentions if m.type == "POSITION"],
            {(names[f.person_id], f.position) for f in result.positions})


@pytest.mark.parametrize("text, expected", [
    # ranks of nobility and monarchs
    ("Пост занимал сэр Питер Джонс.", (["сэр"], {("Питер Джонс", "сэр")})),
    ("Маркиз Анри Дюпон остался в замке.", (["Маркиз"], {("Анри Дюпон", "маркиз")})),
    ("Императрица Анна Котова уехала в столицу.", (["Императрица"], {("Анна Котова", "императрица")})),
    # church ranks and ambiguous words of them
    ("Аббат Пьер Лоран отслужил мессу.", (["Аббат"], {("Пьер Лоран", "аббат")})),
    ("Лама Пема Дордже приехал в город.", (["Лама"], {("Пема Дордже", "лама")})),
    ("Стадо лам паслось у озера.", ([], set())),
    # military ranks of old armies
    ("Есаул Пётр Орлов повёл сотню.", (["Есаул"], {("Пётр Орлов", "есаул")})),
])
def test_ranks(models, text, expected):
    assert found(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Доктор экономических наук Иван Петров выступил с лекцией.",
     (["Доктор экономических наук"], {("Иван Петров", "доктор экономических наук")})),
    ("Пётр Орлов — кандидат юридических наук.",
     (["кандидат юридических наук"], {("Пётр Орлов", "кандидат юридических наук")})),
    # a candidate for a post is still no holder of it
    ("Кандидат в президенты Иван Петров выступил.", (["Кандидат в президенты"], set())),
])
def test_academic_degrees(models, text, expected):
    assert found(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Анна Котова баллотировалась в президенты России.", ["президенты России"]),
    ("Он пошёл в депутаты Госдумы.", ["депутаты Госдумы"]),
    # a plural elsewhere is a class of people
    ("Депутаты приняли закон.", []),
])
def test_a_post_run_for(models, text, expected):
    assert found(text, models)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Пресс-служба президента сообщила о визите.", ["президента"]),
    ("Об этом сообщает пресс-служба главы республики.", ["главы республики"]),
    ("Управление делами президента закупило машины.", ["президента"]),
    ("Администрация города опровергла слухи.", []),
    # a body attached to a post
    ("На заседании Совета при Президенте РФ выступил Пётр Орлов.", ["Президенте РФ"]),
    ("Совет при Министерстве культуры собрался.", []),
])
def test_a_post_an_organization_is_named_after(models, text, expected):
    assert found(text, models)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Оппозиционный блок во главе с социал-демократами победил.", []),
    ("Он стоял во главе области десять лет.", []),
    ("Глава области Пётр Орлов выступил.", ["Глава области"]),
])
def test_phrases_with_no_title(models, text, expected):
    assert found(text, models)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a word that says someone works is a title only with where or as what
    ("Он назвал Ивана Петрова ценным сотрудником.", ([], set())),
    ("Вы зрелый специалист, Пётр Орлов.", ([], set())),
    # a grade is a title of its own
    ("Ведущий специалист Пётр Орлов выступил.", (["Ведущий специалист"], {("Пётр Орлов", "ведущий специалист")})),
    ("Сотрудник полиции Иван Петров задержал вора.", (["Сотрудник полиции"], {("Иван Петров", "сотрудник полиции")})),
    ("Работник склада Пётр Орлов уволен.", (["Работник склада"], {("Пётр Орлов", "работник склада")})),
])
def test_vague_heads_need_a_dependent(models, text, expected):
    assert found(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # what a person is by trade, training or birth is no dependent of the title
    ("Иван Петров, экономист по образованию, возглавил банк.", ["экономист"]),
    ("Анна Котова, юрист по происхождению и по призванию, выступила.", ["юрист"]),
    ("Специалист по связям с общественностью Анна Котова выступила.", ["Специалист по связям с общественностью"]),
])
def test_by_trade_is_no_dependent(models, text, expected):
    assert found(text, models)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a pupil or a student is in no occupation, even beside a name
    ("Это 19-летний Пётр Орлов, студент Тверского университета.", ([], set())),
    ("Студентка Анна Котова выиграла олимпиаду.", ([], set())),
    ("Преподаватель Анна Котова выиграла грант.", (["Преподаватель"], {("Анна Котова", "преподаватель")})),
])
def test_students_are_no_occupation(models, text, expected):
    assert found(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a partner is named by a relation to someone, no title of its own
    ("Коалиция из трёх партий и их младшего партнёра распалась.", ([], set())),
    ("Турция является стратегическим партнёром России.", ([], set())),
    ("Партнёр губернатора Пётр Орлов купил завод.", (["губернатора"], set())),
])
def test_a_partner_is_a_relation(models, text, expected):
    assert found(text, models) == expected


# -- titles contracted into one word: their role is the title in full ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Постпред Чили при ООН Семён Гуляев выступил с докладом.",
     {("Семён Гуляев", "постпред Чили при ООН", "постоянный представитель", False)}),
    ("О решении сообщил торгпред Перу в Кении Семён Гуляев.",
     {("Семён Гуляев", "торгпред Перу в Кении", "торговый представитель", False)}),
    ("Вера Дронова, посланник Чили в Перу, вручила грамоты.",
     {("Вера Дронова", "посланник Чили в Перу", "посланник", False)}),
])
def test_contracted_titles(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a post run for after "в" is not held; one taken is
    ("Игнат Лорский два года был депутатом областной думы. В депутаты он баллотировался, будучи врачом.",
     {("Игнат Лорский", "депутат областной думы"), ("Игнат Лорский", "врач")}),
    ("Анна Сомова выдвинулась в депутаты городской думы.", set()),
    ("Анна Сомова избрана в депутаты городской думы.", {("Анна Сомова", "депутат городской думы")}),
])
def test_a_post_run_for_after_v_is_not_held(models, text, expected):
    assert holder_titles(text, models) == expected
