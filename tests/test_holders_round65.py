"""Who holds the titles of round 65's holders. A title with no name that states a country, Russia too, refers
back to the one the text gives a title of that country, not to the salient holder of another country's title
(:func:`nerpipe.titles.referred.refer_back`); a title before a thing that is the subject of its verb is named by
the next sentence's pronoun (:func:`nerpipe.titles.named_next.named_in_next`); a post given by a passive verb
after its appointer's title is the appointee's (:func:`nerpipe.titles.appointers.post_after_appointer`). Every
sentence and name is invented."""

from __future__ import annotations

import pytest

from .conftest import holder_country_rows, holder_former_rows, holder_org_rows


@pytest.mark.parametrize("text, expected", [
    ("Новый президент Франции Пьер Дюмон прилетел в Вену. В аэропорту его встретил канцлер Австрии Франц Майер. "
     "Надо сказать, что прежнего президента Франции Майер принимал скромнее. "
     "Вечером кортеж нового главы Франции застрял в пробке, и Дюмон опоздал на ужин.",
     {("Пьер Дюмон", "новый президент Франции", "FR"), ("Франц Майер", "канцлер Австрии", "AT"),
      ("Пьер Дюмон", "новый глава Франции", "FR")}),
    ("Премьер-министр Польши Ян Ковальский приехал в Прагу. На вокзале его встретил президент Чехии Павел Новак. "
     "Новак пожал гостю руку. Слова нового главы польского правительства о газе удивили журналистов.",
     {("Ян Ковальский", "премьер-министр Польши", "PL"), ("Павел Новак", "президент Чехии", "CZ"),
      ("Ян Ковальский", "новый глава польского правительства", "PL")}),
    ("Президент Литвы Йонас Казлаускас прилетел в Ригу. Его встретил премьер-министр Латвии Янис Берзиньш. "
     "Берзиньш провёл гостя в зал. Речь нового литовского лидера длилась час.",
     {("Йонас Казлаускас", "президент Литвы", "LT"), ("Янис Берзиньш", "премьер-министр Латвии", "LV"),
      ("Йонас Казлаускас", "новый литовский лидер", "LT")}),
    # Russia stated is a country too: a Russian's title is not a foreign one's
    ("Канцлер Австрии Франц Майер прилетел в Казань. У трапа гостя встретил премьер-министр России Глеб Лаптев. "
     "Лаптев вручил гостю цветы. Кортеж нового главы Австрии направился в кремль.",
     {("Франц Майер", "канцлер Австрии", "AT"), ("Глеб Лаптев", "премьер-министр России", None),
      ("Франц Майер", "новый глава Австрии", "AT")}),
    ("Премьер-министр России Глеб Лаптев прилетел в Лион. У трапа его ждал президент Франции Пьер Дюмон. "
     "Дюмон обнял гостя. Слова нового главы российского правительства о нефти обсуждали весь вечер.",
     {("Глеб Лаптев", "премьер-министр России", None), ("Пьер Дюмон", "президент Франции", "FR"),
      ("Глеб Лаптев", "новый глава российского правительства", None)}),
    # a Russian region's title states Russia
    ("Канцлер Австрии Франц Майер приехал в Тверь. Его встретил губернатор Тверской области Игорь Лапин. "
     "Лапин показал гостю музей. Визит нового главы Австрии продлился два дня.",
     {("Франц Майер", "канцлер Австрии", "AT"), ("Игорь Лапин", "губернатор Тверской области", None),
      ("Франц Майер", "новый глава Австрии", "AT")}),
])
def test_a_countrys_title_does_not_refer_back_to_another_countrys_head(models, text, expected):
    assert holder_country_rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Глеб Лаптев возглавил Минфин. Нового главного инженера нашёл и Энский кирпичный комбинат. "
     "Им стал Олег Котов.",
     {("Глеб Лаптев", "руководитель Минфина", "Министерство финансов Российской Федерации"),
      ("Олег Котов", "новый главный инженер", None)}),
    ("Анна Белова возглавила областной театр. Нового главного редактора выбрала и городская газета. "
     "Им стал Игорь Седов.",
     {("Игорь Седов", "новый главный редактор", None)}),
    # a thing the parser takes for a second object, its nominative its accusative: still the verb's subject
    ("Нового декана получил и исторический факультет. Им стал Олег Котов.",
     {("Олег Котов", "новый декан", None)}),
    ("Нового ректора выбрал и Энский институт. Им стал Глеб Зуев.",
     {("Глеб Зуев", "новый ректор", None)}),
    # the title the tagger takes for a body is no organization of the title
    ("Нового ректора получила Энская академия. Им стал Глеб Зуев.",
     {("Глеб Зуев", "новый ректор", None)}),
])
def test_a_title_before_a_body_is_named_by_the_next_sentences_pronoun(models, text, expected):
    """``Нового декана получил и факультет. Им стал …``: the body after the title is no one the pronoun stands
    for (:func:`nerpipe.titles.named_next.named_in_next`), so the title is not referred back to the one named
    before."""
    assert holder_org_rows(text, models) == expected


@pytest.mark.parametrize("text, expected", [
    ("Прежний ректор Энского университета Олег Котов утверждён премьером Рябовым новым министром науки. "
     "На этой должности он заменил Игоря Седова, который руководил министерством три года.",
     {("Олег Котов", "прежний ректор Энского университета", True), ("Рябов", "премьер", False),
      ("Олег Котов", "новый министр науки", False), ("Игорь Седов", "министр науки", True)}),
    ("Глеб Лаптев назначен губернатором Орловым новым министром финансов края. На этом посту он сменил "
     "Игоря Седова.",
     {("Орлов", "губернатор", False), ("Глеб Лаптев", "новый министр финансов края", False),
      ("Игорь Седов", "министр финансов края", True)}),
    # with no adjective before the post the parser hangs it on the appointer's title
    ("Глеб Лаптев назначен губернатором Орловым министром финансов края. На этом посту он сменил Олега Зуева.",
     {("Орлов", "губернатор", False), ("Глеб Лаптев", "министр финансов края", False),
      ("Олег Зуев", "министр финансов края", True)}),
    # a woman appointed: the appointer, a man named nearer, is not whom "она" passes over to no one
    ("Вера Лапина назначена губернатором Орловым министром культуры края. На этом посту она сменила Игоря "
     "Седова.",
     {("Орлов", "губернатор", False), ("Вера Лапина", "министр культуры края", False),
      ("Игорь Седов", "министр культуры края", True)}),
])
def test_the_one_replaced_held_the_appointees_post_not_the_appointers(models, text, expected):
    """``назначен губернатором Орловым министром. … он сменил Седова``: ``он`` is the one appointed, not the
    appointer in the instrumental (:func:`nerpipe.titles.appointers.is_appointer`), so Седов held the ministry."""
    assert holder_former_rows(text, models) == expected
