"""A list of appointments with the verb said once (``X назначен министром A; Y – министром B``), and the
ministries of a region's cabinet named without the region in a text about that cabinet. Every sentence and
name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_region_rows, minister_rows
from .test_titles_news import rows


@pytest.mark.parametrize("text, expected", [
    # the instrumental after a dash: the verb of the first item carries the others
    ("Олег Пастухов назначен министром транспорта; Ирина Зотова – министром культуры, а Павел Лыков – "
     "министром спорта.",
     {("Олег Пастухов", "министр транспорта", "министр", False),
      ("Ирина Зотова", "министр культуры", "министр", False),
      ("Павел Лыков", "министр спорта", "министр", False)}),
    ("Анна Белова стала главой департамента спорта, Кирилл Осин - министром финансов, Нина Ершова - "
     "министром здравоохранения.",
     {("Анна Белова", "глава департамента спорта", "глава департамента", False),
      ("Кирилл Осин", "министр финансов", "министр", False),
      ("Нина Ершова", "министр здравоохранения", "министр", False)}),
    # the nominative after a dash, a first name the tagger may read as a man's genitive
    ("Утверждены Ольга Панова – министр спорта; Евгения Чернова – министр культуры; Мария Дроздова – министр "
     "труда и занятости.",
     {("Ольга Панова", "министр спорта", "министр", False),
      ("Евгения Чернова", "министр культуры", "министр", False),
      ("Мария Дроздова", "министр труда и занятости", "министр", False)}),
    # no earlier title in the instrumental: a dash after a name is no gapped verb
    ("Вчера Ирина Зотова – министром культуры её никто не называл – приехала в Тверь.", set()),
])
def test_a_list_of_appointments(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a text about the region's cabinet: a ministry named without a place is the region's
    ("Губернатор Тверской области подписал указ о составе правительства области. Олег Пастухов назначен "
     "министром транспорта.",
     {("Олег Пастухов", "Министерство транспорта Тверской области", "RU-TVE")}),
    ("В Тверской области сменился состав регионального правительства. Главой министерства культуры стала "
     "Ирина Зотова.",
     {("Ирина Зотова", "Министерство культуры Тверской области", "RU-TVE")}),
    # no word of the region's government: a minister the text names without a place is Russia's
    ("Губернатор Тверской области Иван Рыков встретился в Твери с министром культуры Ольгой Зотовой.",
     {("Ольга Зотова", "Министерство культуры Российской Федерации", None)}),
    # Russia named in the title: the federal ministry whatever the text is about
    ("Правительство Тверской области обсудило бюджет. Министр финансов РФ Олег Пастухов приехал в Тверь.",
     {("Олег Пастухов", "Министерство финансов Российской Федерации", None)}),
])
def test_a_ministry_of_the_regions_cabinet(models, text, expected):
    assert minister_rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a branch's abbreviation after "и" or a comma goes on with the ministry's name
    ("Олег Пастухов назначен министром энергетики и ЖКХ.",
     {("Олег Пастухов", "министр энергетики и ЖКХ", "министр", False)}),
    ("Олег Пастухов назначен министром строительства, ЖКХ, дорожного хозяйства и транспорта.",
     {("Олег Пастухов", "министр строительства, ЖКХ, дорожного хозяйства и транспорта", "министр", False)}),
    ("Анатолий Рыжов назначен заместителем председателя правительства по вопросам ТЭК и ЖКХ.",
     {("Анатолий Рыжов", "заместитель председателя правительства по вопросам ТЭК и ЖКХ",
       "заместитель председателя", False)}),
    # a participle in an adjective's place after "и"
    ("Олег Пастухов стал министром сельского хозяйства, пищевой и перерабатывающей промышленности.",
     {("Олег Пастухов", "министр сельского хозяйства, пищевой и перерабатывающей промышленности", "министр",
       False)}),
    # ... but after a comma a participle opens a clause of its own
    ("Анатолий Рыжов стал заместителем председателя правительства по вопросам, связанным с экологией.",
     {("Анатолий Рыжов", "заместитель председателя правительства по вопросам", "заместитель председателя",
       False)}),
])
def test_a_ministry_of_several_branches(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the noun of a level stands for the region of that level the text is about
    ("Губернатор края Олег Пастухов вылетел в Барнаул.", {("Олег Пастухов", "губернатор края", "RU-ALT")}),
    # ... not for a city of federal rank the text names only as a destination
    ("Глава администрации края Олег Пастухов вылетел в Москву. В Москве он проведёт встречи.",
     {("Олег Пастухов", "глава администрации края", None)}),
    ("Губернатор региона Олег Пастухов вылетел в Барнаул.", {("Олег Пастухов", "губернатор региона", "RU-ALT")}),
])
def test_a_generic_region_of_the_texts_level(models, text, expected):
    assert holder_region_rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a degree written short between two stacked titles does not part them
    ("Документ подписал ректор академии, д.э.н. РА и РФ, профессор Олег Пастухов.",
     {("Олег Пастухов", "ректор академии", "ректор", False), ("Олег Пастухов", "профессор", "профессор", False)}),
    ("Главный врач больницы, к.м.н., доцент Анна Котова рассказала о ремонте.",
     {("Анна Котова", "главный врач больницы", "главный врач", False), ("Анна Котова", "доцент", "доцент", False)}),
    # a name after "имени" belongs to the body's name; the holder is the name after it
    ("Договор подписал ректор университета имени Н. И. Лобачевского Олег Пастухов.",
     {("Олег Пастухов", "ректор университета имени Н. И. Лобачевского", "ректор", False)}),
    ("Ректор университета им. Н. И. Лобачевского Олег Пастухов выступил.",
     {("Олег Пастухов", "ректор университета им. Н. И. Лобачевского", "ректор", False)}),
])
def test_a_rectors_title_and_its_holder(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the one named after a noun or a verb of appointment before "на пост"/"на должность" holds the title,
    # not the subject of the clause
    ("Приказ о назначении Анны Котовой на пост ректора академии подписал министр образования Олег Пастухов.",
     {("Анна Котова", "ректор академии", "ректор", False),
      ("Олег Пастухов", "министр образования", "министр", False)}),
    ("Указ о назначении Анны Котовой на должность директора музея подписал мэр.",
     {("Анна Котова", "директор музея", "директор", False)}),
    ("Мэр назначил Анну Котову на должность директора музея.",
     {("Анна Котова", "директор музея", "директор", False)}),
])
def test_named_to_a_post(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural title of a body before a colon and a list of names: each name holds it
    ("В его составе – пять заместителей председателя правительства: Пётр Смирнов, Анна Котова, Глеб Ракитин.",
     {("Пётр Смирнов", "заместитель председателя правительства", "заместитель председателя", False),
      ("Анна Котова", "заместитель председателя правительства", "заместитель председателя", False),
      ("Глеб Ракитин", "заместитель председателя правительства", "заместитель председателя", False)}),
    ("Губернатор представил трёх заместителей губернатора: Петра Смирнова и Анну Котову.",
     {("Пётр Смирнов", "заместитель губернатора", "заместитель губернатора", False),
      ("Анна Котова", "заместитель губернатора", "заместитель губернатора", False)}),
    # a name's accusative the tagger reads as a genitive; no numeral; a dash for the colon
    ("Мэр представил новых заместителей мэра: Ивана Орлова и Анну Котову.",
     {("Иван Орлов", "новый заместитель мэра", "заместитель мэра", False),
      ("Анна Котова", "новый заместитель мэра", "заместитель мэра", False)}),
    ("Губернатор назначил двух заместителей губернатора — Ивана Орлова и Анну Котову.",
     {("Иван Орлов", "заместитель губернатора", "заместитель губернатора", False),
      ("Анна Котова", "заместитель губернатора", "заместитель губернатора", False)}),
    # one name is no list; a class of people counted is no body's title
    ("Пришли заместители мэра: Пётр Смирнов.", set()),
    ("Пришли заместители мэра — Пётр Смирнов.", set()),
])
def test_a_plural_title_before_a_colon(models, text, expected):
    assert rows(text, models) == expected


def test_a_parsers_second_subject_before_the_title(models):
    text = ("Согласно указу, министром энергетики назначен Глеб Лаптев, министерство спорта возглавит Анна Котова, "
            "пост министра промышленности и науки получит Олег Пастухов.")
    assert ("Олег Пастухов", "министр промышленности и науки", "министр", False) in rows(text, models)


@pytest.mark.parametrize("text, expected", [
    # two posts of one holder joined by a dash
    ("Об этом заявил вице-премьер - полномочный представитель президента Пётр Смирнов.",
     {("Пётр Смирнов", "вице-премьер", "заместитель председателя правительства", False),
      ("Пётр Смирнов", "полномочный представитель президента", "полномочный представитель", False)}),
    ("Совещание прошло по поручению заместителя председателя правительства — полномочного представителя "
     "президента Петра Смирнова.",
     {("Пётр Смирнов", "заместитель председателя правительства", "заместитель председателя", False),
      ("Пётр Смирнов", "полномочный представитель президента", "полномочный представитель", False)}),
])
def test_two_posts_joined_by_a_dash(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalized title a deputy serves is in the role, though the tagger reads it as a name
    ("Заместитель Председателя Правительства Пётр Смирнов прибыл в Тверь.",
     {("Пётр Смирнов", "заместитель Председателя Правительства", "заместитель председателя", False)}),
    ("Первый заместитель Министра образования Анна Котова прибыла в Тверь.",
     {("Анна Котова", "первый заместитель Министра образования", "первый заместитель министра", False)}),
])
def test_a_deputys_role_with_a_capital(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a post worked at in the past, and duties done in the past, are former
    ("Ранее Анна Котова работала на должности заместителя министра.",
     {("Анна Котова", "заместитель министра", "заместитель министра", True)}),
    ("Пётр Смирнов служил на посту командира полка.", {("Пётр Смирнов", "командир полка", "командир", True)}),
    ("Анна Котова работает на должности заместителя министра.",
     {("Анна Котова", "заместитель министра", "заместитель министра", False)}),
    ("Анна Котова исполняла обязанности директора школы.",
     {("Анна Котова", "директор школы", "исполняющий обязанности директора", True)}),
    ("Обязанности директора школы исполняет Анна Котова.",
     {("Анна Котова", "директор школы", "исполняющий обязанности директора", False)}),
])
def test_a_post_held_before(models, text, expected):
    assert rows(text, models) == expected


def test_a_post_confirmed_in_is_held(models):
    assert rows("Пётр Смирнов был утверждён в должности министра транспорта.", models) == {
        ("Пётр Смирнов", "министр транспорта", "министр", False)}


def test_a_title_with_no_name_restates_the_one_of_its_region(models):
    text = ("Ректор Калужского университета Анна Котова и ректор Северного университета Ольга Ершова подписали "
            "соглашение. После этого ректор калужского вуза рассказала о планах.")
    assert ("Анна Котова", "ректор калужского вуза", "ректор", False) in rows(text, models)
    assert ("Ольга Ершова", "ректор калужского вуза", "ректор", False) not in rows(text, models)


def test_a_regional_title_with_a_remit_is_the_texts_regions(models):
    text = "Губернатор Тверской области подписал указ. Вице-губернатор по внутренней политике Олег Димов уехал."
    assert ("Олег Димов", "вице-губернатор по внутренней политике", "RU-TVE") in holder_region_rows(text, models)


def test_a_full_fledged_minister_is_a_minister(models):
    assert rows("Анна Котова стала полноценным министром экономики.", models) == {
        ("Анна Котова", "министр экономики", "министр", False)}


@pytest.mark.parametrize("text, expected", [
    # a title after "будучи" is held by the subject of the verb it hangs on
    ("Пётр Смирнов баллотировался в думу, будучи главным врачом больницы.",
     {("Пётр Смирнов", "главный врач больницы", "главный врач", False)}),
    ("Анна Котова, будучи директором школы, открыла музей.",
     {("Анна Котова", "директор школы", "директор", False)}),
])
def test_a_title_after_being(models, text, expected):
    assert rows(text, models) == expected


def test_a_chain_of_posts_joined_by_dashes(models):
    text = "Заместитель председателя правительства края – министр культуры края – Пётр Смирнов."
    assert rows(text, models) == {
        ("Пётр Смирнов", "заместитель председателя правительства края", "заместитель председателя", False),
        ("Пётр Смирнов", "министр культуры края", "министр", False)}


def test_a_restated_title_keeps_the_nearer_mention_of_its_one_holder(models):
    text = ("На форуме выступил директор Союза фермеров Олег Димов. «Сезон был трудным», — рассказал директор "
            "Союза фермеров Олег Димов.\n\n«Цены на зерно растут, — прокомментировал Олег Димов, – поэтому нужны "
            "дешёвые кредиты», — подытожил директор Союза фермеров.")
    last = text.rindex("директор")
    [fact] = [p for p in analyze(text, models).positions if p.start == last]
    assert fact.restated and fact.person_start > text.index("прокомментировал")


@pytest.mark.parametrize("text, expected", [
    # a city of federal rank has departments, no ministries: a deputy minister there is Russia's
    ("Мэр Москвы назвал новых членов городского правительства. Руководителем аппарата столичного правительства "
     "назначена Анна Зорина, которая работала в аппарате правительства России, а затем перешла в правительство, "
     "где два года занимала пост замминистра регионального развития.",
     ("Анна Зорина", "Министерство регионального развития", None)),
    # Russia's government named before the title in its sentence: its minister's title, not the region's
    ("Губернатор Тверской области Иван Котов представил новых членов правительства области. Пост "
     "вице-губернатора заняла Анна Зорина, которая раньше работала в правительстве России, где занимала пост "
     "замминистра сельского хозяйства.",
     ("Анна Зорина", "Министерство сельского хозяйства Российской Федерации", None)),
])
def test_a_deputy_minister_of_the_federal_government(models, text, expected):
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    orgs = {o.org_id: o.name for o in result.organizations}
    rows = {(names[f.person_id], orgs.get(f.org_id), f.region_code) for f in result.positions
            if f.position.startswith("замминистра")}
    assert rows == {expected}
