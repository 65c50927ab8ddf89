"""Whose a title is when another name stands near it: the one appointed, not who appoints; the boss after ``у``
or a body's head, not the holder; an acting holder through ``исполнял обязанности``; a presenter; no short
adjective, no nickname in a title; titles of nobility and the pope. Every sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import analyze


def rows(text: str, models) -> set[tuple[str, str, bool]]:
    """``(person, position, acting)`` of every ``positions`` row of a text."""
    result = analyze(text, models)
    names = {p.person_id: p.name for p in result.persons}
    return {(names[f.person_id], f.position, f.acting) for f in result.positions}


def positions(text: str, models) -> list[str]:
    return [m.normal for m in analyze(text, models).mentions if m.type == "POSITION"]


@pytest.mark.parametrize("text, expected", [
    # the subject of an active appointing verb never holds the title it gives, named or not
    ("Губернатор Игорь Соболев назначил своего сына вице-губернатором.", {("Игорь Соболев", "губернатор", False)}),
    ("Президент Игорь Соболев назначил свою жену Анну Котову первым вице-президентом.",
     {("Игорь Соболев", "президент", False), ("Анна Котова", "первый вице-президент", False)}),
    ("Глеб Лаптев уволил своего помощника с поста директора.", set()),
    # taking a post over gives it to the subject
    ("Глеб Лаптев сменил Анну Котову на посту директора.", {("Глеб Лаптев", "директор", False)}),
])
def test_the_one_appointed_holds_the_title(models, text, expected):
    got = rows(text, models)
    assert expected <= got
    assert not any(name in ("Игорь Соболев", "Глеб Лаптев") for name, _, _ in got - expected)


@pytest.mark.parametrize("text, holder, boss", [
    ("Совет ждёт дипломата Игоря Соболева — министра иностранных дел у Петрова.", "Игорь Соболев", "Петров"),
    ("Министр финансов в правительстве Игоря Соболева Анна Котова ушла в отставку.", "Анна Котова", "Игорь Соболев"),
    ("Советник в команде Петрова Анна Котова уволилась.", "Анна Котова", "Петров"),
    ("На пост министра внутренних дел в техническом кабинете Петрова готовят нового кандидата.", None, "Петров"),
])
def test_a_boss_or_a_body_head_does_not_hold_the_title(models, text, holder, boss):
    got = rows(text, models)
    assert not any(name == boss and position.startswith(("министр", "советник")) for name, position, _ in got)
    if holder is not None:
        assert any(name == holder and position.startswith(("министр", "советник")) for name, position, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("В 2005 году Игорь Соболев исполнял обязанности министра промышленности.",
     ("Игорь Соболев", "министр промышленности", True)),
    ("Анна Котова исполняет обязанности директора школы.", ("Анна Котова", "директор школы", True)),
    ("Игорь Соболев временно исполнял обязанности губернатора.", ("Игорь Соболев", "губернатор", True)),
    ("Обязанности ректора университета исполняет Анна Котова.", ("Анна Котова", "ректор университета", True)),
    ("До последнего времени Игорь Соболев работал в частном секторе в качестве председателя ассоциации.",
     ("Игорь Соболев", "председатель ассоциации", False)),
])
def test_acting_and_in_the_capacity_of(models, text, expected):
    assert expected in rows(text, models)


def test_a_left_out_subject_is_not_a_name_after_a_preposition(models):
    text = "После конфликта Игорь Соболев заявил о своем уходе из политики (в этом он оказался солидарен с " \
           "Петром Орловым) и до последнего времени работал в частном секторе в качестве председателя ассоциации."
    assert {name for name, _, _ in rows(text, models)} == {"Игорь Соболев"}


@pytest.mark.parametrize("text, expected", [
    ("Новой ведущей программы стала журналистка Анна Котова.", ("Анна Котова", "ведущая программы", False)),
    ("Игорь Соболев стал ведущим программы «Полдень».", ("Игорь Соболев", "ведущий программы «Полдень»", False)),
    ("Новым ведущим «Вечерних новостей» стал журналист Игорь Соболев.",
     ("Игорь Соболев", "новый ведущий «Вечерних новостей»", False)),
])
def test_a_presenter_of_a_show(models, text, expected):
    assert expected in rows(text, models)


@pytest.mark.parametrize("text", [
    "Рейтинг ведущей программы канала упал.",
    "Ведущие эксперты обсудили доклад.",
])
def test_leading_is_no_presenter(models, text):
    assert not any(p.startswith("ведущ") for p in positions(text, models))


@pytest.mark.parametrize("text, mention", [
    ("Сильное правительство не нужно президенту Игорю Соболеву.", "президент"),
    ("Это важно директору школы Игорю Соболеву.", "директор школы"),
    ("Такое решение выгодно губернатору Игорю Соболеву.", "губернатор"),
])
def test_a_short_adjective_is_no_part_of_a_title(models, text, mention):
    assert positions(text, models) == [mention]


@pytest.mark.parametrize("text, expected", [
    ("Легендарный цирковой артист «Весёлый клоун» Игорь Соболев выступил в среду.",
     {("Игорь Соболев", "цирковой артист", False)}),
    ("Певец «Король шансона» Игорь Соболев дал концерт.", {("Игорь Соболев", "певец", False)}),
    # the name of a programme after a noun stays in the title
    ("Ведущий программы «Полдень» Игорь Соболев заболел.",
     {("Игорь Соболев", "ведущий программы «Полдень»", False)}),
])
def test_a_nickname_between_a_title_and_a_name(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("На приём пригласили князя Игоря Соболева и графиню Анну Котову.",
     {("Игорь Соболев", "князь", False), ("Анна Котова", "графиня", False)}),
    ("Кронпринц Игорь и кронпринцесса Анна прибыли в столицу.",
     {("Игорь", "кронпринц", False), ("Анна", "кронпринцесса", False)}),
    ("Великий князь Игорь Соболев жил во Франции.", {("Игорь Соболев", "великий князь", False)}),
    ("Барон Игорь Соболев и герцогиня Анна Котова открыли бал.",
     {("Игорь Соболев", "барон", False), ("Анна Котова", "герцогиня", False)}),
    ("Визит папы римского Игоря завершился.", {("Игорь", "папа римский", False)}),
    # kin, not the pope
    ("Его папа Игорь Соболев работает инженером.", {("Игорь Соболев", "инженер", False)}),
])
def test_titles_of_nobility_and_the_pope(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text", [
    "Машины положены председателю Петру Орлову, первым зампредам Игорю Соболеву и Анне Котовой.",
    "Подарки достались зампредам Игорю Соболеву и Анне Котовой.",
    "Встреча с зампредами Игорем Соболевым и Анной Котовой прошла в Твери.",
    "Газета написала о зампредах Игоре Соболеве и Анне Котовой.",
    "По словам зампредов Игоря Соболева и Анны Котовой, бюджет принят.",
])
def test_a_plural_title_over_a_list_of_names_in_every_case(models, text):
    holders = {name for name, position, _ in rows(text, models) if position.endswith("зампред")}
    assert holders == {"Игорь Соболев", "Анна Котова"}


@pytest.mark.parametrize("text, expected", [
    # the one appointed named after the title the verb gives, across the title's phrase and a rank
    ("Губернатор Игорь Соболев назначил министром финансов области Глеба Лаптева.",
     {("Игорь Соболев", "губернатор", False), ("Глеб Лаптев", "министр финансов области", False)}),
    ("Президент Игорь Соболев назначил командующим объединённых вооружённых сил генерал-майора Глеба Лаптева.",
     {("Игорь Соболев", "президент", False), ("Глеб Лаптев", "генерал-майор", False),
      ("Глеб Лаптев", "командующий объединённых вооружённых сил", False)}),
    # the active forms of electing and confirming give a title as appointing does, before the name or after
    ("Совет директоров избрал председателем правления Анну Котову.",
     {("Анна Котова", "председатель правления", False)}),
    ("Анну Котову избрали спикером парламента.", {("Анна Котова", "спикер парламента", False)}),
    # a title that governs another: after an appointing verb with no object, the name after is the appointee's
    ("Губернатор Игорь Соболев утвердил заместителем министра Анну Котову.",
     {("Игорь Соболев", "губернатор", False), ("Анна Котова", "заместитель министра", False)}),
    ("Анну Котову назначили помощником президента Глеба Лаптева.",
     {("Анна Котова", "помощник президента", False), ("Глеб Лаптев", "президент", False)}),
    # a noun of appointment spoken about: its title is the appointee's, not the clause subject's
    ("Указ о назначении нового главы своей администрации Игорь Соболев пока не подписал.", set()),
    # nor is it given back to someone named before
    ("Глеб Лаптев получил пост управляющего делами мэрии. Указа о назначении нового главы администрации "
     "Игорь Соболев пока не подписал.", {("Глеб Лаптев", "управляющий делами мэрии", False)}),
    # a name that hangs on another noun of the object is not the one appointed
    ("Сенат избрал дочь президента Игоря Соболева главой комитета.", {("Игорь Соболев", "президент", False)}),
    ("Игорь Соболев подписал указ о назначении главы администрации района Глеба Лаптева.",
     {("Глеб Лаптев", "глава администрации района", False)}),
])
def test_the_one_appointed_after_the_title(models, text, expected):
    assert rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a name in the genitive the title serves, then the name that holds it
    ("Адвокат Петра Орлова Глеб Лаптев подал жалобу.", {("Глеб Лаптев", "адвокат", False)}),
    ("Врач Анны Котовой Лиза Бардина сообщила о выздоровлении.", {("Лиза Бардина", "врач", False)}),
    ("Журналисты встретились с адвокатом Игоря Соболева Глебом Лаптевым.", {("Глеб Лаптев", "адвокат", False)}),
    # the one served alone holds nothing
    ("Жалобу подал адвокат Петра Орлова.", set()),
])
def test_a_title_with_the_one_it_serves_before_its_holder(models, text, expected):
    assert rows(text, models) == expected
