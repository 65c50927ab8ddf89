"""Who speaks at an event: a list opened by the verb of speech, statements written elsewhere, the
source of a report."""

from __future__ import annotations

import pytest

from .events_view import events_of, one_event, roles


@pytest.mark.parametrize("text, people", [
    # the verb opens the list: everyone in it speaks, not only the one the parser takes for the subject
    ("В Омске прошла конференция «Кедр». На открытии выступили ВРИО ректора Ольга Жукова, ИО губернатора "
     "области Вера Корнеева и заместитель министра науки Петр Ласточкин.",
     {"Ольга Жукова": "speaker", "Вера Корнеева": "speaker", "Петр Ласточкин": "speaker"}),
    ("В Омске прошел форум «Кедр». На форуме выступили Иван Сухов, Петр Лаптев и Анна Лисова.",
     {"Иван Сухов": "speaker", "Петр Лаптев": "speaker", "Анна Лисова": "speaker"}),
    # a name in another case before the speaker is no one who speaks
    ("В Омске прошел форум «Кедр». На форуме выступил с приветствием от Ивана Сухова директор фонда Петр Лаптев.",
     {"Петр Лаптев": "speaker"}),
])
def test_a_list_after_the_verb_of_speech_all_speak(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text", [
    # a statement written in a channel or on a page is not said at the event
    "Губернатор Иван Сухов отправился с рабочей поездкой в Тарский район. Об этом глава региона сообщил "
    "в своем телеграм-канале.",
    "Глава города Анна Лисова на своей странице во «ВКонтакте» рассказала о прошедшей стратегической сессии.",
    "Делегация области отправилась в Казахстан с рабочим визитом. «Визит расширит партнерство», – написал "
    "губернатор Иван Сухов в телеграм-канале.",
    "Губернатор Иван Сухов в соцсетях рассказал о прошедшем форуме «Кедр».",
])
def test_a_statement_written_elsewhere_is_no_speech(models, text):
    assert "speaker" not in roles(one_event(text, models)).values()


@pytest.mark.parametrize("text, people", [
    # near cases: speaking at the event itself, or on its air, stays speech
    ("В Омске прошел форум «Кедр». На форуме губернатор Иван Сухов рассказал о новых проектах.",
     {"Иван Сухов": "speaker"}),
    ("В Омске прошел форум «Кедр». Выступая на пленарном заседании, министр Петр Лаптев отметил рост экспорта.",
     {"Петр Лаптев": "speaker"}),
])
def test_speech_at_the_event_stays(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, absent", [
    # the organization that reports is the subject: the person named after it does not speak
    ("Премьер-министр Иван Сухов прибыл с рабочим визитом в Омск. Как сообщает посольство Республики Беларусь, "
     "в составе делегации также прилетел посол Петр Лаптев.", "speaker"),
])
def test_a_report_by_an_organization_gives_no_speaker(models, text, absent):
    seen = roles(one_event(text, models))
    assert seen.get("Петр Лаптев") != absent


@pytest.mark.parametrize("text, absent", [
    # the agency that passes the report on and the one it cites take no part
    ("В Омск с официальным визитом прибыла делегация из Казахстана, передает агентство «Сибирь» со ссылкой на "
     "сообщение представителя парламента Петра Лаптева.", {"Пётр Лаптев", "Сибирь"}),
])
def test_the_source_passing_a_report_on_takes_no_part(models, text, absent):
    seen = events_of(text, models)
    assert not absent & {who for event in seen for who, _role, _title in event.people}


@pytest.mark.parametrize("text, person, role", [
    # the event is what the statement is about, not where it is made
    ("Губернатор Иван Сухов сообщил об отправке делегации области в Казахстан с рабочим визитом.", "Иван Сухов",
     None),
    ("Глава района Анна Лисова рассказала о прошедшей стратегической сессии.", "Анна Лисова", None),
    # near case: speaking at the event about something else
    ("В Омске прошел форум «Кедр». На форуме министр Петр Лаптев рассказал о новых проектах области.",
     "Петр Лаптев", "speaker"),
])
def test_speaking_about_the_event_is_no_speech_at_it(models, text, person, role):
    assert roles(one_event(text, models)).get(person) == role


@pytest.mark.parametrize("text, people", [
    # a preposition before the adjectives of the noun: a speech, not a role
    ("Губернатор Иван Сухов проведет заседание правительства области. С первым докладом выступит министр финансов "
     "Петр Лаптев.", {"Иван Сухов": "chair", "Петр Лаптев": "speaker"}),
    ("В Омске прошел форум «Кедр». С приветственным словом выступила ректор Анна Лисова.",
     {"Анна Лисова": "speaker"}),
    # near case: a role in the instrumental stays a role
    ("В Омске прошел форум «Кедр». Главным экспертом форума выступила профессор Анна Лисова.",
     {"Анна Лисова": "participant"}),
])
def test_a_speech_with_an_adjective_before_its_noun(models, text, people):
    assert {who: role for who, role in roles(one_event(text, models)).items() if who in people} == people


@pytest.mark.parametrize("text, people", [
    # "Об этом сообщил X" in a sentence that names no event: the source of the report
    ("Визит министра Ивана Сухова в Омск ожидается в мае. Об этом сообщил пресс-секретарь губернатора "
     "Петр Лаптев.", {"Иван Сухов": "participant"}),
    ("В Омске пройдет форум «Кедр». Об этом сообщила Анна Лисова, глава пресс-службы мэрии.", {}),
    # near cases: the same words at the event, or "о том, что": speech
    ("В Омске прошел форум «Кедр». Об этом на форуме рассказал министр Иван Сухов.", {"Иван Сухов": "speaker"}),
    ("В Омске прошел форум «Кедр». Министр Иван Сухов рассказал о том, как растет регион.",
     {"Иван Сухов": "speaker"}),
    ("В Омске прошло совещание штаба. Главной темой стали итоги паводка. Об этом доложил директор "
     "Иван Сухов.", {"Иван Сухов": "speaker"}),
    # an event first named in what is said is what the speaker speaks of
    ("Министр Иван Сухов заявил, что встреча губернаторов Петра Лаптева и Олега Мирного не состоится.",
     {"Пётр Лаптев": "participant", "Олег Мирный": "participant"}),
    ("Глава города Иван Сухов сказал, что сроки ремонта будут определены в ходе рабочей встречи.", {}),
    # near case: an event said to have taken place: its speaker
    ("Министр иностранных дел Перу Пабло Ривас встретился в Москве с российским коллегой. Стороны обсудили "
     "торговлю. Ривас сказал, что визит прошёл удачно.", {"Пабло Ривас": "speaker"}),
])
def test_the_source_of_a_report_does_not_speak(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # greeting each other at talks is no speech
    ("В Омске начались переговоры министра Ивана Сухова и министра Петра Лаптева. Сухов и Лаптев поприветствовали "
     "друг друга.", {"Иван Сухов": "participant", "Пётр Лаптев": "participant"}),
    # near case: greeting those gathered is
    ("В Омске прошел форум «Кедр». Губернатор Иван Сухов поприветствовал гостей форума.", {"Иван Сухов": "speaker"}),
])
def test_greeting_each_other_is_no_speech(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # a statement made to the press is no speech at the event
    ("В Кремле прошло совещание по экономике. Пресс-секретарь президента Олег Ладов сказал журналистам, что "
     "итоги совещания опубликуют завтра.", ()),
    ("В Сурске прошло совещание по дорогам. Губернатор Иван Лобов в беседе с журналистами отметил, что ремонт "
     "начнется в мае.", ()),
    ("В Сурске прошло совещание по дорогам. После совещания губернатор Иван Лобов рассказал журналистам о "
     "планах.", ()),
    # said to the press at the event: there, but no speaker
    ("В Сурске открылся форум «Кедр». На форуме губернатор Иван Лобов рассказал журналистам о планах.",
     (("Иван Лобов", "participant", "губернатор"),)),
    # at a press conference answering journalists is its speech; a statement to those gathered is a speech
    ("Губернатор Иван Лобов провел пресс-конференцию в Сурске. Лобов ответил на вопросы журналистов о дорогах.",
     (("Иван Лобов", "speaker", "губернатор"),)),
    ("В Сурске прошло совещание по дорогам. Губернатор Иван Лобов отметил, что ремонт начнется в мае.",
     (("Иван Лобов", "speaker", "губернатор"),)),
])
def test_a_statement_to_the_press_is_no_speech_at_the_event(models, text, people):
    assert one_event(text, models).people == people
