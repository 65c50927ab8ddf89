"""Within one document: which mentions are one event, and which groups are events at all."""

from __future__ import annotations

import pytest

from .events_view import events_of, one_event


def test_later_mentions_refer_back(models):
    text = ("В Орле прошел форум «Земля и люди». Участники форума обсудили аренду земли. "
            "Мероприятие собрало двести фермеров. По итогам встречи приняли резолюцию.")
    event = one_event(text, models)
    assert event.mentions == ("форум «Земля и люди»", "форума", "Мероприятие", "встречи")


def test_several_events_of_one_visit_stay_several(models):
    text = ("Делегация провела в Казани три дня. Гости приняли участие в стратегической сессии «Волга 2030», "
            "расширенном заседании совета директоров и экскурсии по технопарку.")
    found = events_of(text, models)
    assert [(e.kind, e.name) for e in found] == [
        ("session", "стратегическая сессия «Волга 2030»"),
        ("meeting", "расширенное заседание совета директоров"),
        ("visit", "экскурсия по технопарку"),
    ]


def test_another_instance_stays_apart(models):
    text = ("В Томске прошла стратегическая сессия по развитию кластера. Ее итоги сравнят с итогами предыдущей "
            "стратегической сессии, которая прошла в мае в Новосибирске. Участники сессии работали два дня.")
    current, previous = events_of(text, models)
    assert current.mentions == ("стратегическая сессия по развитию кластера", "сессии")
    assert previous.mentions == ("стратегической сессии",)
    assert previous.place == "Новосибирск" and current.place == "Томск"


def test_a_named_mention_joins_an_event_named_alike(models):
    text = ("В Уфе открылся форум «Башкирский мед». Форум «Башкирский мед» продлится три дня. "
            "Тем временем в Стерлитамаке прошел форум «Уральские промыслы».")
    first, second = events_of(text, models)
    assert first.mentions == ("форум «Башкирский мед»", "Форум «Башкирский мед»")
    assert second.name == "форум «Уральские промыслы»"


def test_a_headline_joins_the_body_event(models):
    text = "Форум ремесел прошел в Суздале\n\nВ Суздале прошел форум «Живые ремесла». Форум собрал мастеров."
    event = one_event(text, models)
    assert event.name == "форум «Живые ремесла»"
    assert event.mentions == ("Форум ремесел", "форум «Живые ремесла»", "Форум")


def test_a_speaker_does_not_create_events(models):
    text = ("В Самаре прошло совещание по ремонту дорог. «Во время недавней встречи с министром мы договорились "
            "о деньгах», — сказал губернатор Самарской области Олег Рябинин.")
    event = one_event(text, models)
    assert event.name == "совещание по ремонту дорог"
    assert ("Олег Рябинин", "speaker", "губернатор Самарской области") in event.people


def test_a_pronoun_carries_the_date_and_place(models):
    text = "Делегации приедут на форум «Северный путь». Он пройдет 3–4 октября в Архангельске."
    event = one_event(text, models)
    assert (event.when, event.place, event.region) == ("--10-03/--10-04", "Архангельск", "RU-ARK")


@pytest.mark.parametrize("text, names", [
    # a mention named only by who visits or whom one meets joins the event no mention names
    ("Министр Олег Ковалев прибыл в Пермь с рабочим визитом. Визит Олега Ковалева продлится два дня.",
     ["визит Олега Ковалева"]),
    ("Губернатор Иван Лобов провел рабочую встречу. В ходе встречи с Петром Ладовым обсудили дороги.",
     ["встреча с Петром Ладовым"]),
    # a description of the topic still makes another event; so does a person beside an event already named
    ("Губернатор Иван Лобов провел совещание. Затем состоялось совещание по паводку.",
     ["совещание", "совещание по паводку"]),
    ("В Перми прошла встреча по туризму. Затем состоялась встреча с Петром Ладовым.",
     ["встреча по туризму", "встреча с Петром Ладовым"]),
])
def test_a_mention_named_by_a_person_joins_an_unnamed_event(models, text, names):
    assert [event.name for event in events_of(text, models)] == names


@pytest.mark.parametrize("text, names", [
    # a generic noun a linking verb makes the predicate is no mention of its own
    ("Сегодня в Пинск прибыла делегация Тульской области. Визит направлен на укрепление связей. Ключевым событием "
     "станет заседание рабочей группы по туризму. В рамках визита запланированы встречи с бизнесом.",
     ["визит", "заседание рабочей группы по туризму"]),
    ("Главным событием недели стал форум «Кама» в Перми.", ["форум «Кама»"]),
])
def test_a_generic_predicate_is_no_mention(models, text, names):
    assert [event.name for event in events_of(text, models)] == names


@pytest.mark.parametrize("text, count", [
    # a mention right after another and a dash says what that event is
    ("В Мурманске прошла «Стратсессия» — ежегодная выездная конференция для маркетологов. Это мероприятие "
     "собрало 150 человек.", 1),
    ("В Мурманске прошел форум «Кама» — ежегодная встреча экологов.", 1),
    ("В Мурманске прошла «Стратсессия» — ежегодная выездная конференция для маркетологов, которая проводится в "
     "разных регионах.", 1),
    # not a clause of its own after the dash
    ("В Мурманске прошел форум «Кама» — встреча с губернатором запланирована на завтра.", 2),
])
def test_an_apposition_after_a_dash_is_the_same_event(models, text, count):
    assert len(events_of(text, models)) == count


@pytest.mark.parametrize("text, kind, name, person", [
    # the plenary session of a named event, in the genitive: the event itself
    ("Министр Тагир Юлдашев принял участие в пленарном заседании стратегической сессии «Степь 2040».",
     "session", "стратегическая сессия «Степь 2040»", "Тагир Юлдашев"),
    # the plenary after the event it opens
    ("В Пензе прошла XII научная конференция «Сурские чтения». Открыл пленарное заседание ректор "
     "университета Олег Жарков, который поблагодарил гостей.", "conference",
     "XII научная конференция «Сурские чтения»", "Олег Жарков"),
    # the opening ceremony of a forum, with and without the forum after it
    ("В Чите открылся форум «Забайкальский кедр». В церемонии открытия форума принял участие губернатор "
     "Роман Дымов.", "forum", "форум «Забайкальский кедр»", "Роман Дымов"),
    ("В Ижевске открылся форум «Кама-Инвест». В церемонии открытия принял участие глава республики "
     "Семен Ладов.", "forum", "форум «Кама-Инвест»", "Семен Ладов"),
    ("Программу форума «Таежный код» в Томске открыло пленарное заседание с модератором Ильей Крутовым.",
     "forum", "форум «Таежный код»", "Илья Крутов"),
])
def test_a_part_of_an_event_is_that_event(models, text, kind, name, person):
    event = one_event(text, models)
    assert (event.kind, event.name) == (kind, name)
    assert person in [who for who, _role, _title in event.people]


@pytest.mark.parametrize("text, names", [
    # the plenary session of a body is an event of its own
    ("В Твери прошел форум «Верхневолжье». На следующий день состоялось пленарное заседание областной думы.",
     ["форум «Верхневолжье»", "пленарное заседание областной думы"]),
    # a meeting or a visit has no plenary: the plenary after it is another event
    ("Губернатор Павел Орехов провел совещание с главами районов. Затем прошло пленарное заседание "
     "областной думы.", ["совещание с главами районов", "пленарное заседание областной думы"]),
])
def test_a_plenary_of_a_body_stays_apart(models, text, names):
    assert [e.name for e in events_of(text, models)] == names


@pytest.mark.parametrize("text, mentions", [
    ("В Донецке прошла X научная конференция молодых ученых. Студенты поддержали проводимую конференцию "
     "докладами.", ("X научная конференция молодых ученых", "конференцию")),
    ("В Омске открылся форум «Кедр». Открывшийся форум собрал 300 гостей.", ("форум «Кедр»", "форум")),
    ("В Кирове прошла выставка «Вятский лен». Организованная выставка собрала сто мастеров.",
     ("выставка «Вятский лен»", "выставка")),
])
def test_a_participle_of_taking_place_points_at_the_event(models, text, mentions):
    assert one_event(text, models).mentions == mentions


@pytest.mark.parametrize("text, names", [
    # a shorter description of the event named before refers back to it
    ("В Орле прошел XII съезд Совета сельских поселений Орловской области. На съезд Совета приехали "
     "триста делегатов.", ["XII съезд Совета сельских поселений Орловской области"]),
    ("Президент Борис Ломов проведет заседание совета по науке. Расширенное заседание совета по науке и "
     "образованию пройдет в Кремле.", ["расширенное заседание совета по науке и образованию"]),
    # descriptions that differ stay two events
    ("В Орле прошло заседание комиссии по бюджету. Затем состоялось заседание комиссии по транспорту.",
     ["заседание комиссии по бюджету", "заседание комиссии по транспорту"]),
    # another noun of the same kind is another event, whatever its description
    ("В Орле состоялась конференция тверского отделения партии «Заря». На ней выбрали делегатов на съезд "
     "партии, который пройдет в июне.", ["конференция тверского отделения партии «Заря»", "съезд партии"]),
])
def test_a_description_contained_in_another_is_the_same_event(models, text, names):
    assert [event.name for event in events_of(text, models)] == names


@pytest.mark.parametrize("text, names", [
    # a later mention named by the same people, or by people no post singles out, refers back
    ("Министр спорта Олег Ковалев приедет в Томск. Визит Олега Ковалева ожидается в среду. Визит "
     "столичного чиновника продлится два дня.", ["визит Олега Ковалева"]),
    ("Переговоры губернатора Кирилла Осинина и мэра Семена Ладова прошли в Твери. О переговорах руководителей "
     "региона и города сообщили заранее.", ["переговоры губернатора Кирилла Осинина и мэра Семена Ладова"]),
    ("Рабочая встреча президента Бориса Ломова с губернатором Петром Рябцевым прошла в Кремле. Встреча Ломова с "
     "Рябцевым длилась час.", ["рабочая встреча президента Бориса Ломова с губернатором Петром Рябцевым"]),
    # other people, or one post whose holder is not known, make another event
    ("Губернатор Иван Лобов провел встречу с Петром Ладовым. Затем состоялась встреча с Семеном Орловым.",
     ["встреча с Петром Ладовым", "встреча с Семеном Орловым"]),
    ("Визит министра Олега Ковалева в Пермь завершился. Визит губернатора Ильи Рябова в Казань начнется завтра.",
     ["визит министра Олега Ковалева в Пермь", "визит губернатора Ильи Рябова в Казань"]),
    ("В Перми прошла встреча губернатора Ивана Лобова с аграриями. Затем прошла встреча с главой района.",
     ["встреча губернатора Ивана Лобова с аграриями", "встреча с главой района"]),
])
def test_a_mention_named_by_the_same_people_is_the_same_event(models, text, names):
    assert [event.name for event in events_of(text, models)] == names


@pytest.mark.parametrize("text, kind, name", [
    # the plenary session of a numbered session of a body is that session
    ("В Туле прошло пленарное заседание 23 сессии областного совета. На сессии выступил губернатор.",
     "session", "сессия областного совета"),
])
def test_a_part_of_a_numbered_event_is_that_event(models, text, kind, name):
    event = one_event(text, models)
    assert (event.kind, event.name) == (kind, name)


@pytest.mark.parametrize("text, name, mentions", [
    # a mention named by nothing but an ordinal refers back to the one event of its kind the text reports
    ("Президент Олег Ладов начал большую пресс-конференцию в Сурске. Ладов подчеркнул, что это первая "
     "пресс-конференция, которую он ведет сам.", "большая пресс-конференция",
     ("большую пресс-конференцию", "первая пресс-конференция")),
    ("В Сурске открылся форум «Волжский берег». Губернатор отметил, что на третьем форуме стало больше "
     "экспонентов.", "форум «Волжский берег»", ("форум «Волжский берег»", "третьем форуме")),
])
def test_an_edition_by_its_ordinal_is_the_event(models, text, name, mentions):
    event = one_event(text, models)
    assert (event.name, event.mentions) == (name, mentions)


@pytest.mark.parametrize("text, names", [
    # an earlier edition with its year, a second meeting, an event that has an ordinal, two events of the kind
    ("В Сурске открылся форум «Волжский берег». Впервые форум прошел в 2019 году, на первом форуме было сто "
     "гостей.", ["форум «Волжский берег»", "первый форум"]),
    ("Губернатор Иван Лобов провел встречу с аграриями. Вторая встреча прошла с учителями.",
     ["встреча с аграриями", "вторая встреча"]),
    ("В Сурске прошел III форум «Кедр». На втором форуме было меньше экспонентов.",
     ["III форум «Кедр»", "второй форум"]),
    ("В Сурске прошел форум «Кедр», а в Орле форум «Сосна». На втором форуме было больше экспонентов.",
     ["форум «Кедр»", "форум «Сосна»", "второй форум"]),
])
def test_another_edition_by_its_ordinal_stays_apart(models, text, names):
    assert [e.name for e in events_of(text, models)] == names
