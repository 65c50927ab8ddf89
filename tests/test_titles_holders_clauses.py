"""Whose a title is when its clause names no one: a biography that goes on with no subject, a title after
``как``, a post word before a dash, a subject after its verb. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_titles as pairs


@pytest.mark.parametrize("text, expected", [
    # a run of sentences with no subject goes on speaking of the one the biography opens with
    ("Игнат Лорский родился в 1961 году в Твери. В 1983 году окончил политехнический институт. "
     "С 1984 по 1990 год работал инженером литейного завода.",
     {("Игнат Лорский", "инженер литейного завода")}),
    ("Анна Сомова родилась в Омске. В 1990 году окончила университет. В 1995 году основала журнал «Сад» "
     "и стала его редактором.",
     {("Анна Сомова", "редактор")}),
    # a title that makes a sentence with no verb, after when it was held
    ("Игнат Лорский родился в 1961 году в Твери. В 1983 году окончил институт. С 1992 года — начальник "
     "управления полиции области.",
     {("Игнат Лорский", "начальник управления полиции области")}),
    ("Анна Сомова родилась в Омске. В 1990 году окончила университет. С 2005 года депутат городской думы.",
     {("Анна Сомова", "депутат городской думы")}),
    # a name in an oblique case is not whom the run speaks of
    ("Анна Сомова родилась в Омске. Работала в клинике под руководством профессора Игната Лорского. "
     "С 2005 года депутат городской думы.",
     {("Анна Сомова", "депутат городской думы"), ("Игнат Лорский", "профессор")}),
    # a sentence with a subject of its own ends the run
    ("Игнат Лорский родился в Твери. Завод закрылся в 1990 году. С 1992 года — начальник управления полиции.",
     set()),
    ("Игнат Лорский родился в Твери. Анна Сомова окончила институт. Работала учителем.",
     {("Анна Сомова", "учитель")}),
    # a subject left out of another gender than the name before
    ("Игнат Лорский родился в Твери. В 1990 году окончила институт. Работала учителем.", set()),
    # a short passive participle with no subject goes on too, and so does the run after it
    ("Игнат Лорский родился в Твери. В 1983 году окончил институт. В 2005 году назначен директором завода «Заря».",
     {("Игнат Лорский", "директор завода «Заря»")}),
    ("Анна Сомова родилась в Омске. В 1990 году окончила университет. В 2010 году назначена на должность "
     "начальника управления культуры.",
     {("Анна Сомова", "начальник управления культуры")}),
    # a title that does not decline after "назначен" is what he is made, not a subject
    ("Игнат Лорский родился в Твери. В 2005 году назначен замдиректора завода «Заря». С 2010 года — "
     "директор школы.",
     {("Игнат Лорский", "замдиректора завода «Заря»"), ("Игнат Лорский", "директор школы")}),
    # a subject of its own after the participle is someone else
    ("Игнат Лорский родился в Твери. В 2005 году назначен новый директор завода «Заря».", set()),
    ("Игнат Лорский выступил в Твери. Вскоре после этого был уволен директор завода.", set()),
])
def test_a_biography_goes_on_with_no_subject(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title in the nominative after "как": the capacity the clause's subject acts in
    ("Игнат Лорский выступил на форуме как глава делегации.", {("Игнат Лорский", "глава делегации")}),
    ("Как министр, Игнат Лорский заявил, что бюджет исполнен.", {("Игнат Лорский", "министр")}),
    ("Газета вспомнила отца Игната Лорского, который руководил страной сначала как лидер партии, "
     "а позже – как президент республики.",
     {("Игнат Лорский", "лидер партии"), ("Игнат Лорский", "президент республики")}),
    # a comparison with another is no capacity
    ("Игнат Лорский, как и министр финансов, считает, что бюджет исполнен.", set()),
    ("В совете есть такие люди, как министр финансов.", set()),
])
def test_a_title_after_kak(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a dash for the post word after an appointment
    ("Анна Сомова назначена на новую должность — глава таможенной службы.",
     {("Анна Сомова", "глава таможенной службы")}),
    # an age or an adjective between the predicate and the name after it
    ("Новым министром экономики назначен 34-летний Игнат Лорский.", {("Игнат Лорский", "новый министр экономики")}),
    ("Новым директором школы стала молодая Анна Сомова.", {("Анна Сомова", "новый директор школы")}),
    # the subject after its verb, named in apposition past a name it governs
    ("На должность директора фонда назначена помощница Игната Лорского в мэрии города Анна Сомова.",
     {("Анна Сомова", "директор фонда"), ("Анна Сомова", "помощница")}),
])
def test_a_predicate_before_its_holder(models, text, expected):
    assert expected <= pairs(text, models)
    assert not any(name == "Игнат Лорский" for name, _ in pairs(text, models) - expected)


@pytest.mark.parametrize("text, expected", [
    # an infinitive's doer: the subject of the verb it completes; titles after ", затем" share the holder
    ("Игнат Лорский окончил институт и успел поработать в правительстве директором департамента, "
     "затем заместителем министра.",
     {("Игнат Лорский", "директор департамента"), ("Игнат Лорский", "заместитель министра")}),
    ("Анна Сомова решила поработать учителем в сельской школе.", {("Анна Сомова", "учитель")}),
    # the named object of the verb an infinitive completes does it
    ("Игнат Лорский попросил Анну Сомову поработать директором школы.", {("Анна Сомова", "директор школы")}),
    # a name the tagger reads in the genitive after a title in the locative, which the dictionary has in it
    ("Речь идёт о потенциальном министре юстиции Марии Сомовой.",
     {("Мария Сомова", "потенциальный министр юстиции")}),
    # a name whose first word may not decline, after a relative: its last word tells its case
    ("Полиция сообщила об аресте Ли Вана, брата лидера партии Ким Чен Ына.", {("Ким Чен Ын", "лидер партии")}),
    ("Супруга президента страны Анна Сомова открыла выставку.", set()),
])
def test_the_case_of_a_name_and_an_infinitive(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title with no name refers back past a name of another gender than its verb
    ("Анна Котова родилась в Твери. В этом доме Анна Котова и её муж, Пётр, жили в 1950-х годах. Тогда "
     "будущий премьер-министр работала адвокатом. Позже премьер-министр Анна Котова вспоминала дом.",
     ("Анна Котова", "будущий премьер-министр")),
])
def test_a_title_refers_back_past_another_gender(models, text, expected):
    assert expected in pairs(text, models)
    assert not any(name == "Пётр" for name, _ in pairs(text, models))


@pytest.mark.parametrize("text, expected", [
    # a title with no name that is a predicate's subject: the title the predicate gives is its holder's
    ("Новым министром финансов назначен Игнат Лорский. Новый министр ранее занимал пост заместителя губернатора.",
     {("Игнат Лорский", "новый министр финансов"), ("Игнат Лорский", "заместитель губернатора")}),
    ("Анна Сомова назначена ректором университета. Новый ректор ранее работала деканом.",
     {("Анна Сомова", "ректор университета"), ("Анна Сомова", "декан")}),
    # not whom the subject acts with, nor a subject title with no holder
    ("Губернатор Игнат Лорский встретился с министром. Министр ранее работал директором школы.",
     {("Игнат Лорский", "губернатор")}),
    ("Губернатор Игнат Лорский назначил министра. Министр ранее работал директором школы.",
     {("Игнат Лорский", "губернатор")}),
])
def test_a_titled_subject_passes_its_holder_on(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title in the instrumental after a noun of working: whose the work is, through "его"
    ("Глебу Лаптеву 52 года. В его послужном списке работа федеральным судьёй округа, заместителем прокурора "
     "области. После ухода с госслужбы работал адвокатом в фонде.",
     {("Глеб Лаптев", "федеральный судья округа"), ("Глеб Лаптев", "заместитель прокурора области"),
      ("Глеб Лаптев", "адвокат")}),
    # or named in the genitive after the noun
    ("Газета вспомнила о работе Анны Сомовой учителем в сельской школе.", {("Анна Сомова", "учитель")}),
])
def test_a_noun_of_working(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline with no full stop ends at its blank line: its last word does not run into the next paragraph
    ("Губернатор края Пётр Лаптев назначил свою жену Анну первым заместителем\n\nГубернатор края Пётр Лаптев "
     "назначил свою супругу Анну Лаптеву первым заместителем губернатора, сообщает пресс-служба.",
     {("Пётр Лаптев", "губернатор края"), ("Анна Лаптева", "первый заместитель"),
      ("Анна Лаптева", "первый заместитель губернатора")}),
    ("Мэр уволил советника\n\nМэр города Игнат Лорский уволил своего советника Олега Травина.",
     {("Игнат Лорский", "мэр города"), ("Олег Травин", "советник мэра города")}),  # "своего": the mayor's
])
def test_a_headline_ends_at_its_blank_line(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative or another noun opening the sentence is its subject, the name in apposition the holder
    ("Внук бывшего министра Олега Травина Пётр Травин занял пост генерального директора компании.",
     {("Олег Травин", "бывший министр"), ("Пётр Травин", "генеральный директор компании")}),
    ("Дочь известного актёра Анна Сомова заняла пост директора театра.",
     {("Анна Сомова", "директор театра")}),
    ("Племянник губернатора Игнат Лорский стал директором завода.",
     {("Игнат Лорский", "директор завода")}),
    # the name of another, in the genitive, is not the subject's
    ("Внук Олега Травина занял пост генерального директора компании.", set()),
])
def test_a_noun_subject_with_a_name_in_apposition(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title in an oblique case, a dash and a name in the same case: the name is in apposition to the title
    ("Игнат Лорский женился в 1980 году на бывшей учительнице — Анне Сомовой.",
     {("Анна Сомова", "бывшая учительница")}),
    ("Вчера он встретился с министром — Олегом Травиным, который приехал в город.",
     {("Олег Травин", "министр")}),
    ("Грамоту вручили критику — Анне Сомовой.", {("Анна Сомова", "критик")}),
    # a name in the nominative after the dash opens a clause of its own
    ("Журналист написал письмо министру — Олег Травин его не прочитал.", set()),
    # a name the sentence goes on with is not set off by the dash alone
    ("Награду вручили министру — Олегу Травину и его жене.", set()),
])
def test_a_name_after_a_dash_in_the_titles_case(models, text, expected):
    assert pairs(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a title with dependents opening the next sentence as its subject goes on with the one person named before
    ("Игнат Лорский пообещал построить школу. Глава областного правительства во время форума рассказал о планах.",
     {("Игнат Лорский", "глава областного правительства")}),
    ("Анна Сомова прибыла в Тверь. Председатель комитета по бюджету провела там встречу.",
     {("Анна Сомова", "председатель комитета по бюджету")}),
    # not a bare title, nor one the sentence gives another through a pronoun, nor after two people
    ("Игнат Лорский пообещал построить школу. Министр рассказал о планах.", set()),
    ("Игнат Лорский прибыл в Казань. Глава республики встретил его в аэропорту.", set()),
    ("Игнат Лорский встретился с Олегом Травиным. Глава республики заявил о сотрудничестве.", set()),
    # a person titled already is not given another title the next sentence opens with
    ("Мэр Игнат Лорский предложил построить мост. Губернатор области поддержал идею.",
     {("Игнат Лорский", "мэр")}),
    # nor a title that is not the subject of its sentence
    ("Игнат Лорский пообещал построить школу. Журналисты спросили главу областного правительства о планах.",
     set()),
])
def test_a_title_opening_the_next_sentence_goes_on_with_its_subject(models, text, expected):
    assert pairs(text, models) == expected
