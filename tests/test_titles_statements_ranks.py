"""A clause of one's own statement speaks of the one who states it (``Орлов объявил, что покидает пост``); an acting
title shares the holder of the rank after it (``врио начальника штаба генерал-майор Пётр Орлов``); a plural verb of
receiving a rank gives it to every name of its list, and each clause joined by ``, а`` keeps its own rank; a
participle's phrase inside a title (``глава входящего в неё Северного банка``)."""

from __future__ import annotations

import pytest

from .conftest import analyze, holder_titles


def spans(text: str, models) -> set[str]:
    return {text[f.start:f.end] for f in analyze(text, models).positions}


@pytest.mark.parametrize("text, expected", [
    ("Иван Орлов объявил, что покидает пост президента компании.", {("Иван Орлов", "президент компании")}),
    ("Иван Орлов объявил о том, что покидает пост президента компании.", {("Иван Орлов", "президент компании")}),
    ("Анна Котова заявила, что покидает должность председателя совета.",
     {("Анна Котова", "председатель совета")}),
    ("Олег Лапин сообщил, что уходит с поста директора фабрики.", {("Олег Лапин", "директор фабрики")}),
])
def test_a_statement_of_leaving_a_post_is_the_stating_ones(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text", [
    "Иван Орлов заявил, что покинула пост министра.",  # a past verb of the other gender: not his
    "Иван Орлов считает, что покидает пост министра.",  # not a statement
])
def test_a_clause_not_of_the_stating_one_gives_him_nothing(models, text):
    assert not {name for name, _ in holder_titles(text, models)} & {"Иван Орлов"}


@pytest.mark.parametrize("text, expected", [
    ("Врио начальника управления генерал-майор Пётр Орлов заявил, что войска готовы.",
     {("Пётр Орлов", "врио начальника управления"), ("Пётр Орлов", "генерал-майор")}),
    ("Исполняющий обязанности начальника штаба полковник Олег Лапин провёл учения.",
     {("Олег Лапин", "исполняющий обязанности начальника штаба"), ("Олег Лапин", "полковник")}),
    ("И.о. начальника Главного управления армии по работе с личным составом генерал-майор Пётр Орлов выступил.",
     {("Пётр Орлов", "и.о. начальника Главного управления армии по работе с личным составом"),
      ("Пётр Орлов", "генерал-майор")}),
])
def test_an_acting_title_shares_the_holder_of_the_rank_after_it(models, text, expected):
    assert holder_titles(text, models) == expected


def test_a_title_joined_to_the_object_of_acting_words_is_shared(models):
    # the second title continues the genitive the acting words govern: the same holder, as before
    found = holder_titles("Олег Лапин назначен исполняющим обязанности первого заместителя губернатора, руководителя "
                          "администрации губернатора.", models)
    assert ("Олег Лапин", "руководитель администрации губернатора") in found


def test_a_title_of_another_case_before_a_rank_is_not_shared(models):
    # "заместитель" in the nominative, the rank and the name in the genitive: the deputy is someone else
    found = holder_titles("Заместитель начальника штаба генерал-майора Петра Орлова Иван Котов выступил.", models)
    assert ("Пётр Орлов", "заместитель начальника штаба") not in found


@pytest.mark.parametrize("text, expected", [
    ("Звания полковника получили Иван Котов, Пётр Орлов и Олег Лапин.",
     {("Иван Котов", "полковник"), ("Пётр Орлов", "полковник"), ("Олег Лапин", "полковник")}),
    ("Звание полковника получил Иван Котов, а Пётр Орлов и Олег Лапин получили звания майора.",
     {("Иван Котов", "полковник"), ("Пётр Орлов", "майор"), ("Олег Лапин", "майор")}),
    ("Звание заслуженного деятеля искусств присвоено директору театра Петру Орлову, а учителю школы Ивану Котову "
     "было присвоено звание заслуженного работника культуры.",
     {("Пётр Орлов", "заслуженный деятель искусств"), ("Пётр Орлов", "директор театра"),
      ("Иван Котов", "учитель школы"), ("Иван Котов", "заслуженный работник культуры")}),
])
def test_each_name_and_each_clause_gets_its_own_rank(models, text, expected):
    assert holder_titles(text, models) == expected


def test_a_singular_verb_of_receiving_gives_the_rank_to_its_subject_only(models):
    found = holder_titles("Звание полковника получил Иван Котов, Пётр Орлов поздравил его.", models)
    assert ("Пётр Орлов", "полковник") not in found and ("Иван Котов", "полковник") in found


@pytest.mark.parametrize("text, title", [
    ("Об этом сообщил глава входящего в неё Северного банка Пётр Орлов.", "глава входящего в неё Северного банка"),
    ("Об этом сообщил директор работающего в области завода Пётр Орлов.",
     "директор работающего в области завода"),
    ("Об этом сообщил глава принадлежащей государству компании Пётр Орлов.",
     "глава принадлежащей государству компании"),
    # a participle right before its noun was taken before and still is
    ("Об этом сообщил директор перерабатывающего завода Пётр Орлов.", "директор перерабатывающего завода"),
])
def test_a_participles_phrase_inside_a_title(models, text, title):
    assert spans(text, models) == {title}


@pytest.mark.parametrize("text, expected", [
    ("Народные артисты: Иван Котов, Пётр Орлов и Анна Котова.",
     {("Иван Котов", "народный артист"), ("Пётр Орлов", "народный артист"), ("Анна Котова", "народная артистка")}),
    ("Звания заслуженных артистов получили Иван Котов и Ольга Лапина.",
     {("Иван Котов", "заслуженный артист"), ("Ольга Лапина", "заслуженная артистка")}),
    ("Журналисты Анна Котова и Пётр Орлов выступили.",
     {("Анна Котова", "журналистка"), ("Пётр Орлов", "журналист")}),
    # a profession whose feminine is not how the news write of a woman: the masculine stands for both
    ("Врачи Анна Котова и Пётр Орлов выступили.", {("Анна Котова", "врач"), ("Пётр Орлов", "врач")}),
])
def test_a_plural_title_is_in_each_holders_gender(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a place the tagger reads as an adjective ends the first title: the rank after it is the name's
    ("По словам архиепископа Тулы кардинала Ивана Котова, встреча отменена.",
     {("Иван Котов", "архиепископ Тулы"), ("Иван Котов", "кардинал")}),
    ("По словам посла Франции генерала Ивана Котова, встреча отменена.",
     {("Иван Котов", "посол Франции"), ("Иван Котов", "генерал")}),
    # each title governing the next stays one title
    ("По словам помощника заместителя госсекретаря Ивана Котова, встреча отменена.",
     {("Иван Котов", "помощник заместителя госсекретаря")}),
])
def test_a_rank_after_a_title_of_a_place_is_the_names_own(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Предстоятель церкви Иван Котов провёл службу.", {("Иван Котов", "предстоятель церкви")}),
    ("По словам конгрессмена Олега Лапина, санкции продлят.", {("Олег Лапин", "конгрессмен")}),
    ("Евродепутат Анна Котова выступила в Страсбурге.", {("Анна Котова", "евродепутат")}),
    ("Каноник Пётр Орлов открыл выставку.", {("Пётр Орлов", "каноник")}),
    ("Переговоры вёл эмиссар ООН Пётр Орлов.", {("Пётр Орлов", "эмиссар ООН")}),
])
def test_titles_of_world_news(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # a church's rank beside a post at a body is its holder's title too, as a military rank is
    ("Председатель Отдела внешних связей Северного Союза митрополит Волжский Игнатий написал письмо.",
     {("Игнатий", "председатель Отдела внешних связей Северного Союза"), ("Игнатий", "митрополит Волжский")}),
    ("Глава Совета по культуре кардинал Иван Котов написал письмо.",
     {("Иван Котов", "глава Совета по культуре"), ("Иван Котов", "кардинал")}),
    # a profession there says only who the holder is: the post alone
    ("Директор театра «Глобус» хореограф Пётр Орлов показал новый балет.",
     {("Пётр Орлов", "директор театра «Глобус»")}),
])
def test_a_church_rank_beside_a_post(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    # the see's adjectives after a church rank are its title, in the nominative, and the name after them holds it
    ("Митрополит Лесногорский и Тверской Серафим прибыл в Москву.",
     {("Серафим", "митрополит Лесногорский и Тверской")}),
    ("Временное управление епархией поручено митрополиту Лесногорскому и Озёрскому Паисию.",
     {("Паисий", "митрополит Лесногорский и Озёрский")}),
    ("Встреча с епископом Волжским Игнатием прошла в Москве.", {("Игнатий", "епископ Волжский")}),
])
def test_a_church_rank_with_its_see(models, text, expected):
    assert holder_titles(text, models) == expected


@pytest.mark.parametrize("text, title", [
    # the see ends the title: a monk's name after it that the tagger does not find is no word of it
    ("Синод освободил епископа Верхнеозёрского и Лесногорского Феогноста от управления епархией.",
     "епископа Верхнеозёрского и Лесногорского"),
    ("Управление поручено митрополиту Лесногорскому и Верхнеозёрскому Мефодию.",
     "митрополиту Лесногорскому и Верхнеозёрскому"),
])
def test_a_see_ends_the_title(models, text, title):
    assert title in {m.text for m in analyze(text, models).mentions if m.type == "POSITION"}


@pytest.mark.parametrize("text, expected", [
    # a rank held as a person right after a title, before the name: the name's second title, not a dependent
    ("Приказ подписан за подписью первого проректора профессора Петра Орлова.",
     {("Пётр Орлов", "первый проректор"), ("Пётр Орлов", "профессор")}),
    ("Письмо направлено в адрес митрополита архиепископа Петра.",
     {("Пётр", "митрополит"), ("Пётр", "архиепископ")}),
    ("Встреча прошла при участии командира полка полковника Петра Орлова.",
     {("Пётр Орлов", "командир полка"), ("Пётр Орлов", "полковник")}),
])
def test_personal_rank_after_a_title(models, text, expected):
    assert expected <= holder_titles(text, models)


@pytest.mark.parametrize("text, expected", [
    # after a head that assists one person the rank is whom one assists: a dependent of the title
    ("Помощник профессора Петра Орлова Анна Котова посетила завод.",
     {("Анна Котова", "помощник профессора"), ("Пётр Орлов", "профессор")}),
    ("Секретарь митрополита Петра Иван Котов посетил завод.",
     {("Иван Котов", "секретарь митрополита"), ("Пётр", "митрополит")}),
])
def test_rank_after_an_assisting_title(models, text, expected):
    assert holder_titles(text, models) == expected
