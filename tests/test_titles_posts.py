"""A title beside a name that says who its holder is but states no post they hold: a POSITION
mention, no ``positions`` row (:func:`nerpipe.titles.generic.holds_no_post`)."""

from __future__ import annotations

import pytest

from nerpipe.titles.generic import holds_no_post
from nerpipe.titles.grammar import find_titles
from nerpipe.titles.trimming import trim_title

from .conftest import analyze
from .hand import tagged

NAME = [("Пётр", "PROPN Nom Sing Masc"), ("Орлов", "PROPN Nom Sing Masc")]


def the_title(models, analysis):
    [title] = [trim_title(analysis, t) for t in find_titles(analysis, list(analysis.spans), models.titles)]
    return title


@pytest.mark.parametrize("words, placed, expected", [
    # a candidate for a post does not hold it, whatever body it names
    ([("кандидат", "NOUN Nom Sing Masc"), ("в", "ADP"), ("губернаторы", "NOUN Acc Plur Masc")], False, True),
    ([("кандидат", "NOUN Nom Sing Masc"), ("в", "ADP"), ("губернаторы", "NOUN Acc Plur Masc")], True, True),
    # the author of a thing, at no organization; at one, a post
    ([("автор", "NOUN Nom Sing Masc"), ("проекта", "NOUN Gen Sing Masc")], False, True),
    ([("создатель", "NOUN Nom Sing Masc"), ("сервиса", "NOUN Gen Sing Masc")], True, False),
    # a profession qualified as a person is, at an organization or not: still what its holder does
    ([("известный", "ADJ Nom Sing Masc"), ("правозащитник", "NOUN Nom Sing Masc")], False, False),
    ([("юный", "ADJ Nom Sing Masc"), ("шахматист", "NOUN Nom Sing Masc")], False, False),
    ([("известный", "ADJ Nom Sing Masc"), ("правозащитник", "NOUN Nom Sing Masc")], True, False),
    ([("шахматист", "NOUN Nom Sing Masc")], False, False),
    # a post keeps its qualifier
    ([("известный", "ADJ Nom Sing Masc"), ("министр", "NOUN Nom Sing Masc")], False, False),
])
def test_holds_no_post(models, words, placed, expected):
    analysis = tagged(*words, *NAME, spans=[(len(words), len(words) + 1, "PER")])
    assert holds_no_post(analysis, the_title(models, analysis), models.titles, placed) is expected


def rows(text: str, models) -> list[str]:
    return [f.position for f in analyze(text, models).positions]


def position_mentions(text: str, models) -> list[str]:
    return [m.normal for m in analyze(text, models).mentions if m.type == "POSITION"]


@pytest.mark.parametrize("text, mention", [
    ("Автор идеи Пётр Орлов рассказал о проекте.", "автор идеи"),
    ("Кандидат в губернаторы Пётр Орлов провёл встречу с избирателями.", "кандидат в губернаторы"),
])
def test_a_title_that_holds_no_post_is_a_mention_without_a_row(models, text, mention):
    assert position_mentions(text, models) == [mention]
    assert rows(text, models) == []


@pytest.mark.parametrize("text, position", [
    ("Блогер Пётр Орлов открыл выставку.", "блогер"),  # nothing but the profession: still a row
    ("Нидерландский бизнесмен Пётр Орлов купил завод.", "нидерландский бизнесмен"),  # and with its country
    ("В турнире победил гроссмейстер из Норвегии Пётр Орлов.", "гроссмейстер из Норвегии"),
    ("Известный журналист газеты «Вечерний звон» Пётр Орлов открыл выставку.",
     "журналист газеты «Вечерний звон»"),  # at an organization
    ("Израильский министр обороны Пётр Орлов прибыл в Москву.", "израильский министр обороны"),  # a post
    ("Создатель компании «Вектор» Пётр Орлов открыл завод.", "создатель компании «Вектор»"),
])
def test_a_post_or_a_profession_at_an_organization_is_a_row(models, text, position):
    assert rows(text, models) == [position]


@pytest.mark.parametrize("text, positions", [
    # a profession beside a post at an organization, given to the same name: the post only
    ("Председатель Союза писателей России поэт Пётр Орлов открыл вечер.", ["председатель Союза писателей России"]),
    ("Директор театра «Глобус» хореограф Пётр Орлов показал новый балет.", ["директор театра «Глобус»"]),
    # given to another mention of the same person, it is a statement of its own
    ("Директор театра «Глобус» Пётр Орлов показал новый балет. Хореограф Пётр Орлов поставил его сам.",
     ["директор театра «Глобус»", "хореограф"]),
])
def test_a_profession_beside_a_post_at_an_organization(models, text, positions):
    assert rows(text, models) == positions


@pytest.mark.parametrize("text, positions", [
    # a title with no name refers back to the person last named who holds the same role; the
    # organization it adds does not contradict the first statement, which named none
    ("Премьер-министр Норвегии Пер Ольсен вернулся в резиденцию. С 27 апреля глава правительства вновь "
     "приступает к работе.", ["премьер-министр Норвегии", "глава правительства"]),
    # a different role: not the same person
    ("Премьер-министр Норвегии Пер Ольсен вернулся в резиденцию. Министр финансов вновь приступает к работе.",
     ["премьер-министр Норвегии"]),
])
def test_a_title_with_no_name_that_adds_an_organization(models, text, positions):
    assert rows(text, models) == positions


@pytest.mark.parametrize("text, positions", [
    # titles coordinated with one a predicate gives a holder share that holder
    ("Олег Сомов родился в Томске. В разные годы он был главным советником губернатора, генеральным "
     "директором канала «Восток».", ["главный советник губернатора", "генеральный директор канала «Восток»"]),
    ("Олег Сомов родился в Томске. Позже он работал учителем школы и директором музея.",
     ["учитель школы", "директор музея"]),
])
def test_titles_coordinated_with_a_predicate_share_its_holder(models, text, positions):
    assert rows(text, models) == positions


@pytest.mark.parametrize("text, positions", [
    # an organization that holds a person leaves its words to the title and the name inside it
    ("Пресс-служба губернатора Петра Орлова сообщила о встрече.", ["губернатор"]),
    ("Как сообщила администрация президента Сомова, встреча пройдет в пятницу.", ["президент"]),
    # a military rank beside a post at an organization is a fact of its own, not a profession it outranks
    ("Представитель вооружённых сил полковник Иван Сомов заявил о победе.",
     ["представитель вооружённых сил", "полковник"]),
])
def test_titles_inside_bodies_of_people_and_ranks_beside_posts(models, text, positions):
    assert rows(text, models) == positions


@pytest.mark.parametrize("text, positions", [
    # an age between a title and the name does not separate them
    ("На выборах победил действующий президент 89-летний Карл Нильсен.", ["действующий президент"]),
    ("Директор завода 45-летний Иван Петров ушел в отставку.", ["директор завода"]),
])
def test_an_age_between_a_title_and_its_holder(models, text, positions):
    assert rows(text, models) == positions


@pytest.mark.parametrize("text, positions", [
    # a genitive name hanging on a word of the title other than its head owns what the title names
    ("В 1996 году он был старшим консультантом предвыборной кампании Петра Орлова.", []),
    ("Директор завода Иван Петров ушел в отставку.", ["директор завода"]),
    ("Министр иностранных дел Японии Хиро Танака прибыл в Москву.", ["министр иностранных дел Японии"]),
])
def test_the_owner_of_what_a_title_names_does_not_hold_it(models, text, positions):
    assert rows(text, models) == positions


@pytest.mark.parametrize("text, mentions", [
    # a plural speaks of a class of people, the title it governs of one holder
    ("Представители партии президента Кении провели митинг.", ["президент Кении"]),
    ("Сотрудники аппарата губернатора вышли на субботник.", ["губернатор"]),
    ("Эксперты провели исследование.", []),
])
def test_the_title_a_plural_governs(models, text, mentions):
    assert position_mentions(text, models) == mentions
