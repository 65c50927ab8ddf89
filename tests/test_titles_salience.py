"""A title with no name that points back to a person named before (:mod:`nerpipe.titles.salience`): the
salient antecedent, a few sentences back."""

from __future__ import annotations

import pytest

from nerpipe.titles.grammar import find_titles
from nerpipe.titles.salience import pointing_back, salient_antecedent

from .conftest import analyze
from .hand import tagged

NAME = [("Пётр", "PROPN Nom Sing Masc"), ("Орлов", "PROPN Nom Sing Masc")]
SHE = [("Анна", "PROPN Nom Sing Fem"), ("Зорина", "PROPN Nom Sing Fem")]


def rows(text: str, models) -> list[tuple[str, str, bool]]:
    """``(person, title as written, restated)`` of every ``positions`` row."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return [(names[f.person_id], text[f.start:f.end], f.restated) for f in result.positions]


@pytest.mark.parametrize("text, expected", [
    # "сам", "этот", "новый": the title speaks of the one named before, sentences apart
    ("Игорь Зотов провёл сбор в Сочи. Команда готовится к сезону. Сам же главный тренер сборной оценил форму "
     "игроков.", [("Игорь Зотов", "главный тренер сборной", False)]),
    ("«Мы справимся», — заявил после присяги Олег Рябцев. Эти слова нового губернатора внушают оптимизм.",
     [("Олег Рябцев", "нового губернатора", False)]),
    ("Марина Лыкова пришла в компанию «Вектор» весной. Новый директор по маркетингу сказала, что продажи "
     "выросли.", [("Марина Лыкова", "Новый директор по маркетингу", False)]),
    # of the last sentence that names people, its subject, not the one in an oblique case
    ("Пётр Зуев сменил на посту Олега Рябцева. Новый директор завода уже объявил о планах.",
     [("Пётр Зуев", "Новый директор завода", False)]),
    # the same title again says nothing new: no row
    ("Директор завода Пётр Зуев провёл совещание. Новый директор завода рассказал о планах.",
     [("Пётр Зуев", "Директор завода", False)]),
    # nor does a word that names the body only as the one spoken of ("компании", "ведомства")
    ("Пётр Зуев назначен директором компании «Вектор». Новый директор компании рассказал о планах.",
     [("Пётр Зуев", "директором компании «Вектор»", False)]),
    # the person named with no title: the title is a fact of its own
    ("Пётр Зуев возглавил Федеральную службу по тарифам. После назначения новый глава ведомства встретился "
     "с сотрудниками.", [("Пётр Зуев", "возглавил Федеральную службу по тарифам", False),  # titles.heading
                         ("Пётр Зуев", "новый глава ведомства", False)]),
    # the pointing word on the noun the title hangs on
    ("«Мы справимся», — заявил Пётр Зуев. Эти слова губернатора внушают оптимизм.",
     [("Пётр Зуев", "губернатора", False)]),
    # a bare occupation pointing back
    ("Антон Белых открыл выставку в Твери. Этот художник давно пишет пейзажи.",
     [("Антон Белых", "художник", False)]),
])
def test_a_title_pointing_back_is_the_salient_persons(text, expected, models):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title said again of a personal pronoun in a later sentence: a restated row, as with a name
    ("Губернатор Тверской области Пётр Зуев провёл совещание. С 2015 года он является губернатором Тверской "
     "области.", [("Пётр Зуев", "Губернатор Тверской области", False),
                  ("Пётр Зуев", "губернатором Тверской области", True)]),
    ("Директор школы Анна Зорина получила награду. Она работает директором школы с 2010 года.",
     [("Анна Зорина", "Директор школы", False), ("Анна Зорина", "директором школы", True)]),
    ("Пётр Зуев, первый мэр Заречного, скончался в пятницу. Он стал первым мэром Заречного в 1991 году.",
     [("Пётр Зуев", "первый мэр Заречного", False), ("Пётр Зуев", "первым мэром Заречного", True)]),
    # a bare title that refers back is a mention, not a statement: no row
    ("Губернатор Тверской области Пётр Зуев провёл совещание. Губернатор рассказал о планах.",
     [("Пётр Зуев", "Губернатор Тверской области", False)]),
])
def test_a_title_said_of_a_pronoun_is_restated(text, expected, models):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text", [
    # another gender than the title's verb
    "Марина Лыкова покинула пост. Новый директор заявил о планах.",
    # a holder yet to come, or the one who left
    "Олег Рябцев ушёл в отставку. Новый министр будет назначен позже.",
    "Олег Рябцев подал в отставку. Новый министр назначен вчера.",
    "Игнат Лорский родился в Твери. В 2005 году назначен новый директор завода «Заря».",
    "Антон Белых открыл выставку. Новый директор музея мог бы поддержать его.",
    # a pointing word on another noun
    "Пётр Зуев прибыл в Тверь. В этот день министр заявил о планах.",
    # the title's holder acts on the one named before
    "Пётр Зуев прилетел в Тверь. Новый губернатор встретил его в аэропорту.",
    # coordinated titles, a plural
    "Пётр Зуев приехал в Тверь. Новый мэр и губернатор обсудили бюджет.",
    "Антон Белых открыл выставку в Твери. Новые директора музеев поддержали его.",
    # too far back
    "Игорь Зотов провёл сбор в Сочи. Команда готовится к сезону. Погода была тёплой. Поле было мокрым. "
    "Стадион был полон. Сам же главный тренер сборной оценил форму игроков.",
])
def test_a_title_pointing_back_to_no_one(text, models):
    assert rows(text, models) == []


@pytest.fixture(scope="module")
def lexicon(models):
    return models.titles


@pytest.mark.parametrize("tokens, spans, expected", [
    # the subject of the last sentence with a name
    ([*NAME, ("уехал", "VERB Sing Masc", 1, "root"), (".", "PUNCT"), ("Новый", "ADJ Nom Sing Masc", 5, "amod"),
      ("министр", "NOUN Nom Sing Masc", 6, "nsubj"), ("заявил", "VERB Sing Masc")], [(0, 1, "PER")], "Пётр Орлов"),
    # a woman's name before a title whose verb is masculine
    ([*SHE, ("уехала", "VERB Sing Fem"), (".", "PUNCT"), ("Новый", "ADJ Nom Sing Masc", 5, "amod"),
      ("министр", "NOUN Nom Sing Masc", 6, "nsubj"), ("заявил", "VERB Sing Masc")], [(0, 1, "PER")], None),
    # in the title's own sentence, only a subject title refers back
    ([*NAME, ("встретился", "VERB Sing Masc"), ("с", "ADP"), ("новым", "ADJ Ins Sing Masc", 5, "amod"),
      ("министром", "NOUN Ins Sing Masc", 2, "obl")], [(0, 1, "PER")], None),
])
def test_salient_antecedent(lexicon, tokens, spans, expected):
    analysis = tagged(*tokens, spans=spans)
    title = find_titles(analysis, [], lexicon)[-1]
    person = salient_antecedent(analysis, title, [s for s in analysis.spans if s.type == "PER"])
    assert (analysis.text[person.start:person.end] if person else None) == expected


@pytest.mark.parametrize("tokens, expected", [
    ([("Сам", "DET Nom Sing Masc", 1, "amod"), ("министр", "NOUN Nom Sing Masc", 2, "nsubj"),
      ("заявил", "VERB Sing Masc")], True),
    # the pointing word on the noun the title hangs on, not on another
    ([("Эти", "DET Nom Plur", 1, "det"), ("слова", "NOUN Nom Plur Neut", 3, "nsubj"),
      ("министра", "NOUN Gen Sing Masc", 1, "nmod"), ("вдохновляют", "VERB Plur")], True),
    ([("В", "ADP", 2, "case"), ("этот", "DET Acc Sing Masc", 2, "det"), ("день", "NOUN Acc Sing Masc", 4, "obl"),
      ("министр", "NOUN Nom Sing Masc", 4, "nsubj"), ("заявил", "VERB Sing Masc")], False),
    ([("Этот", "DET Nom Sing Masc", 1, "det"), ("министр", "NOUN Nom Sing Masc", 2, "nsubj"),
      ("заявил", "VERB Sing Masc")], True),
    # no word pointing back; a plural
    ([("Министр", "NOUN Nom Sing Masc", 1, "nsubj"), ("заявил", "VERB Sing Masc")], False),
    ([("Новые", "ADJ Nom Plur", 1, "amod"), ("министры", "NOUN Nom Plur Masc", 2, "nsubj"),
      ("заявили", "VERB Plur")], False),
])
def test_pointing_back(lexicon, tokens, expected):
    analysis = tagged(*tokens)
    title = find_titles(analysis, [], lexicon)[-1]
    assert pointing_back(analysis, title, lexicon.morph) == expected


@pytest.mark.parametrize("text", [
    # a title with dependents opening the next sentence presents a new holder, not the one who left
    "Олег Рябцев ушёл в отставку. Новый мэр Твери будет назначен позже.",
    "Олег Рябцев ушёл в отставку. Новый директор завода «Заря» назначен вчера.",
    # a noun of appointing after the one named speaks of the holder the title refers back to
    "Проверка больниц, начатая Олегом Рябцевым, завершилась назначением нового министра здравоохранения. "
    "Примечательно, что новый министр не из числа чиновников.",
    "Реформа, задуманная Олегом Рябцевым, закончилась избранием нового ректора. Новый ректор приступит к работе "
    "осенью.",
])
def test_a_new_holder_is_not_the_one_named_before(text, models):
    assert rows(text, models) == []


@pytest.mark.parametrize("text, expected", [
    # the one before the present holder is another: no row for the name that holds the post now
    ("Главой прокуратуры Ореховского района стал Пётр Лаптев. Предыдущий прокурор Ореховского района скончался.",
     [("Пётр Лаптев", "Главой прокуратуры Ореховского района", False)]),
    ("Мэром Лесногорска стал Пётр Лаптев. Прежний мэр Лесногорска уехал в Москву.",
     [("Пётр Лаптев", "Мэром Лесногорска", False)]),
    # one who left the post is the one before
    ("Мэр Лесногорска Пётр Лаптев подал в отставку. Прежний мэр Лесногорска уехал в Москву.",
     [("Пётр Лаптев", "Мэр Лесногорска", False), ("Пётр Лаптев", "Прежний мэр Лесногорска", False)]),
    # ... and when his title is already a former one (ушёл в отставку: titles.former), the one before says no
    # more than it: no row of its own
    ("Мэр Лесногорска Пётр Лаптев ушёл в отставку. Прежний мэр Лесногорска уехал в Москву.",
     [("Пётр Лаптев", "Мэр Лесногорска", False)]),
])
def test_predecessor_is_not_the_present_holder(models, text, expected):
    assert rows(text, models) == expected


def test_predecessor_of_another_place_is_not_the_one_named_before(models):
    # the last one named held another district's post: the predecessor is still another
    text = ("Прокурором Ореховского района стал Пётр Лаптев. Бывший прокурор Липецкого района Иван Котов переведён в "
            "область. Предыдущий прокурор Ореховского района скончался.")
    assert not any(title.startswith("Предыдущий") for _, title, _ in rows(text, models))
