"""Parts of events folded into the event they are part of: a sitting of a numbered session, a ceremony
named by nothing but its noun after a forum (:mod:`nerpipe.events.parts`)."""

from __future__ import annotations

import pytest

from .events_view import events_of, one_event


@pytest.mark.parametrize("text, name", [
    # a sitting of a session named right after it in the genitive is that session
    ("В областном парламенте состоялось заседание 7-й внеочередной сессии Законодательного Собрания области. "
     "Его открыл председатель Ильдар Сабиров.", "7-я внеочередная сессия Законодательного Собрания области"),
    ("Сегодня в краевой думе проходит первое заседание V сессии. В повестке сорок вопросов.", "V сессия"),
    ("Депутаты городского совета Сурска провели последнюю сессию созыва. Заключительное заседание сессии "
     "открыл спикер Иван Дронов.", "последняя сессия созыва"),
])
def test_a_sitting_of_a_session_is_that_session(models, text, name):
    event = one_event(text, models)
    assert (event.kind, event.name) == ("session", name)


@pytest.mark.parametrize("text, names", [
    # a sitting of something else stays an event of its own
    ("В Туле прошла стратегическая сессия «Тула 2035». Затем состоялось заседание правительства области.",
     ["стратегическая сессия «Тула 2035»", "заседание правительства области"]),
    ("В Орле прошло заседание комиссии по бюджету. Затем состоялось заседание комиссии по транспорту.",
     ["заседание комиссии по бюджету", "заседание комиссии по транспорту"]),
])
def test_a_sitting_of_something_else_stays_apart(models, text, names):
    assert [e.name for e in events_of(text, models)] == names


@pytest.mark.parametrize("text, name, person", [
    # a ceremony named by its noun alone, after a forum that opened or closed, is part of that forum
    ("В Чите торжественно закрылся форум «Байкальский кедр». В церемонии принял участие губернатор "
     "Роман Дымов.", "форум «Байкальский кедр»", "Роман Дымов"),
    ("В Светлогорске открылся форум «Янтарный берег». Сама церемония началась с опозданием. Гостей "
     "приветствовал мэр Олег Лукин.", "форум «Янтарный берег»", "Олег Лукин"),
    ("В Омске завершилась конференция «Сибирский лес». Торжественная церемония прошла в филармонии. В "
     "ней приняли участие ректор Павел Жарков и гости.", "конференция «Сибирский лес»", "Павел Жарков"),
])
def test_a_bare_ceremony_after_an_event_is_part_of_it(models, text, name, person):
    event = one_event(text, models)
    assert event.name == name
    assert person in [who for who, _role, _title in event.people]


@pytest.mark.parametrize("text, names", [
    # a ceremony with a name of its own stays an event
    ("В Твери прошел форум «Верхневолжье». Вечером состоялась церемония вручения премии «Тверичанка».",
     ["форум «Верхневолжье»", "церемония вручения премии «Тверичанка»"]),
    # a bare ceremony with nothing before it is an event
    ("Церемония прошла в среду в Белом зале мэрии. Награды вручил мэр Олег Лукин.", ["церемония"]),
])
def test_a_named_or_lone_ceremony_stays_an_event(models, text, names):
    assert [e.name for e in events_of(text, models)] == names
