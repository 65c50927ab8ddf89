"""Titles in news: the one congratulated on an appointment holds its title; a plural title of a
list of three places and more; a name after ``под управлением`` leads a body and holds no title before it; a name
past a participle's phrase after a list of titles holds them."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_titles


@pytest.mark.parametrize("text, expected, absent", [
    ("Вице-президент компании Иван Орлов поздравил Петра Сидоренко с назначением новым министром финансов.",
     {("Пётр Сидоренко", "новый министр финансов")}, {("Иван Орлов", "новый министр финансов")}),
    ("Глава МИД Иван Орлов поздравил Петра Сидоренко с назначением на должность министра иностранных дел.",
     {("Пётр Сидоренко", "министр иностранных дел")}, {("Иван Орлов", "министр иностранных дел")}),
    ("Мэр Иван Орлов поздравил Анну Котову с избранием председателем совета.",
     {("Анна Котова", "председатель совета")}, {("Иван Орлов", "председатель совета")}),
    ("С назначением на должность министра культуры поздравили Анну Котову коллеги.",
     {("Анна Котова", "министр культуры")}, set()),
    # the one congratulated named by no name: nobody, never the one who congratulates
    ("Губернатор Иван Орлов поздравил белорусского коллегу с назначением на должность министра.",
     {("Иван Орлов", "губернатор")}, {("Иван Орлов", "министр")}),
])
def test_the_one_congratulated_on_an_appointment_holds_its_title(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected", [
    ("Премьер-министры Дании, Испании и Польши Иван Орлов, Пётр Новак и Ян Ковальский прибыли.",
     {("Иван Орлов", "премьер-министр Дании"), ("Пётр Новак", "премьер-министр Испании"),
      ("Ян Ковальский", "премьер-министр Польши")}),
    ("На саммит прибыли министры обороны Латвии, Литвы и Эстонии Ян Берзиньш, Пётр Новак и Карл Тамм.",
     {("Ян Берзиньш", "министр обороны Латвии"), ("Пётр Новак", "министр обороны Литвы"),
      ("Карл Тамм", "министр обороны Эстонии")}),
    # a comma after one place and a name set off: the name is the title's, no list of places
    ("Министр обороны Польши, Иван Орлов, и министр Чехии Пётр Новак прибыли.",
     {("Иван Орлов", "министр обороны Польши"), ("Пётр Новак", "министр Чехии")}),
])
def test_a_plural_title_of_three_places_gives_each_holder_his_own(models, text, expected):
    assert expected <= holder_titles(text, models)


def test_adjectives_of_places_sharing_one_noun_are_no_list_of_places(models):
    text = ("О положении дел проинформировали руководители Самарской, Курганской и Воронежской областей — Иван "
            "Котов, Пётр Орлов и Олег Лапин.")
    assert not any("Самарской, Курганской" in position for _, position in holder_titles(text, models))


@pytest.mark.parametrize("text, absent", [
    ("Оркестр сыграет под управлением дирижера Ивана Котова – дирижера проекта «Опера», дирижера оркестра «Заря» "
     "под управлением Петра Орлова.", ("Пётр Орлов", "дирижер оркестра «Заря»")),
    ("Выступит солист ансамбля «Берёзка» под руководством Анны Зориной.", ("Анна Зорина", "солист ансамбля «Берёзка»")),
])
def test_the_one_a_body_is_led_by_holds_no_title_before_it(models, text, absent):
    assert absent not in holder_titles(text, models)


@pytest.mark.parametrize("text, expected, absent", [
    ("В жюри вошли актриса Анна Котова, поэт, профессор, полковник в отставке, имеющий много наград Пётр Орлов, "
     "и певица Ольга Зорина.",
     {("Пётр Орлов", "поэт"), ("Пётр Орлов", "профессор"), ("Пётр Орлов", "полковник")},
     {("Анна Котова", "поэт"), ("Анна Котова", "профессор")}),
    ("Выступил профессор, возглавлявший кафедру Пётр Орлов.", {("Пётр Орлов", "профессор")}, set()),
])
def test_a_name_past_a_participles_phrase_holds_the_titles_before_it(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected, absent", [
    ("Иван Котов в пятницу сложил с себя полномочия генерального директора ОАО «Заря».",
     {("Иван Котов", "генеральный директор ОАО «Заря»")}, set()),
    ("Мэр Пётр Орлов сложил полномочия депутата гордумы.", {("Пётр Орлов", "депутат гордумы")}, set()),
    # powers another widens: the subject holds no such post
    ("Президент Пётр Орлов расширил полномочия губернатора.", set(), {("Пётр Орлов", "губернатор")}),
])
def test_the_one_who_lays_down_the_powers_of_a_post_held_it(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found


def test_powers_laid_down_are_of_a_former_post(models):
    result = analyze("Иван Котов в пятницу сложил с себя полномочия генерального директора ОАО «Заря».", models)
    assert [f.former for f in result.positions] == [True]


@pytest.mark.parametrize("text, expected, absent", [
    # the parser joins "работала" to the main clause's verb: its gender says it is the relative clause's
    ("Губернатор Пётр Орлов подписал распоряжение о назначении на должность министра Анны Котовой, которая была "
     "исполняющей обязанности главы ведомства с августа – после отставки предыдущего министра Ольги Зориной, а до "
     "этого работала ее заместителем.",  # the deputy, before, of the minister before her (titles.principal)
     {("Анна Котова", "заместитель министра")},
     {("Пётр Орлов", "заместитель"), ("Пётр Орлов", "заместитель министра")}),
    # the subject a noun before the name ("Губернатор области Пётр Орлов")
    ("Губернатор Тверской области Пётр Орлов подписал распоряжение о назначении Анны Котовой, которая была "
     "советником, а до этого работала заместителем министра.",
     {("Анна Котова", "заместитель министра")}, {("Пётр Орлов", "заместитель министра")}),
    ("Пётр Орлов приехал в Тверь, а до этого работала его заместителем Анна Котова.",
     set(), {("Пётр Орлов", "заместитель")}),
    # one gender: the subject of the clause above still holds it
    ("Губернатор Пётр Орлов приехал в Тверь, а до этого работал директором школы.",
     {("Пётр Орлов", "директор школы")}, set()),
])
def test_a_conjoined_past_verb_of_another_gender_is_not_the_main_subjects(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected", [
    ("Умер актер «Вечного зова» и «Сошедших с небес» Иван Котов.",
     {("Иван Котов", "актер «Вечного зова» и «Сошедших с небес»")}),
    ("Вчера скончалась актриса «Тихой весны» и «Долгого лета» Анна Котова.",
     {("Анна Котова", "актриса «Тихой весны» и «Долгого лета»")}),
])
def test_a_title_takes_two_quoted_works_in_one_case(models, text, expected):
    assert expected <= holder_titles(text, models)


def test_a_quoted_name_in_another_case_after_and_is_no_part_of_the_title(models):
    found = holder_titles("Актриса «Зари» и «Вектор» Анна Котова.", models)
    assert not any("Вектор" in position for _, position in found)


@pytest.mark.parametrize("text, expected, absent", [
    ("Департаментом культуры будет руководить Анна Котова.",
     {("Анна Котова", "руководитель департамента культуры")}, set()),
    ("Иван Котов будет руководить департаментом культуры.",
     {("Иван Котов", "руководитель департамента культуры")}, set()),
    ("Анна Котова не будет руководить департаментом культуры.",
     set(), {("Анна Котова", "руководитель департамента культуры")}),
    ("Иван Котов предложил руководить департаментом культуры.",
     set(), {("Иван Котов", "руководитель департамента культуры")}),
])
def test_a_future_of_heading_states_the_post(models, text, expected, absent):
    found = holder_titles(text, models)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected", [
    ("Президент Ивании Пётр Орлов назначил министром финансов Ивана Котова, а послом в России – Олега Лапина.",
     {("Иван Котов", "министр финансов"), ("Олег Лапин", "посол в России")}),
    ("Президент Пётр Орлов назначил министром финансов Ивана Котова, а послом в России – Анну Зорину.",
     {("Иван Котов", "министр финансов"), ("Анна Зорина", "посол в России")}),
    # the nominative, with a verb of becoming: as before
    ("Министром финансов стал Иван Котов, а послом в России – Олег Лапин.",
     {("Иван Котов", "министр финансов"), ("Олег Лапин", "посол в России")}),
])
def test_a_gapped_appointment_names_its_object_after_a_dash(models, text, expected):
    assert expected <= holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Это первый визит Ивана Котова на посту министра.", {("Иван Котов", "министр")}),
    ("Вчера прошла первая пресс-конференция Анны Зориной в должности ректора.", {("Анна Зорина", "ректор")}),
    # the one replaced on a post: as before
    ("Орлов сменил Котова на посту министра.", {("Орлов", "министр")}),
])
def test_a_name_right_before_on_post_holds_it(models, text, expected):
    assert expected <= holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    ("Это первый визит Ивана Котова на посту министра.", {("Иван Котов", "министр")}),
])
def test_a_name_before_on_post_after_a_noun_of_succession_is_not_its_holder(models, text, expected):
    assert expected <= holder_titles(text, models)
    assert ("Анна Котова", "глава департамента") not in holder_titles(
        "Предшественницей Анны Котовой на посту главы департамента была Ольга Зорина.", models)
