"""Who takes part in an event, in what role, with which title; and the day a title is stated for."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import analyze
from .events_view import events_of, one_event, roles

# text → {person or organization: role}
ROLES = [
    # organizers
    ("Организаторами форума «Кама» выступили Пермская торгово-промышленная палата и администрация Перми.",
     {"Пермская торгово-промышленная палата": "organizer", "Администрация Перми": "organizer"}),
    ("Форум «Кама» пройдет в Перми по инициативе Министерства экономического развития Российской Федерации.",
     {"Министерство экономического развития Российской Федерации": "organizer"}),
    ("Форум «Кама» пройдет в Перми при поддержке правительства Пермского края.",
     {"Правительство Пермского края": "organizer"}),
    ("Пермская торгово-промышленная палата провела форум «Кама».",
     {"Пермская торгово-промышленная палата": "organizer"}),
    # chairs
    ("В Чебоксарах прошло заседание совета по туризму под председательством главы Чувашии Олега Николаева.",
     {"Олег Николаев": "chair"}),
    ("Губернатор Псковской области Михаил Ведерников провел совещание по ремонту школ.",
     {"Михаил Ведерников": "chair"}),
    ("Модератором круглого стола «Город для всех» выступила профессор Ирина Чернова.",
     {"Ирина Чернова": "chair"}),
    # a meeting held with those it names is still chaired by who holds it; a meeting with someone is not
    ("Губернатор Пермского края Иван Лобов провел выездное совещание с главами районов.", {"Иван Лобов": "chair"}),
    ("Министр Олег Ковалев провел заседание коллегии с руководителями управлений.", {"Олег Ковалев": "chair"}),
    ("Губернатор Пермского края Иван Лобов провел рабочую встречу с главами районов.",
     {"Иван Лобов": "participant"}),
    # speakers: quoted, reported, split quotes, talking at the event
    ("В Туле прошел форум «Оружейная столица». «Мы ждали этого форума год», — сказал директор музея Павел Исаев.",
     {"Павел Исаев": "speaker"}),
    ("В Туле прошел форум «Оружейная столица». Директор музея Павел Исаев отметил, что форум станет ежегодным.",
     {"Павел Исаев": "speaker"}),
    ("На совещании по дорогам выступил министр транспорта области Антон Крылов.", {"Антон Крылов": "speaker"}),
    # a verb of speech coordinated with another shares its subject
    ("В Казани прошел форум «Кама». Директор завода Петр Ладов высоко оценил работу форума, а также отметил пользу "
     "встреч.", {"Петр Ладов": "speaker"}),
    # participants
    ("В форуме «Кама» примут участие ректор Пермского университета Андрей Штерн и директор завода Иван Кнутов.",
     {"Андрей Штерн": "participant", "Иван Кнутов": "participant"}),
    ("Заявки проверит экспертная комиссия форума «Кама». В нее вошли профессор Петр Ладов и архитектор "
     "Анна Вершинина.", {"Петр Ладов": "participant", "Анна Вершинина": "participant"}),
    ("В Перми пройдет стратегическая сессия по экологии. С экспертами будут работать министр природных ресурсов "
     "Пермского края Сергей Дугин и представители компании «Уралкалий».",
     {"Сергей Дугин": "participant", "Уралкалий": "participant"}),
    ("В Брянске прошла рабочая встреча с губернатором Брянской области Юрием Гончаровым.",
     {"Юрий Гончаров": "participant"}),
    ("В рамках встречи с и. о. министра экономики края Анной Ковальчук стороны обсудили туризм.",
     {"Анна Ковальчук": "participant"}),
    ("Министр Олег Ковалев совершил рабочий визит в Казахстан.", {"Олег Ковалев": "participant"}),
    ("Главным судьей фестиваля «Уха» выступил шеф-повар Ринат Гайнуллин.", {"Ринат Гайнуллин": "participant"}),
    # "при участии", "с участием": those listed right after
    ("В Перми при участии министерства туризма Пермского края прошел форум «Кама».",
     {"Министерство туризма Пермского края": "participant"}),
    ("В Перми прошел форум «Кама» с участием губернатора Ивана Лобова и директора завода Петра Ладова.",
     {"Иван Лобов": "participant", "Пётр Ладов": "participant"}),
]


@pytest.mark.parametrize("text, expected", ROLES)
def test_roles(models, text, expected):
    found = roles(one_event(text, models))
    for who, role in expected.items():
        assert found.get(who) == role, found


@pytest.mark.parametrize("text, absent", [
    # a minister someone met earlier, in a quote, takes no part
    ("В Сыктывкаре прошла сессия по лесу. «После встречи с министром Иваном Орловым мы готовы к проекту», — "
     "сказал директор агентства Петр Суханов.", "Иван Орлов"),
    # the outlet that reports the event takes no part
    ("Газета «Пермский край» писала о том, что мэры примут участие в форуме «Кама».", "Пермский край"),
    # a person only named beside the event
    ("Решение о проведении форума «Кама» приняли по договоренности губернатора Ивана Лобова с министром.",
     "Иван Лобов"),
    # the place visited is no participant
    ("В первый день форума «Кама» гости посетили завод «Пермские моторы».", "Пермские моторы"),
])
def test_only_mentioned_take_no_part(models, text, absent):
    assert absent not in roles(one_event(text, models))


def test_one_row_per_person_with_the_strongest_role(models):
    text = ("В сессии «Кама» примут участие директор завода Иван Кнутов и профессор Петр Ладов. "
            "«Сессия нужна заводу», — сказал Иван Кнутов.")
    event = one_event(text, models)
    assert [who for who, _role, _title in event.people].count("Иван Кнутов") == 1
    assert roles(event)["Иван Кнутов"] == "speaker"


def test_a_participant_carries_the_title_the_document_gives(models):
    text = "В форуме «Кама» примет участие ректор Пермского университета Андрей Штерн."
    event = one_event(text, models)
    assert ("Андрей Штерн", "participant", "ректор Пермского университета") in event.people


def test_a_title_with_no_name_stands_for_its_holder(models):
    text = ("Губернатор Пермского края Дмитрий Махонин осмотрел завод. Форум «Кама» пройдет при поддержке "
            "губернатора Пермского края.")
    assert roles(one_event(text, models)).get("Дмитрий Махонин") == "organizer"


def test_titles_are_stated_as_of_the_event(models):
    text = ("Новости\n12 мая 2024\nДиректор завода Иван Кнутов в марте открыл новый цех. В Перми 20 мая пройдет "
            "форум «Кама». В форуме примет участие ректор Пермского университета Андрей Штерн.")
    result = analyze(text, models)
    as_of = {p.position: p.as_of for p in result.positions}
    assert as_of["ректор Пермского университета"] == date(2024, 5, 20)
    assert as_of["директор завода"] == date(2024, 5, 12)  # takes no part: the day of writing


def test_no_day_no_as_of(models):
    result = analyze("Ректор Пермского университета Андрей Штерн поздравил студентов.", models)
    assert [p.as_of for p in result.positions] == [None]


# an organization the guests visit is a place of the event, not a participant; those that take part keep
# their rows: text → (organizations visited, organizations taking part)
VISITED = [
    # the parser takes the list visited for a second subject of "посетили"
    ("В Кирове прошла практическая сессия по развитию лесных кластеров. Организаторами выступили министерство "
     "промышленности Кировской области и центр «Мой бизнес». В первый день мероприятия гости области посетили "
     "предприятия лесного кластера: «Вятлес», «Кедровый бор» и промышленный технопарк «Сосна». Гостям показали "
     "работу предприятий.", {"Сосна", "Вятлес", "Кедровый бор"}, {"Мой бизнес"}),
    # a delegation's sentence names what it visits too
    ("В Перми прошел форум «Кама». Делегация компании «Уралсталь» посетила завод «Пермские моторы».",
     {"Пермские моторы"}, {"Делегация компании «Уралсталь»"}),
    # the tour's own words
    ("В Перми прошел форум «Кама». Для участников форума провели экскурсию по технопарку «Морион».",
     {"Морион"}, set()),
    # a clause of taking part that goes on to the visit
    ("В Перми прошел форум «Кама». В форуме приняли участие представители компании «Уралсталь», после чего "
     "гости осмотрели цеха завода «Пермские моторы».", {"Цеха завода «Пермские моторы»", "Пермские моторы"},
     {"Уралсталь"}),
    ("В Перми прошел форум «Кама». В рамках форума делегация банка «Прикамье» прибыла на завод «Пермские моторы».",
     {"Пермские моторы"}, {"Делегация банка «Прикамье»"}),
    ("В Перми прошел форум «Кама». Делегация компании «Уралсталь» посетила с рабочим визитом завод «Пермские "
     "моторы».", {"Пермские моторы"}, {"Делегация компании «Уралсталь»"}),
    # near cases: organizations that take part, with no visit
    ("В Перми прошел форум «Кама». В форуме приняли участие представители компании «Уралсталь» и банка "
     "«Прикамье».", set(), {"Уралсталь", "Прикамье"}),
    ("В Перми прошла стратегическая сессия. С экспертами будут работать представители компании «Уралсталь» и "
     "завода «Пермские моторы».", set(), {"Уралсталь", "Пермские моторы"}),
]


@pytest.mark.parametrize("text, visited, taking_part", VISITED)
def test_an_organization_visited_takes_no_part(models, text, visited, taking_part):
    from .events_view import events_of

    found = {who for event in events_of(text, models) for who, _role, _title in event.people}
    assert not found & visited, found
    assert taking_part <= found, found


# a clause of taking part that names someone only in an aside: a participial phrase, the source of the report
# text → (named aside, taking part)
ASIDE = [
    ("В Перми прошло совещание по лесу. В совещании также принимал участие Петр Ладов - участник программы "
     "«Лидеры Прикамья», учрежденной губернатором края Иваном Лобовым и реализуемой Пермским политехническим "
     "университетом.", {"Иван Лобов", "Пермский политехнический университет"}, {"Петр Ладов"}),
    ("Губернатор Пермского края Иван Лобов проведет 19 мая совещание по паводку, в котором примут участие "
     "руководители ведомств и главы районов, говорится в сообщении пресс-службы губернатора и правительства края.",
     {"Пресс-служба губернатора", "Правительство Пермского края"}, {"Иван Лобов"}),
    ("Как сообщили в министерстве промышленности Пермского края, в форуме «Кама» примут участие представители "
     "компании «Уралсталь».", {"Министерство промышленности Пермского края"}, {"Уралсталь"}),
    # near cases: the leader of a delegation, a report after the list, a report in the sentence before
    ("В форуме «Кама» приняла участие делегация Пермского края, возглавляемая губернатором Иваном Лобовым.",
     set(), {"Делегация Пермского края", "Иван Лобов"}),
    ("В форуме «Кама» приняли участие представители компании «Уралсталь», сообщила пресс-служба форума.",
     set(), {"Уралсталь"}),
    ("Об этом сообщила пресс-служба края. Компания «Уралсталь» и банк «Прикамье» примут участие в форуме «Кама».",
     set(), {"Уралсталь", "Прикамье"}),
]


@pytest.mark.parametrize("text, aside, taking_part", ASIDE)
def test_who_is_named_aside_takes_no_part(models, text, aside, taking_part):
    from .events_view import events_of

    found = {who for event in events_of(text, models) for who, _role, _title in event.people}
    assert not found & aside, found
    assert taking_part <= found, found


# "представлять" a region or an organization at an event is taking part, not speaking; presenting a report is
REPRESENTING = [
    ("Международная выставка «Урал» открылась в Перми. Наш регион на открытии выставки представляют заместитель "
     "губернатора Анна Лесная, директор департамента экономики Павел Грачев и начальник управления Юлия Светлова.",
     {"Анна Лесная": "participant", "Павел Грачев": "participant", "Юлия Светлова": "participant"}),
    ("В Перми прошел форум «Кама». На форуме Пермский край представлял министр экономики Павел Грачев.",
     {"Павел Грачев": "participant"}),
    ("В Перми прошел форум «Кама». На форуме министр экономики Павел Грачев представил доклад о туризме.",
     {"Павел Грачев": "speaker"}),
]


@pytest.mark.parametrize("text, expected", REPRESENTING)
def test_who_represents_a_region_takes_part(models, text, expected):
    assert roles(one_event(text, models)) == expected


# "X встретился с Y": both take part in the meeting the text reports; not inside a quote
MET = [
    ("Губернатор Пермского края Иван Лобов провел рабочую встречу с директором завода. Иван Лобов встретился с "
     "генеральным директором компании «Уралсталь» Олегом Ладовым.", {"Иван Лобов", "Олег Ладов"}, set()),
    ("В Перми прошел форум «Кама». На полях форума губернатор Иван Лобов встретился с министром экономики Павлом "
     "Грачевым и директором банка «Прикамье».", {"Иван Лобов", "Павел Грачев", "Прикамье"}, set()),
    ("В Перми прошел форум «Кама». «Вчера я встретился с министром Иваном Орловым», — сказал на форуме директор "
     "завода Петр Суханов.", {"Петр Суханов"}, {"Иван Орлов"}),
]


@pytest.mark.parametrize("text, taking_part, absent", MET)
def test_both_sides_of_met_take_part(models, text, taking_part, absent):
    from .events_view import events_of

    found = {who for event in events_of(text, models) for who, _role, _title in event.people}
    assert taking_part <= found and not found & absent, found


# "представители компании «…» посетили …": the organizations the visitors stand for take part; the place
# visited does not
REPRESENTED = [
    ("В Перми прошел форум «Кама». Форум посетили представители компании «Уралсталь» и банка «Прикамье».",
     {"Уралсталь", "Прикамье"}, set()),
    ("Сегодня в Перми открылась выставка «Урал». Представители министерства промышленности Пермского края, а "
     "также администрации Перми посетили выставку.",
     {"Министерство промышленности Пермского края", "Администрация Перми"}, set()),
    ("В Перми прошел форум «Кама». Представители компании «Уралсталь» посетили завод «Пермские моторы».",
     {"Уралсталь"}, {"Пермские моторы"}),
    # ministries in the plural are no one body
    ("В Томске прошел форум «Кама». Форум посетили представители министерств Российской Федерации и администрации "
     "Томской области.", set(), {"Министерство Российской Федерации Томской области"}),
]


@pytest.mark.parametrize("text, taking_part, absent", REPRESENTED)
def test_the_organizations_visitors_stand_for_take_part(models, text, taking_part, absent):
    from .events_view import events_of

    found = {who for event in events_of(text, models) for who, _role, _title in event.people}
    assert taking_part <= found and not found & absent, found


# "напомним", "отметим": the writer speaks, no one at the event does
WRITER = [
    ("В Перми прошел форум «Кама». Напомним, приглашение на форум прозвучало от губернатора Ивана Лобова в мае.",
     {}),
    ("В Перми прошел форум «Кама». Отметим, что форум посетил министр экономики Павел Грачев.",
     {"Павел Грачев": "participant"}),
    ("В Перми прошел форум «Кама». Губернатор Иван Лобов напомнил, что форум проходит в пятый раз.",
     {"Иван Лобов": "speaker"}),
]


@pytest.mark.parametrize("text, expected", WRITER)
def test_the_writer_is_no_speaker(models, text, expected):
    assert roles(one_event(text, models)) == expected


def test_those_who_arrive_before_the_visit_is_named_take_part_in_it(models):
    text = ("Сегодня в Пинск прибыла делегация Тульской области, возглавляемая губернатором Олегом Ладовым. В состав "
            "делегации также входят председатель областной думы Петр Грачев и заместитель губернатора Анна Ковальчук. "
            "Визит продлится два дня. На вокзал прибыли также журналисты газеты «Пинский вестник».")
    found = roles(one_event(text, models))
    assert {"Делегация Тульской области", "Олег Ладов", "Петр Грачев", "Анна Ковальчук"} <= set(found)
    assert "Пинский вестник" not in found


def test_a_list_of_subjects_past_a_participial_phrase_takes_part(models):
    text = ("Сегодня министр Иван Лобов, находящийся с рабочей поездкой в Пермском крае, полпред Петр Ладов и "
            "губернатор Анна Ковальчук посетили завод «Пермские моторы».")
    assert roles(one_event(text, models)) == {"Иван Лобов": "participant", "Петр Ладов": "participant",
                                              "Анна Ковальчук": "participant"}


@pytest.mark.parametrize("text, person, role", [
    ("Форум «Кедровый край» открыла губернатор Анна Лисова.", "Анна Лисова", "speaker"),
    ("В Пензе прошла конференция «Сурские чтения». Открыл пленарное заседание ректор университета Олег Жарков.",
     "Олег Жарков", "speaker"),
    ("Глава города Петр Сомов открывал фестиваль «Волжские зори» в Самаре.", "Петр Сомов", "speaker"),
])
def test_who_opens_an_event_speaks_at_it(models, text, person, role):
    event = one_event(text, models)
    assert roles(event).get(person) == role


@pytest.mark.parametrize("text", [
    # opening a school or a park is no speech at the event the text reports
    "В Омске прошел форум «Кедр». Мэр Иван Сухов открыл новый сквер.",
    "Губернатор Анна Лисова открыла новую школу. В ней прошел форум «Кедр».",
])
def test_opening_something_else_gives_no_role(models, text):
    assert one_event(text, models).people == ()


@pytest.mark.parametrize("text, people", [
    ("В Омске прошло заседание совета. С докладами выступили заместители губернатора Иван Сухов, Петр Лаптев, "
     "Олег Мирный и министр финансов Анна Лисова.",
     {"Иван Сухов": "speaker", "Петр Лаптев": "speaker", "Олег Мирный": "speaker", "Анна Лисова": "speaker"}),
    ("В Омске прошел форум «Кедр». Среди спикеров выступил глава города Иван Сухов, директор фонда «Тайга» "
     "Петр Лаптев, ректор университета Олег Мирный.",
     {"Иван Сухов": "speaker", "Петр Лаптев": "speaker", "Олег Мирный": "speaker"}),
    # a name in another case after the speaker is no one who speaks
    ("В Омске прошел форум «Кедр». На форуме выступил Иван Сухов, коллега Петра Лаптева.",
     {"Иван Сухов": "speaker"}),
    ("В Омске прошел форум «Кедр». «Мы рады», — сказал Иван Сухов, директор фонда «Тайга».",
     {"Иван Сухов": "speaker"}),
])
def test_speakers_listed_together_all_speak(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # the press service of a governor reports: the governor does not speak by that
    ("Участие в заседании морской коллегии принял губернатор Курской области Иван Сухов, сообщила "
     "пресс-служба губернатора Курской области.", {"Иван Сухов": "participant"}),
    ("Участие в форуме «Кедр» принял министр Иван Сухов, сообщили в пресс-службе министра.",
     {"Иван Сухов": "participant"}),
    # a title in the nominative after a verb of speech is its holder speaking
    ("Губернатор Иван Сухов принял участие в форуме «Кедр». «Мы рады гостям», — сказал губернатор.",
     {"Иван Сухов": "speaker"}),
])
def test_a_title_in_the_genitive_after_a_verb_of_speech_does_not_speak(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # who goes along takes part
    ("В среду в районе с рабочим визитом побывал губернатор Иван Сухов. Вместе с главой района Петром "
     "Лаптевым губернатор посетил школу.", {"Иван Сухов": "participant", "Пётр Лаптев": "participant"}),
    # "вместе с тем" names no one
    ("В Омске прошел форум «Кедр». Вместе с тем министр Иван Сухов отметил рост числа гостей.",
     {"Иван Сухов": "speaker"}),
    # greeting those gathered is speaking
    ("В Омске прошел форум «Кедр». Губернатор Иван Сухов поприветствовал собравшихся на форуме.",
     {"Иван Сухов": "speaker"}),
])
def test_who_goes_along_or_greets(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # a pronoun object of holding stands for the event the sentence before names
    ("Сегодня в Ялте прошло заседание президиума совета. Его провел президент Иван Сухов.",
     {"Иван Сухов": "chair"}),
    ("В Омске прошла конференция «Кедр». Ее провела ректор Анна Лисова.", {"Анна Лисова": "chair"}),
    # a possessive is no object of holding
    ("В Омске прошел форум «Кедр». Министр Иван Сухов провел его гостей по городу.", {}),
])
def test_a_pronoun_for_the_event_held(models, text, people):
    assert roles(events_of(text, models)[0]) == people


@pytest.mark.parametrize("text, people", [
    # the bodies of a moderator's title do not chair; the title with its body is the one given
    ("В Омске прошел форум «Кедр». Программу форума открыло пленарное заседание с модератором Ильей Крутовым, "
     "ведущим экспертом Института экономики, консультантом Правительства РФ и Минфина России.",
     {"Илья Крутов": ("chair", "консультант Правительства РФ и Минфина России")}),
    ("Заседание штаба прошло под председательством губернатора Ивана Сухова.",
     {"Иван Сухов": ("chair", "губернатор")}),
])
def test_a_chair_is_a_person_with_the_fullest_title(models, text, people):
    assert {who: (role, title) for who, role, title in one_event(text, models).people} == people


def test_a_title_of_another_sentence_is_not_the_one_stated_here(models):
    text = ("Губернатор Иван Сухов побывал в районе с рабочим визитом. Материал о визите губернатора читайте "
            "в следующем номере газеты.")
    assert events_of(text, models)[0].people == (("Иван Сухов", "participant", "губернатор"),)


@pytest.mark.parametrize("text, people", [
    # those called or invited to the event take part
    ("Губернатор Иван Сухов провел первое совещание правительства. На совещание губернатор вызвал министра финансов "
     "Петра Лаптева, министра спорта Олега Мирного и министра культуры Анну Лисову.",
     {"Иван Сухов": "chair", "Пётр Лаптев": "participant", "Олег Мирный": "participant",
      "Анна Лисова": "participant"}),
    # those who go along take part
    ("В Омскую область с визитом прибыл министр Иван Сухов. В поездке министра сопровождают депутат Петр Лаптев и "
     "посол Олег Мирный.", {"Иван Сухов": "participant", "Петр Лаптев": "participant", "Олег Мирный": "participant"}),
    ("Министр Иван Сухов совершил рабочий визит в Омск. Завод министр посетил в сопровождении главы района Петра "
     "Лаптева.", {"Иван Сухов": "participant", "Пётр Лаптев": "participant"}),
    # near case: an invitation to something that is no event names no one
    ("В Омске прошел форум «Кедр». Губернатор Иван Сухов пригласил жителей Петра Лаптева и Олега Мирного в гости.",
     {"Пётр Лаптев": None, "Олег Мирный": None}),
])
def test_who_is_called_to_or_goes_along(models, text, people):
    seen = roles(one_event(text, models))
    assert {who: seen.get(who) for who in people} == people


@pytest.mark.parametrize("text, people", [
    # who holds a meeting that names no other side leads it
    ("В Твери пройдет выездное совещание. Встречу проведет вице-губернатор Иван Сухов.",
     {"Иван Сухов": "chair"}),
    ("Встречу проведет вице-губернатор Иван Сухов. Он обсудит с губернатором дороги.",
     {"Иван Сухов": "chair"}),
    # a meeting held with someone: both sides take part
    ("Губернатор Иван Сухов провел встречу с Петром Лаптевым.",
     {"Иван Сухов": "participant", "Пётр Лаптев": "participant"}),
    ("Губернатор Иван Сухов провел рабочую встречу в режиме видеосвязи с главами районов.",
     {"Иван Сухов": "participant"}),
    # a pronoun object of a verb joined to the verb of holding
    ("В Туле прошла сессия областного совета. Её открыл и провел спикер совета Петр Лаптев.",
     {"Петр Лаптев": "chair"}),
])
def test_who_holds_a_meeting_with_no_other_side_chairs_it(models, text, people):
    assert roles(events_of(text, models)[0]) == people


@pytest.mark.parametrize("text, people", [
    # "высказать мнение" is speaking, and so is every name of the list after it
    ("В Омске прошел круглый стол. Свое мнение высказали депутаты Иван Сухов, Петр Лаптев и Олег Мирный.",
     {"Иван Сухов": "speaker", "Петр Лаптев": "speaker", "Олег Мирный": "speaker"}),
    ("В Омске прошел форум «Кедр». Министр Иван Сухов высказал пожелания гостям форума.",
     {"Иван Сухов": "speaker"}),
])
def test_who_gives_an_opinion_speaks(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # what brackets say of one of a list does not end the list; the bodies inside them do not speak
    ("В Омске прошел круглый стол. Свое мнение высказали Иван Сухов (член совета), Петр Лаптев (глава фонда "
     "«Тайга») и Олег Мирный.", {"Иван Сухов": "speaker", "Петр Лаптев": "speaker", "Олег Мирный": "speaker"}),
    ("В Омске прошел форум «Кедр». На форуме выступили Иван Сухов (Омск), Петр Лаптев (Томск).",
     {"Иван Сухов": "speaker", "Петр Лаптев": "speaker"}),
    # a name in the next sentence is no one of the list
    ("В Омске прошел круглый стол. Свое мнение высказал Иван Сухов (член совета). Петр Лаптев не пришел.",
     {"Иван Сухов": "speaker"}),
])
def test_a_list_goes_on_past_brackets(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # taking part negated gives no row
    ("В Омске прошел круглый стол. Депутаты Иван Сухов и Петр Лаптев не участвовали в круглом столе.",
     {}),
    ("В Омске прошел форум «Кедр». Не принимал участия в форуме и министр Иван Сухов.", {}),
    # a role noun that is the agent of a passive participle gives no part
    ("В Омске прошел форум «Кедр». Депутаты Иван Сухов и Петр Лаптев, названные спикером думы Анной Лисовой, "
     "пропустили форум.", {}),
    # near cases: "не только", a role noun after a linking verb
    ("В Омске прошел круглый стол. В нем приняли участие не только депутаты Иван Сухов и Петр Лаптев, но и "
     "министр Анна Лисова.", {"Иван Сухов": "participant", "Петр Лаптев": "participant",
                               "Анна Лисова": "participant"}),
    ("В Омске прошел круглый стол. Спикером стал министр Иван Сухов.", {"Иван Сухов": "participant"}),
])
def test_taking_part_denied_gives_no_row(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, people", [
    # an organization named as where the event takes place hosts it; it takes no part
    ("В доме культуры «Заря» прошла V конференция Союза фермеров Тверской области, в работе которой принял "
     "участие губернатор Олег Островцев.", {"Олег Островцев": "participant"}),
    ("В конгресс-центре «Орбита» прошла конференция «Кедр», в которой приняли участие студенты и ректор Иван "
     "Сухов.", {"Иван Сухов": "participant"}),
    # near case: an organization whose people take part
    ("В Омске прошел форум «Кедр». В нем приняли участие представители компании «Тайга» и губернатор Иван Сухов.",
     {"Тайга": "participant", "Иван Сухов": "participant"}),
])
def test_the_venue_takes_no_part(models, text, people):
    assert roles(one_event(text, models)) == people


@pytest.mark.parametrize("text, event, person", [
    # whom one meets belongs to the visit, not to the event one takes part in after meeting him
    ("Премьер-министр Олег Ладов отправился с рабочим визитом в Сурск. В Сурске Ладов встретится с губернатором "
     "Иваном Лобовым и примет участие в торжественном собрании, посвященном Дню города.",
     "рабочий визит в Сурск", "Иван Лобов"),
    # met at a meeting of the sentence: that meeting
    ("Губернатор Иван Лобов встретился с аграриями на совещании по посевной.", "совещание по посевной",
     "Иван Лобов"),
])
def test_whom_one_meets_belongs_to_the_meeting(models, text, event, person):
    found = {e.name: e for e in events_of(text, models)}
    assert person in [who for who, _role, _title in found[event].people]
