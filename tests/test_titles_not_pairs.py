"""A title and a name in one sentence that are not a pair, and a post taken over from someone: the name is
another's than the title's holder (a case the two do not share, a title after ``работает на``), and after
``сменил на посту`` both hold the title, the one replaced before. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .test_titles_news import rows

# -- a title and a first name with no case in common -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a genitive title before a name in the nominative: the name is the subject of what follows
    ("По приглашению ректора Липецкого университета Вера Дронова приехала в Тверь.", set()),
    ("Кубок генерального директора компании «Гранит» Семён Гуляев выиграл дважды.", set()),
    ("По просьбе критика Вера Дронова прочла стихи.", set()),
    ("По приглашению главы администрации района Семён Гуляев прибыл на открытие.", set()),
    # a name in the genitive after a title's body: the owner of the body, not the holder
    ("Директор фонда Семёна Гуляева открыл выставку.", set()),
    ("Председатель фонда Веры Дроновой выступил с докладом.", set()),
    # still held: the title in the name's case, a plural title before a list, a name that does not decline
    ("По приглашению ректора Семёна Гуляева студенты приехали в Тверь.",
     {("Семён Гуляев", "ректор", "ректор", False)}),
    ("Директор фонда Семён Гуляев открыл выставку.", {("Семён Гуляев", "директор фонда", "директор", False)}),
    ("Совет поддержал кандидатуру своего председателя Марин Леклер на выборах.",
     {("Марин Леклер", "председатель", "председатель", False)}),
])
def test_no_shared_case(models, text, expected):
    assert rows(text, models) == expected


# -- a predicate that names no post ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Семён Гуляев работает на губернатора Липецкой области.", set()),
    ("Вера Дронова много лет работала на министра финансов.", set()),
    ("Семён Гуляев работает на посту губернатора Липецкой области.",
     {("Семён Гуляев", "губернатор Липецкой области", "губернатор", False)}),
])
def test_working_for_a_holder(models, text, expected):
    assert rows(text, models) == expected


# -- a post taken over: the successor holds it, the one replaced held it before ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("Семён Гуляев сменил на посту мэра Липецка Веру Дронову.",
     {("Семён Гуляев", "мэр Липецка", "мэр", False), ("Вера Дронова", "мэр Липецка", "мэр", True)}),
    ("Вера Дронова сменила Семёна Гуляева на посту директора завода «Гранит».",
     {("Вера Дронова", "директор завода «Гранит»", "директор", False),
      ("Семён Гуляев", "директор завода «Гранит»", "директор", True)}),
    ("Вера Дронова, сменившая Семёна Гуляева на посту ректора, открыла учебный год.",
     {("Вера Дронова", "ректор", "ректор", False), ("Семён Гуляев", "ректор", "ректор", True)}),
    # not yet done: the one to be replaced holds it now
    ("Семён Гуляев сменит на посту мэра Липецка Веру Дронову.", {("Вера Дронова", "мэр Липецка", "мэр", False)}),
])
def test_takeover(models, text, expected):
    assert rows(text, models) == expected


# -- one replaced with no "на посту": the post the sentence gives the successor, held before ------------------

DIRECTOR = ("директор завода «Гранит»", "директор")


@pytest.mark.parametrize("text, expected", [
    ("Директором завода «Гранит» стал Семён Гуляев вместо Веры Дроновой.",
     {("Семён Гуляев", *DIRECTOR, False), ("Вера Дронова", *DIRECTOR, True)}),
    ("Семён Гуляев назначен директором завода «Гранит» вместо ушедшей в отставку Веры Дроновой.",
     {("Семён Гуляев", *DIRECTOR, False), ("Вера Дронова", *DIRECTOR, True)}),
    ("На смену Вере Дроновой директором завода «Гранит» назначен Семён Гуляев.",
     {("Семён Гуляев", *DIRECTOR, False), ("Вера Дронова", *DIRECTOR, True)}),
    ("Директором завода «Гранит» назначен Семён Гуляев, который заменит Веру Дронову.",
     {("Семён Гуляев", *DIRECTOR, False), ("Вера Дронова", *DIRECTOR, True)}),
    ("Семён Гуляев стал директором завода «Гранит», сменив Веру Дронову.",
     {("Семён Гуляев", *DIRECTOR, False), ("Вера Дронова", *DIRECTOR, True)}),
    ("Губернатор Лидия Мартынова назначила Семёна Гуляева директором завода «Гранит» вместо Веры Дроновой.",
     {("Лидия Мартынова", "губернатор", "губернатор", False), ("Семён Гуляев", *DIRECTOR, False),
      ("Вера Дронова", *DIRECTOR, True)}),
    # the post named before the one replaced is the one the successor takes
    ("Директора завода Веру Дронову сменил Семён Гуляев.",
     {("Семён Гуляев", "директор завода", "директор", False), ("Вера Дронова", "директор завода", "директор", True)}),
    ("На смену директору завода «Гранит» Вере Дроновой пришёл Семён Гуляев.",
     {("Семён Гуляев", *DIRECTOR, False), ("Вера Дронова", *DIRECTOR, True)}),
    # "на посту" hung on the object by the parser
    ("Веру Дронову на посту мэра Липецка сменил Семён Гуляев.",
     {("Семён Гуляев", "мэр Липецка", "мэр", False), ("Вера Дронова", "мэр Липецка", "мэр", True)}),
    # no post taken in the sentence: one who came instead of another holds nothing of theirs
    ("Директор завода «Гранит» Семён Гуляев выступил на форуме вместо Веры Дроновой.",
     {("Семён Гуляев", *DIRECTOR, False)}),
    ("Вместо директора завода «Гранит» Веры Дроновой на совещание приехал Семён Гуляев.",
     {("Вера Дронова", *DIRECTOR, False)}),
    # a profession with no place is no seat one leaves to another
    ("Нападающий Семён Гуляев заменил Веру Дронову на пятой минуте.",
     {("Семён Гуляев", "нападающий", "нападающий", False)}),
])
def test_replaced(models, text, expected):
    assert rows(text, models) == expected


# -- an instrumental after a preposition is not what a predicate makes its subject -------------------------

@pytest.mark.parametrize("text, expected", [
    ("Семён Гуляев десять лет работал с губернатором Липецкой области.", set()),
    ("Вера Дронова выступила вместе с министром финансов на форуме.", set()),
    ("Вера Дронова была знакома с ректором университета.", set()),
    ("Семён Гуляев десять лет работал заместителем губернатора Липецкой области.",
     {("Семён Гуляев", "заместитель губернатора Липецкой области", "заместитель губернатора", True)}),
    ("Вера Дронова была ректором университета.", {("Вера Дронова", "ректор университета", "ректор", True)}),
])
def test_instrumental_after_preposition(models, text, expected):
    assert rows(text, models) == expected


# -- a predicate negated, a post refused ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Семён Гуляев так и не стал губернатором Липецкой области.", set()),
    ("Вера Дронова никогда не была ректором университета.", set()),
    ("Семён Гуляев отказался от поста мэра Липецка.", set()),
    ("Вера Дронова отказалась от должности министра финансов.", set()),
    ("Семён Гуляев никогда не занимал пост мэра Липецка.", set()),
    ("Вера Дронова не назначена на должность ректора.", set()),
    # an appointment only possible or intended
    ("Губернатор может назначить Семёна Гуляева своим заместителем.", set()),
    ("Совет намерен избрать Веру Дронову председателем.", set()),
    ("Семён Гуляев может быть назначен министром финансов.", set()),
    ("Партия обещала избрать Веру Дронову председателем.", set()),
    ("Губернатор решил назначить Семёна Гуляева своим заместителем.",
     {("Семён Гуляев", "заместитель", "заместитель", False)}),
    ("Совет избрал Веру Дронову председателем.", {("Вера Дронова", "председатель", "председатель", False)}),
    ("Семён Гуляев стал губернатором Липецкой области.",
     {("Семён Гуляев", "губернатор Липецкой области", "губернатор", False)}),
    ("Вера Дронова не только стала ректором университета, но и возглавила совет.",
     {("Вера Дронова", "ректор университета", "ректор", False)}),
])
def test_declined(models, text, expected):
    assert rows(text, models) == expected


# -- a post handed over: the one in the dative holds it, the one who handed it over held it before ---------

@pytest.mark.parametrize("text, expected", [
    ("Вера Дронова уступила пост мэра Липецка Семёну Гуляеву.",
     {("Семён Гуляев", "мэр Липецка", "мэр", False), ("Вера Дронова", "мэр Липецка", "мэр", True)}),
    ("Пост ректора Семён Гуляев передал Вере Дроновой.",
     {("Вера Дронова", "ректор", "ректор", False), ("Семён Гуляев", "ректор", "ректор", True)}),
    ("Семён Гуляев передал пост директора завода «Гранит» преемнику.",
     {("Семён Гуляев", "директор завода «Гранит»", "директор", True)}),
    ("Вера Дронова заняла пост мэра Липецка.", {("Вера Дронова", "мэр Липецка", "мэр", False)}),
])
def test_handed_over(models, text, expected):
    assert rows(text, models) == expected


# -- a founder or an owner: a title of who they are, not a post they hold ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Владелец пекарни «Колос» Семён Гуляев открыл второй магазин.", set()),
    ("Вера Дронова, основательница фонда «Ладога», выступила на форуме.", set()),
    ("Семён Гуляев — один из учредителей газеты «Вестник».", set()),
    ("Вера Дронова является совладелицей сети «Пряник».", set()),
    # the post beside it stays
    ("Генеральный директор и совладелец компании «Ротор» Семён Гуляев подписал договор.",
     {("Семён Гуляев", "генеральный директор", "генеральный директор", False)}),
])
def test_founders_and_owners_hold_no_post(models, text, expected):
    assert rows(text, models) == expected


# -- one born into a kin group or a people: no post -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Представитель рода Ветлугиных Семён Гуляев открыл музей.", set()),
    ("Вера Дронова, представительница древней династии, дала интервью.", set()),
    ("Умер старший представитель дома Зориных Семён Гуляев.", set()),
    ("Представитель поколения тридцатилетних Вера Дронова написала книгу.", set()),
    # a body's spokesman holds a post: "дом" of a body, not of a family
    ("Представитель Белого дома Вера Дронова отказалась от комментариев.",
     {("Вера Дронова", "представитель Белого дома", "представитель", False)}),
    ("Представитель компании «Ротор» Семён Гуляев подтвердил сделку.",
     {("Семён Гуляев", "представитель компании «Ротор»", "представитель", False)}),
])
def test_lineage_holds_no_post(models, text, expected):
    assert rows(text, models) == expected


# -- a surname after a serving title, of one the text makes the body's head: whose the body is --------------

@pytest.mark.parametrize("text, expected", [
    ("Лидер оппозиции Семён Гуляев проиграл выборы. Представитель партии Гуляева назвал итоги подлогом.",
     {("Семён Гуляев", "лидер оппозиции", "лидер", False)}),
    ("Глава движения «Рассвет» Тенгиз Мбеки проиграл. Сторонники партии Мбеки вышли на площадь.",
     {("Тенгиз Мбеки", "глава движения «Рассвет»", "глава", False)}),
    # a surname that is no genitive serves the body; one the text does not make a head too
    ("Лидер партии «Рассвет» Семён Гуляев выступил. Член партии Гуляев раньше был учителем.",
     {("Семён Гуляев", "лидер партии «Рассвет»", "лидер", False), ("Семён Гуляев", "член партии", "член", False),
      ("Семён Гуляев", "учитель", "учитель", True)}),
    ("Представитель партии Мбеки назвал итоги подлогом.", {("Мбеки", "представитель партии", "представитель", False)}),
    # a bare title of one who serves, before the surname of a head: whom the unnamed holder serves
    ("Лидер оппозиции Семён Гуляев проиграл выборы. Полиция задержала помощника Гуляева.",
     {("Семён Гуляев", "лидер оппозиции", "лидер", False)}),
    ("Президент Тенгиз Мбеки выступил. Правительство уволило военного советника Мбеки.",
     {("Тенгиз Мбеки", "президент", "президент", False)}),
])
def test_serving_the_head(models, text, expected):
    assert rows(text, models) == expected


# -- roles of a play written with a capital, as playbills do: characters, no titles ------------------------

@pytest.mark.parametrize("text, expected", [
    ("В спектакле «Сад» впервые выйдет Олег Лаптев. Он сыграет роли Сомова, Эксперта, Профессора, Судьи.", set()),
    ("В новом сезоне Вера Дронова исполнит роль Горничной и роль Учительницы.", set()),
    # still titles: a lower-case title after a name, a capitalised title opening a sentence
    ("Роль в спектакле получил Олег Лаптев, профессор консерватории.",
     {("Олег Лаптев", "профессор консерватории", "профессор", False)}),
    ("Профессор Олег Лаптев сыграл в спектакле роль.", {("Олег Лаптев", "профессор", "профессор", False)}),
])
def test_roles_of_a_play(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a standing, not a post: a mention with no row; the post beside it stays
    ("Форвард Пётр Орлов пришёл в клуб «Заря» в качестве свободного агента.",
     {("Пётр Орлов", "форвард", "форвард", False)}),
    ("Нападающий Глеб Лаптев стал свободным агентом.", {("Глеб Лаптев", "нападающий", "нападающий", False)}),
    # the status adjective only right before the head: one further off says nothing of the post
    ("Свободный экономический обозреватель Пётр Орлов выступил на форуме.",
     {("Пётр Орлов", "свободный экономический обозреватель", "обозреватель", False)}),
])
def test_status_no_post(models, text, expected):
    assert rows(text, models) == expected
